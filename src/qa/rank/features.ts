/**
 * Features of a candidate sentence for a question. Each is a number in about
 * [0, 1]; rank/weights.ts says how much each counts.
 */
import type { CorpusModel } from "../corpus/model.js";
import type { QuestionAnalysis } from "./question.js";
import type { LocalWeights } from "./localWeight.js";

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
] as const;

export type FeatureName = (typeof FEATURE_NAMES)[number];
export type FeatureVector = Record<FeatureName, number>;

const NUMERIC = /^(?:\d[\d.]*(?:st|nd|rd|th|s)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelv|thirteen|fifteen|twenti|thirti|forti|fifti|hundr|thousand|million|billion|dozen|half|twice|doubl|tripl)$/;
const YEAR = /^(?:1[0-9]{3}|20[0-9]{2})s?$/;

function coverage(q: QuestionAnalysis, has: (t: string) => boolean, skip?: (t: string) => boolean): number {
  if (q.totalWeight === 0) return 0;
  let sum = 0;
  for (const [t, w] of q.weight) if (has(t) && !(skip && skip(t))) sum += w;
  return sum / q.totalWeight;
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

function hasAnswerCandidate(model: CorpusModel, id: number, q: QuestionAnalysis, inQuestion: (t: string) => boolean): number {
  const f = model.features[id];
  if (!f || q.answerType === "none") return 0;
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
}

export function featuresOf(model: CorpusModel, id: number, bm25: number, context: CandidateContext): FeatureVector {
  const { q, topBm25, paragraphs } = context;
  const sentence = model.sentences[id];
  const f = model.features[id];
  if (!sentence || !f) throw new Error(`no sentence ${id}`);
  const a = model.byId.get(sentence.articleId) ?? 0;
  const own = model.termSets[id] ?? new Set<string>();
  const inQuestion = (t: string) => q.weight.has(t);
  // Term counts of the paragraph's citable sentences; a key is a term it contains.
  const para = model.paragraphTable.paragraphs[model.paragraphOf[id] ?? -1]?.tf ?? new Map<string, number>();
  const neighbour = (other: number) => {
    const s = model.sentences[other];
    return s && s.articleId === sentence.articleId && !s.boilerplate ? model.termSets[other] : undefined;
  };
  const prev = neighbour(id - 1);
  const next = neighbour(id + 1);

  const matched = new Set(q.terms.filter((t) => own.has(t)));
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
  for (const t of own) if (inQuestion(t)) inQ++;
  const articleTerms = model.articleFrequencies[a]?.df ?? new Map<string, number>();
  const headline = model.headlineTerms[a] ?? new Set<string>();

  const sentenceCoverage = coverage(q, (t) => own.has(t));
  const local = context.local.coverage(a, own, para);
  return {
    bm25: topBm25 > 0 ? bm25 / topBm25 : 0,
    coverage: sentenceCoverage,
    proximity: proximity(f.terms, matched),
    phrase: q.bigrams.length > 0 ? phrase / q.bigrams.length : 0,
    wording: wording(model.folded[id] ?? "", q.wordPairs),
    neighbours: coverage(q, (t) => (prev?.has(t) ?? false) || (next?.has(t) ?? false), (t) => own.has(t)),
    paragraph: coverage(q, (t) => para.has(t), (t) => own.has(t)),
    paragraphBm25: paragraphs.get(model.paragraphOf[id] ?? -1) ?? 0,
    article: coverage(q, (t) => articleTerms.has(t)),
    headline: coverage(q, (t) => headline.has(t)),
    // One feature per answer type: a date in a "when" answer matters more than a name in a "who" one.
    answerDate: q.answerType === "date" ? hasAnswerCandidate(model, id, q, inQuestion) : 0,
    answerNumber: q.answerType === "number" ? hasAnswerCandidate(model, id, q, inQuestion) : 0,
    answerName: q.answerType === "name" ? hasAnswerCandidate(model, id, q, inQuestion) : 0,
    names: q.proper.length > 0 ? q.proper.filter((t) => own.has(t)).length / q.proper.length : 0,
    // The question's rarest words name what it is about; an answer sentence rarely lacks them.
    rarest: q.rarest.length > 0 ? q.rarest.filter((t) => own.has(t)).length / q.rarest.length : 0,
    coverageSquared: sentenceCoverage * sentenceCoverage,
    novelty: own.size > 0 ? 1 - inQ / own.size : 0,
    length: Math.min(1, Math.log(1 + f.words) / Math.log(60)),
    localSentence: local.sentence,
    localParagraph: local.paragraph,
    localBoth: local.both,
  };
}
