/**
 * Questions remembered for "More sources" (and /quote lookups for "More
 * quotes"). A question is user text, so it never travels in a custom id; the
 * button carries the id of the request that asked it and the question is
 * looked up here. Bounded in size and age;
 * after a restart or expiry the button says so instead of guessing.
 */

export interface PagingOptions {
  /** How long a question stays pageable. */
  ttlMs: number;
  /** Most questions kept; the oldest go first. */
  capacity: number;
  /** Default Date.now. */
  now?: () => number;
}

/** What "More sources" needs to know about the question behind a button. */
export interface Asked {
  question: string;
  /** How it was asked, for the answer records moderation keeps. */
  source: "ask" | "mention";
}

/** What "More quotes" needs to know about the /quote lookup behind a button. */
export interface QuoteRequest {
  /** The speaker's id, as the first page resolved it (so later pages cannot drift to someone else). */
  speakerId: string;
  topic?: string;
  outlet?: string;
  /** The lookup as typed, e.g. `/quote speaker:Zelensky topic:peace`, for the answer records moderation keeps. */
  question: string;
}

interface Entry<T> {
  value: T;
  expires: number;
}

/** Requests remembered by id; `T` is what a page needs (a question, or a /quote lookup). */
export class PagingMemory<T extends object = Asked> {
  private readonly entries = new Map<string, Entry<T>>();
  private readonly now: () => number;

  constructor(private readonly options: PagingOptions) {
    this.now = options.now ?? Date.now;
  }

  remember(askId: string, value: T): void {
    this.entries.delete(askId);
    this.entries.set(askId, { value, expires: this.now() + this.options.ttlMs });
    // Map iteration follows insertion order, so the first key is the oldest.
    while (this.entries.size > this.options.capacity) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }

  /** What was remembered under `askId`, unless forgotten. */
  recall(askId: string): T | undefined {
    const entry = this.entries.get(askId);
    if (!entry) return undefined;
    if (entry.expires <= this.now()) {
      this.entries.delete(askId);
      return undefined;
    }
    return entry.value;
  }
}
