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
   * Articles whose own best sentences join the candidates: the article of
   * the best BM25 sentence, then the best whole-article matches.
   */
  storyArticles: 3,
  /**
   * Articles in which an acronym the corpus lacks is looked for, spelled out
   * (rank/acronyms.ts): the best whole-article matches of the question's
   * other words. Those words are often weak ("When was the head of the GSA
   * put in her job?"), so more than the story-first candidates' three.
   */
  acronymStories: 10,
  /** Sentences of each of those articles added by article-local weight (answer/candidates.ts). */
  localCandidates: 5,
  /** Sentences of each of those articles added by meaning, where sentence vectors exist. */
  meaningCandidates: 5,
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
