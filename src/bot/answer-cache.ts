/**
 * Recently given answers, so a question asked again — the same page by
 * another user, or a page revisited — costs no engine time. Sound because
 * the engine is pure over a corpus that never changes while the bot runs;
 * the suppressed keys are part of the cache key, so a moderator's change
 * takes effect at once.
 */
import type { AskOptions, AskResult, QaEngine } from "../qa/index.js";

export class AnswerCache {
  private readonly entries = new Map<string, AskResult>();

  /** `capacity` 0 turns caching off. */
  constructor(
    private readonly engine: QaEngine,
    private readonly capacity: number,
  ) {}

  ask(question: string, options: Required<Pick<AskOptions, "limit" | "offset">> & Pick<AskOptions, "suppressed">): AskResult {
    if (this.capacity === 0) return this.engine.ask(question, options);
    // Whitespace is the one difference the engine itself ignores; anything else may change the answer.
    const key = JSON.stringify([question.replace(/\s+/g, " ").trim(), options.limit, options.offset, [...(options.suppressed ?? [])].sort()]);
    const cached = this.entries.get(key);
    if (cached) {
      // Refresh its place: Map order is insertion order, so the first key is the least recently used.
      this.entries.delete(key);
      this.entries.set(key, cached);
      return cached;
    }
    const result = this.engine.ask(question, options);
    this.entries.set(key, result);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
    return result;
  }
}
