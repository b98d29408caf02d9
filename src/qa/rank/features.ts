/**
 * Features of a candidate sentence for a question. Each is a number in about
 * [0, 1]; rank/weights.ts says how much each counts.
 */
import type { CorpusModel } from "../corpus/model.js";
import type { QuestionAnalysis } from "./question.js";
import type { LocalWeights } from "./localWeight.js";
import type { ParagraphCosine } from "./paragraphCosine.js";

export const FEATURE_NAMES = [
  "bm25",
  "coverage",
  "proximity",
  "phrase",
  "wording",
  "neighbours",
  "paragraph",
  "paragraphBm25",
  "article",
  "headline",
  "answerDate",
  "answerNumber",
  "answerName",
  "names",
  "rarest",
  "coverageSquared",
  "novelty",
  "length",
  "localSentence",
  "localParagraph",
  "localBoth",
  "paragraphCosine",
  "paragraphCosineShare",
  "verbs",
  "nouns",
  "paragraphNames",
  "answerNear",
] as const;

export type FeatureName = (typeof FEATURE_NAMES)[number];
export type FeatureVector = Record<FeatureName, number>;

const NUMERIC = /^(?:\d[\d.]*(?:st|nd|rd|th|s)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelv|thirteen|fifteen|twenti|thirti|forti|fifti|hundr|thousand|million|billion|dozen|half|twice|doubl|tripl)$/;
const YEAR = /^(?:1[0-9]{3}|20[0-9]{2})s?$/;

/** Anything that says whether it holds a term: a sentence's term set, a paragraph's counts, the question's weights. */
type Terms = { has(term: string): boolean };

/** Share of the question's IDF weight held by `terms`, leaving out what `skip` holds (counted elsewhere). */
function coverage(q: QuestionAnalysis, terms: Terms, skip?: Terms, also?: Terms): number {
  if (q.totalWeight === 0) return 0;
  let sum = 0;
  for (const [t, w] of q.weight) if ((terms.has(t) || (also !== undefined && also.has(t))) && !(skip && skip.has(t))) sum += w;
  return sum / q.totalWeight;
}

/** The same over some of the question's terms only (its verbs, say). */
function coverageOf(q: QuestionAnalysis, of: readonly string[], terms: Terms): number {
  let total = 0;
  let sum = 0;
  for (const t of of) {
    const w = q.weight.get(t) ?? 0;
    total += w;
    if (terms.has(t)) sum += w;
  }
  return total > 0 ? sum / total : 0;
}

/** Share of `of` that `terms` holds. */
function share(of: readonly string[], terms: Terms): number {
  if (of.length === 0) return 0;
  let n = 0;
  for (const t of of) if (terms.has(t)) n++;
  return n / of.length;
}

/** Shortest window of sentence positions holding every matched question term, as matched/width. */
function proximity(terms: readonly string[], wanted: ReadonlySet<string>): number {
  if (wanted.size < 2) return 0;
  const counts = new Map<string, number>();
  let have = 0;
  let best = Infinity;
  let left = 0;
  for (let right = 0; right < terms.length; right++) {
    const t = terms[right] as string;
    if (!wanted.has(t)) continue;
    const c = counts.get(t) ?? 0;
    counts.set(t, c + 1);
    if (c === 0) have++;
    while (have === wanted.size) {
      best = Math.min(best, right - left + 1);
      const l = terms[left] as string;
      left++;
      if (!wanted.has(l)) continue;
      const lc = (counts.get(l) ?? 0) - 1;
      counts.set(l, lc);
      if (lc === 0) have--;
    }
  }
  return best === Infinity ? 0 : wanted.size / best;
}

function hasAnswerCandidate(model: CorpusModel, id: number, q: QuestionAnalysis): number {
  const f = model.features[id];
  if (!f || q.answerType === "none") return 0;
  const inQuestion = (t: string) => q.weight.has(t);
  const fresh = (terms: readonly string[]) => terms.some((t) => !inQuestion(t));
  if (q.answerType === "date") {
    if (f.entities.some((e) => (e.type === "DATE" || e.type === "TIME" || e.type === "DURATION") && fresh(e.terms))) return 1;
    return f.terms.some((t) => YEAR.test(t) && !inQuestion(t)) ? 1 : 0;
  }
  if (q.answerType === "number") {
    if (f.entities.some((e) => e.type !== "DATE" && e.type !== "TIME" && e.type !== "OTHER" && fresh(e.terms))) return 1;
    return f.terms.some((t) => NUMERIC.test(t) && !YEAR.test(t) && !inQuestion(t)) ? 1 : 0;
  }
  return f.proper.some((t) => !inQuestion(t)) ? 1 : 0;
}

/** Term positions either side of a matched question word within which a typed answer counts as near it. */
const NEAR = 3;

/**
 * For a "when" or "how many" question: 1 when a year or number the question
 * does not mention stands within NEAR terms of a word it does ("opened in
 * 2014", "45 total touchdowns"), as the answer to such a question does.
 */
