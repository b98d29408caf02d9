/**
 * Recently given answers, so a question asked again — the same page by
 * another user, or a page revisited — costs no engine time. Sound because
 * the engine is pure over a corpus that never changes while the bot runs;
 * the suppressed keys are part of the cache key, so a moderator's change
 * takes effect at once. The same question asked again while its answer is
 * still being worked out waits for that answer rather than asking twice.
 */
import type { AskOptions, AskResult } from "../qa/index.js";
import { LRUCache } from "lru-cache";
import { collapseWhitespace } from "../qa/index.js";

/** Whatever answers questions: the engine itself (on this thread), or engines in worker threads. */
export interface Answerer {
  ask(question: string, options: AskOptions): AskResult | Promise<AskResult>;
}

type Asking = Required<Pick<AskOptions, "limit" | "offset">> & Pick<AskOptions, "suppressed">;

export class AnswerCache {
  private readonly entries: LRUCache<string, AskResult> | undefined;
  /**
   * Answers being worked out, by key: askers of the same question share one.
   * Kept here rather than through lru-cache's fetch, which builds an
   * AbortController and its own promises for every question asked.
   */
  private readonly pending = new Map<string, Promise<AskResult>>();

  /** `capacity` 0 turns caching off. */
  constructor(
    private readonly engine: Answerer,
    capacity: number,
  ) {
    if (capacity > 0) this.entries = new LRUCache({ max: capacity });
  }

  ask(question: string, options: Asking): Promise<AskResult> {
    const { entries } = this;
    if (!entries) return this.answer(question, options);
    // Whitespace is the one difference the engine itself ignores; anything else may change the answer.
    const key = JSON.stringify([collapseWhitespace(question), options.limit, options.offset, [...(options.suppressed ?? [])].sort()]);
    const cached = entries.get(key);
    if (cached !== undefined) return Promise.resolve(cached);
    let answer = this.pending.get(key);
    if (answer === undefined) {
      answer = this.answer(question, options).then(
        (result) => {
          entries.set(key, result);
          this.pending.delete(key);
          return result;
        },
        (error: unknown) => {
          // A failed answer is not kept: the next asker tries again.
          this.pending.delete(key);
          throw error;
        },
      );
      this.pending.set(key, answer);
    }
    return answer;
  }

  /** The engine's answer; one that throws becomes a rejected promise. */
  private async answer(question: string, options: Asking): Promise<AskResult> {
    return this.engine.ask(question, options);
  }
}
