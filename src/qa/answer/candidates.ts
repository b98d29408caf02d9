/**
 * Which sentences are re-ranked for a question. Most come from the index by
 * BM25, whose corpus-wide weights favour sentences that repeat the article's
 * own subject ("Super Bowl 50" in the Super Bowl article). The answer often
 * matches the question's other words instead, so the leading article's
 * sentences that best match the article-local weights (rank/localWeight.ts)
 * are added too.
 */
import type { CorpusModel } from "../corpus/model.js";
import type { LocalWeights } from "../rank/localWeight.js";
import type { QuestionAnalysis } from "../rank/question.js";
import type { SentenceIndex } from "../search/sentenceIndex.js";
import type { Sentence } from "../types.js";
import { passageKey } from "./citation.js";

/** A sentence to re-rank, with its BM25 score for the question (0 if it matches no term). */
export interface Candidate {
  id: number;
  bm25: number;
}

export interface CandidateOptions {
  /** Taken from the index by BM25. */
  candidates: number;
  /** Added from the leading article by article-local weight. */
  localCandidates: number;
}

export function gatherCandidates(
  model: CorpusModel,
  index: SentenceIndex,
  q: QuestionAnalysis,
  local: LocalWeights,
  options: CandidateOptions,
  suppressed?: ReadonlySet<string>,
): Candidate[] {
  const citable = (s: Sentence | undefined): s is Sentence => s !== undefined && !s.boilerplate && !(suppressed && suppressed.has(passageKey(s)));
  const out: Candidate[] = [];
  for (const h of index.query(q.terms, options.candidates + (suppressed?.size ?? 0))) {
    if (out.length >= options.candidates) break;
    if (citable(model.sentences[h.id])) out.push({ id: h.id, bm25: h.score });
  }
  const lead = out[0] && model.articleOf[out[0].id];
  if (lead === undefined || options.localCandidates <= 0) return out;

  // The lead article's own sentences, scored directly: a few dozen, where
  // the index's matches for the question can run to thousands.
  const have = new Set(out.map((c) => c.id));
  const own = (model.articleSentences[lead] ?? []).filter((id) => !have.has(id) && citable(model.sentences[id]));
  const scored: Array<{ id: number; bm25: number; share: number }> = [];
  for (const { id, score, matched } of index.scoreSentences(own, q.terms)) {
    const share = local.matchedShare(lead, matched);
    if (share > 0) scored.push({ id, bm25: score, share });
  }
  scored.sort((a, b) => b.share - a.share || a.id - b.id);
  for (const { id, bm25 } of scored.slice(0, options.localCandidates)) out.push({ id, bm25 });
  return out;
}
