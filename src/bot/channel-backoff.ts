/**
 * Channels the bot found it cannot post in (its permissions were taken
 * away, the channel is gone). Every refused request counts against the bot's
 * standing with Discord, and a log line per mention would let anyone flood
 * the log, so after a refusal the channel is left alone for an interval:
 * mentions there are skipped, and the refusal is logged once.
 */

export interface ChannelBackoffOptions {
  /** How long a channel is left alone after a refusal. */
  intervalMs: number;
  /** Default Date.now. */
  now?: () => number;
}

/** Forget expired entries once the table holds this many, so it cannot grow without bound. */
const SWEEP_AT = 10_000;

export class ChannelBackoff {
  private readonly until = new Map<string, number>();
  private readonly now: () => number;

  constructor(private readonly options: ChannelBackoffOptions) {
    this.now = options.now ?? Date.now;
  }

  /** True while `channelId` is being left alone. */
  blocked(channelId: string): boolean {
    const until = this.until.get(channelId);
    if (until === undefined) return false;
    if (until > this.now()) return true;
    this.until.delete(channelId);
    return false;
  }

  /** Record a refusal in `channelId`; true when it is the first of its interval (the one to log). */
  refused(channelId: string): boolean {
    if (this.blocked(channelId)) return false;
    const now = this.now();
    if (this.until.size >= SWEEP_AT) for (const [id, until] of this.until) if (until <= now) this.until.delete(id);
    this.until.set(channelId, now + this.options.intervalMs);
    return true;
  }
}

/** A reply could not be posted in a channel because Discord refused the bot there. */
export class ChannelUnavailableError extends Error {
  override readonly name = "ChannelUnavailableError";

  constructor(
    readonly channelId: string,
    readonly code: number,
  ) {
    super(`Discord refused a post in channel ${channelId} (code ${code})`);
  }
}
