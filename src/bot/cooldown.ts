/**
 * Per-user cooldown between questions. Pure bookkeeping over an injected
 * clock, so tests need no timers.
 */

export type CooldownVerdict =
  | { ok: true }
  | {
      ok: false;
      /** When the user may ask again (ms since the epoch). */
      retryAt: number;
      /** True for the first refusal in this cooldown: tell the user once, not on every retry. */
      firstRefusal: boolean;
    };

export interface CooldownOptions {
  /** Seconds between two questions of one user; 0 disables. */
  seconds: number;
  /** Milliseconds since the epoch. Default Date.now. */
  now?: () => number;
}

interface Entry {
  until: number;
  refused: boolean;
}

/**
 * Forget expired entries once the table holds this many, so it cannot grow
 * without bound. Entries are kept in the order they expire (every cooldown
 * is equally long, and a renewed one moves to the end), so a sweep stops at
 * the first live entry: a table of live entries costs one look, not a walk
 * through all of them on every question.
 */
const SWEEP_AT = 10_000;

export class Cooldown {
  private readonly entries = new Map<string, Entry>();
  private readonly ms: number;
  private readonly now: () => number;

  constructor(options: CooldownOptions) {
    this.ms = options.seconds * 1000;
    this.now = options.now ?? Date.now;
  }

  /** Count a question by `userId` if allowed; checking and recording in one step keeps racing requests honest. */
  take(userId: string): CooldownVerdict {
    if (this.ms === 0) return { ok: true };
    const now = this.now();
    const entry = this.entries.get(userId);
    if (entry && entry.until > now) {
      const firstRefusal = !entry.refused;
      entry.refused = true;
      return { ok: false, retryAt: entry.until, firstRefusal };
    }
    if (this.entries.size >= SWEEP_AT) this.sweep(now);
    this.entries.delete(userId);
    this.entries.set(userId, { until: now + this.ms, refused: false });
    return { ok: true };
  }

  /** Users in the table (live, or expired and not yet swept). */
  get size(): number {
    return this.entries.size;
  }

  private sweep(now: number): void {
    for (const [user, entry] of this.entries) {
      if (entry.until > now) break;
      this.entries.delete(user);
    }
  }
}
