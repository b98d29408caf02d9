/**
 * Every tunable of the answering library with its default, in one place.
 * Ranking weights live in rank/weights.ts because they are fitted, not chosen.
 */

export const DEFAULTS = {
  /** Answers per page of `ask`. */
  answersPerPage: 3,
  /** Longest question accepted, in characters. */
  maxQuestionLength: 2000,
  /**
   * Candidates taken from the index before re-ranking. 18 ranks as well as
   * 20 on the SQuAD fit half once the local candidates below are added, and
   * every candidate costs a feature vector.
   */
  candidates: 18,
  /**
   * Sentences of the leading article added to the candidates by
   * article-local weight (answer/candidates.ts): they raise the share of
   * questions whose answer is among the candidates from 92% to 94% on SQuAD.
   */
  localCandidates: 5,
  /**
   * Below this share of the question's weight (IDF mass) matched by the
   * best-matching candidate sentence, the question is refused as
   * unanswerable. Chosen on data: see README, "No-answer threshold".
   */
  minCoverage: 0.3,
  /**
   * The same bar when some question word occurs nowhere in the corpus, kept
   * apart because such questions behave differently on other corpora; on
   * SQuAD the data puts it level with minCoverage.
   */
  minCoverageWithUnknown: 0.3,
  /** A supporting passage must score at least this share of the best answer. */
  supportRatio: 0.55,
  /** Sentences on each side shown by `context`. */
  contextWindow: 2,
  /** Articles named when there is no answer. */
  nearestArticles: 3,
  /** Two sentences are the same wire copy at or above this term overlap (Jaccard). */
  wireCopySimilarity: 0.8,
  /**
   * Largest corpus file read, in bytes: far above any news article (a long
   * one is 50 KB), far below what takes minutes to analyse (20 MB: 63 s).
   */
  maxCorpusFileBytes: 2 * 1024 * 1024,
} as const;
