/**
 * Which sentences are re-ranked for a question. Most come from the index by
 * BM25, whose corpus-wide weights favour sentences that repeat the article's
 * own subject ("Super Bowl 50" in the Super Bowl article). A paraphrased
 * question shares few words with its answer, so the stories it is most
 * likely about (the article of the best BM25 sentence, then the best
 * whole-article scores: search/articleScore.ts) add their own best
 * sentences: those that best match the question's article-local weights
 * (rank/localWeight.ts) and, where sentence vectors exist, those closest in
 * meaning, whatever words they use.
 */
import type { CorpusModel } from "../corpus/model.js";
import type { QuestionMeaning } from "../rank/features.js";
import type { LocalWeights } from "../rank/localWeight.js";
import type { QuestionAnalysis } from "../rank/question.js";
import type { ArticleHit } from "../search/articleScore.js";
import { keepBest } from "../search/keepBest.js";
import type { IndexHit, SentenceIndex } from "../search/sentenceIndex.js";
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
  /** Articles whose own best sentences are added. */
  storyArticles: number;
  /** Added from each of those articles by article-local weight. */
  localCandidates: number;
  /** Added from each of those articles by meaning, when vectors exist. */
  meaningCandidates: number;
}

export function gatherCandidates(
  model: CorpusModel,
  index: SentenceIndex,
  q: QuestionAnalysis,
  local: LocalWeights,
  options: CandidateOptions,
  story: readonly ArticleHit[],
  meaning?: QuestionMeaning,
  suppressed?: ReadonlySet<string>,
): Candidate[] {
  // The bot passes an empty set where nothing is suppressed: no key to build then (a string per sentence looked at).
  const hidden = suppressed !== undefined && suppressed.size > 0 ? suppressed : undefined;
  const citable = (s: Sentence | undefined): s is Sentence => s !== undefined && !s.boilerplate && !(hidden && hidden.has(passageKey(s)));
  const out: Candidate[] = [];
  for (const h of index.query(q.terms, options.candidates + (suppressed?.size ?? 0))) {
    if (out.length >= options.candidates) break;
    if (citable(model.sentences[h.id])) out.push({ id: h.id, bm25: h.score });
  }
  const leads: number[] = [];
  for (const a of [out[0] === undefined ? undefined : model.articleOf[out[0].id], ...story.map((h) => h.article)]) {
    if (leads.length >= options.storyArticles) break;
    if (a !== undefined && !leads.includes(a)) leads.push(a);
  }
  if (leads.length === 0) return out;

  // Each lead article's own sentences, scored directly: a few dozen, where
  // the index's matches for the question can run to thousands.
  const added = new Set(out.map((c) => c.id));
  const add = (id: number, bm25: number) => {
    if (added.has(id)) return;
    added.add(id);
    out.push({ id, bm25 });
  };
  for (const a of leads) {
    const own = hidden ? citableSentences(model, a).filter((id) => citable(model.sentences[id])) : citableSentences(model, a);
    const hits = index.scoreSentences(own, q.terms);
    for (const { id, score } of bestShares(hits, (h) => local.matchedShare(a, h.matched), options.localCandidates, added)) add(id, score);
    if (!meaning || options.meaningCandidates <= 0) continue;
    const bm25 = new Map(hits.map((h) => [h.id, h.score] as const));
    const close: Array<{ id: number; cos: number }> = [];
    for (const id of own) {
      const cos = meaning.cosine(id);
      if (cos !== undefined) close.push({ id, cos });
    }
    close.sort((x, y) => y.cos - x.cos || x.id - y.id);
    for (const { id } of close.slice(0, options.meaningCandidates)) add(id, bm25.get(id) ?? 0);
  }
  return out;
}

/** Each article's citable sentences (not boilerplate), listed once per model: a lead article is looked at by question after question. */
const citableByModel = new WeakMap<CorpusModel, Array<number[] | undefined>>();

function citableSentences(model: CorpusModel, article: number): number[] {
  let byArticle = citableByModel.get(model);
  if (!byArticle) citableByModel.set(model, (byArticle = []));
  return (byArticle[article] ??= (model.articleSentences[article] ?? []).filter((id) => {
    const s = model.sentences[id];
    return s !== undefined && !s.boilerplate;
  }));
}

/**
 * The `k` hits with the highest positive share not already taken, highest
 * first (ties by id): what sorting them all and taking the first `k` gives,
 * without sorting an article's every match.
 */
export function bestShares(hits: readonly IndexHit[], shareOf: (hit: IndexHit) => number, k: number, taken: ReadonlySet<number>): IndexHit[] {
  const best: Array<{ hit: IndexHit; share: number }> = [];
  const ahead = (share: number, id: number, y: { hit: IndexHit; share: number }) => share > y.share || (share === y.share && id < y.hit.id);
  const before = (x: { hit: IndexHit; share: number }, y: { hit: IndexHit; share: number }) => ahead(x.share, x.hit.id, y);
  for (const hit of hits) {
    const share = shareOf(hit);
    if (share <= 0 || taken.has(hit.id)) continue;
    // Most of an article's matches fall short of the kept k: the test keepBest makes first, before making an entry.
    const last = best.length === k ? best[k - 1] : undefined;
    if (last !== undefined && !ahead(share, hit.id, last)) continue;
    keepBest(best, { hit, share }, k, before);
  }
  return best.map((b) => b.hit);
}
