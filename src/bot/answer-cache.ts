/**
 * Recently given answers, so a question asked again — the same page by
 * another user, or a page revisited — costs no engine time. Sound because
 * the engine is pure over a corpus that never changes while the bot runs;
 * the suppressed keys are part of the cache key, so a moderator's change
 * takes effect at once. The same question asked again while its answer is
 * still being worked out waits for that answer rather than asking twice.
 */
import type { AskOptions, AskResult } from "../qa/index.js";
import { collapseWhitespace } from "../qa/index.js";

/** Whatever answers questions: the engine itself (on this thread), or engines in worker threads. */
export interface Answerer {
  ask(question: string, options: AskOptions): AskResult | Promise<AskResult>;
}

export class AnswerCache {
  private readonly entries = new Map<string, AskResult>();
  private readonly pending = new Map<string, Promise<AskResult>>();

  /** `capacity` 0 turns caching off. */
  constructor(
    private readonly engine: Answerer,
    private readonly capacity: number,
  ) {}

  async ask(question: string, options: Required<Pick<AskOptions, "limit" | "offset">> & Pick<AskOptions, "suppressed">): Promise<AskResult> {
    if (this.capacity === 0) return this.engine.ask(question, options);
    // Whitespace is the one difference the engine itself ignores; anything else may change the answer.
    const key = JSON.stringify([collapseWhitespace(question), options.limit, options.offset, [...(options.suppressed ?? [])].sort()]);
    const cached = this.entries.get(key);
    if (cached) {
      // Refresh its place: Map order is insertion order, so the first key is the least recently used.
      this.entries.delete(key);
      this.entries.set(key, cached);
      return cached;
    }
    const waiting = this.pending.get(key);
    if (waiting) return waiting;
    const asked = Promise.resolve(this.engine.ask(question, options));
    this.pending.set(key, asked);
    try {
      const result = await asked;
      this.entries.set(key, result);
      if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
      return result;
    } finally {
      this.pending.delete(key);
    }
  }
}
