/**
 * Questions remembered for "More sources". A question is user text, so it
 * never travels in a custom id; the button carries the id of the request
 * that asked it and the question is looked up here. Bounded in size and age;
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

interface Entry extends Asked {
  expires: number;
}

export class PagingMemory {
  private readonly entries = new Map<string, Entry>();
  private readonly now: () => number;

  constructor(private readonly options: PagingOptions) {
    this.now = options.now ?? Date.now;
  }

  remember(askId: string, asked: Asked): void {
    this.entries.delete(askId);
    this.entries.set(askId, { ...asked, expires: this.now() + this.options.ttlMs });
    // Map iteration follows insertion order, so the first key is the oldest.
    while (this.entries.size > this.options.capacity) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }

  /** The question asked under `askId`, unless forgotten. */
  recall(askId: string): Asked | undefined {
    const entry = this.entries.get(askId);
    if (!entry) return undefined;
    if (entry.expires <= this.now()) {
      this.entries.delete(askId);
      return undefined;
    }
    return { question: entry.question, source: entry.source };
  }
}
