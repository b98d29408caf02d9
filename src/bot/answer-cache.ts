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
  // lru-cache's fetch keeps one call in flight per key and the least recently used answers.
  private readonly entries: LRUCache<string, AskResult, { question: string; options: Asking }> | undefined;

  /** `capacity` 0 turns caching off. */
  constructor(
    private readonly engine: Answerer,
    capacity: number,
  ) {
    if (capacity > 0) {
      this.entries = new LRUCache({
        max: capacity,
        fetchMethod: (_key, _stale, { context }) => Promise.resolve(engine.ask(context.question, context.options)),
      });
    }
  }

  async ask(question: string, options: Asking): Promise<AskResult> {
    if (!this.entries) return this.engine.ask(question, options);
    // Whitespace is the one difference the engine itself ignores; anything else may change the answer.
    const key = JSON.stringify([collapseWhitespace(question), options.limit, options.offset, [...(options.suppressed ?? [])].sort()]);
    const result = await this.entries.fetch(key, { context: { question, options } });
    // fetch resolves undefined only when the fetch is aborted, which nothing here does.
    if (result === undefined) throw new Error("answer cache: fetch was aborted");
    return result;
  }
}