function answerNear(terms: readonly string[], q: QuestionAnalysis): number {
  if (q.answerType !== "date" && q.answerType !== "number") return 0;
  const date = q.answerType === "date";
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i] as string;
    if (q.weight.has(t) || !(date ? YEAR.test(t) : NUMERIC.test(t) && !YEAR.test(t))) continue;
    for (let j = Math.max(0, i - NEAR); j <= Math.min(terms.length - 1, i + NEAR); j++) if (j !== i && q.weight.has(terms[j] as string)) return 1;
  }
  return 0;
}

/** Share of the question's literal word pairs ("the first", "in 1990") found as written in the sentence. */
function wording(lower: string, pairs: readonly string[]): number {
  if (pairs.length === 0) return 0;
  let found = 0;
  for (const p of pairs) if (lower.includes(p)) found++;
  return found / pairs.length;
}

/** BM25 of each candidate's paragraph, normalised by the best of them. */
export type ParagraphScores = ReadonlyMap<number, number>;

/** What every candidate of one question shares. */
export interface CandidateContext {
  q: QuestionAnalysis;
  /** The best candidate's BM25 score. */
  topBm25: number;
  paragraphs: ParagraphScores;
  local: LocalWeights;
  cosine: ParagraphCosine;
  /** Article and headline coverage by article number, filled as candidates are scored. */
  byArticle: Map<number, { article: number; headline: number }>;
}

/** A neighbouring sentence's terms, if it is citable text of the same article. */
function neighbourTerms(model: CorpusModel, article: number, other: number): Terms | undefined {
  const s = model.sentences[other];
  return s && model.articleOf[other] === article && !s.boilerplate ? model.termSets[other] : undefined;
}

const NONE: Terms = { has: () => false };

export function featuresOf(model: CorpusModel, id: number, bm25: number, context: CandidateContext): FeatureVector {
  const { q, topBm25, paragraphs } = context;
  const sentence = model.sentences[id];
  const f = model.features[id];
  if (!sentence || !f) throw new Error(`no sentence ${id}`);
  const a = model.articleOf[id] ?? 0;
  const own = model.termSets[id] ?? new Set<string>();
  const p = model.paragraphOf[id] ?? -1;
  // Term counts of the paragraph's citable sentences; a key is a term it contains.
  const para = model.paragraphTable.paragraphs[p]?.tf ?? new Map<string, number>();

  const matched = new Set<string>();
  for (const t of q.terms) if (own.has(t)) matched.add(t);
  let phrase = 0;
  for (const [x, y] of q.bigrams) {
    for (let i = 0; i + 1 < f.terms.length; i++) {
      if (f.terms[i] === x && f.terms[i + 1] === y) {
        phrase++;
        break;
      }
    }
  }
  let inQ = 0;
  for (const t of own) if (q.weight.has(t)) inQ++;

  let whole = context.byArticle.get(a);
  if (!whole) {
    whole = { article: coverage(q, model.articleFrequencies[a]?.df ?? NONE), headline: coverage(q, model.headlineTerms[a] ?? NONE) };
    context.byArticle.set(a, whole);
  }
  const sentenceCoverage = coverage(q, own);
  const local = context.local.coverage(a, own, para);
  const cosine = context.cosine.of(a, p);
  return {
    bm25: topBm25 > 0 ? bm25 / topBm25 : 0,
    coverage: sentenceCoverage,
    proximity: proximity(f.terms, matched),
    phrase: q.bigrams.length > 0 ? phrase / q.bigrams.length : 0,
    wording: wording(model.folded[id] ?? "", q.wordPairs),
    neighbours: coverage(q, neighbourTerms(model, a, id - 1) ?? NONE, own, neighbourTerms(model, a, id + 1)),
    paragraph: coverage(q, para, own),
    paragraphBm25: paragraphs.get(p) ?? 0,
    article: whole.article,
    headline: whole.headline,
    // One feature per answer type: a date in a "when" answer matters more than a name in a "who" one.
    answerDate: q.answerType === "date" ? hasAnswerCandidate(model, id, q) : 0,
    answerNumber: q.answerType === "number" ? hasAnswerCandidate(model, id, q) : 0,
    answerName: q.answerType === "name" ? hasAnswerCandidate(model, id, q) : 0,
    names: share(q.proper, own),
    // The question's rarest words name what it is about; an answer sentence rarely lacks them.
    rarest: share(q.rarest, own),
    coverageSquared: sentenceCoverage * sentenceCoverage,
    novelty: own.size > 0 ? 1 - inQ / own.size : 0,
    length: Math.min(1, Math.log(1 + f.words) / Math.log(60)),
    localSentence: local.sentence,
    localParagraph: local.paragraph,
    localBoth: local.both,
    paragraphCosine: cosine.cosine,
    paragraphCosineShare: cosine.share,
    verbs: coverageOf(q, q.verbs, own),
    nouns: coverageOf(q, q.nouns, own),
    paragraphNames: coverageOf(q, q.proper, para),
    answerNear: answerNear(f.terms, q),
  };
}
