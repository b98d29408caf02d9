/**
 * The ranking features: one registry, each feature with its name, a one-line
 * doc and its code. Each is a number in about [0, 1]; the fitted weights
 * (rank/weights.json, written by bench/fit-ranker.ts) say how much each
 * counts. To add a feature: add an entry here, refit, and the weights file's
 * test checks that its names match this list.
 */
import type { CorpusModel } from "../corpus/model.js";
import type { SentenceFeatures } from "../corpus/segment.js";
import { agentAnswer, answerNear, countedAnswer, kindAnswer, typedAnswer } from "./answerEvidence.js";
import { coverage, coverageOf, NO_TERMS, phrase, proximity, share, type Terms, wording } from "./evidence.js";
import type { LocalCoverage, LocalWeights } from "./localWeight.js";
import type { ParagraphCosine } from "./paragraphCosine.js";
import type { QuestionAnalysis } from "./question.js";
import type { Speech } from "./speech.js";

/** Sentence-meaning evidence for one question: the cosine between its vector and a sentence's, where that sentence's vector exists. */
export interface QuestionMeaning {
  cosine(sentenceId: number): number | undefined;
}

/** What every candidate of one question shares. */
export interface CandidateContext {
  q: QuestionAnalysis;
  /** The best candidate's BM25 score. */
  topBm25: number;
  /** BM25 of each candidate's paragraph, normalised by the best of them. */
  paragraphs: ReadonlyMap<number, number>;
  local: LocalWeights;
  cosine: ParagraphCosine;
  /** Whole-article scores (search/articleScore.ts), normalised by the best; articles not listed score 0. */
  story: ReadonlyMap<number, number>;
  /** The same scores on an absolute scale (search/articleScore.ts storyStrength). */
  storyStrength: ReadonlyMap<number, number>;
  /** Sentence meaning, when the question and every candidate have vectors; features read 0 without it. */
  meaning?: QuestionMeaning;
  /** The best meaning cosine among the candidates. */
  meaningBest: number;
  /** Article and headline coverage by article number, filled as candidates are scored. */
  byArticle: Map<number, { article: number; headline: number }>;
  /** Who is quoted where, for what-did-X-say questions; answerSpeaker reads 0 without it. */
  speech?: Speech;
}

/** One candidate as the features see it; the shared parts are computed once. */
interface View {
  model: CorpusModel;
  c: CandidateContext;
  q: QuestionAnalysis;
  id: number;
  bm25: number;
  a: number;
  p: number;
  f: SentenceFeatures;
  own: ReadonlySet<string>;
  para: Terms;
  matched: Set<string>;
  sentenceCoverage: number;
  local: LocalCoverage;
  paragraphCosine: { cosine: number; share: number };
  whole: { article: number; headline: number };
  meaning: number;
  /** What the sentence's numbers count, for "how many N" and measures: two features read it, so it is made once (`countedOf`). */
  counted?: { counts: number; other: number };
}

function countedOf(v: View): { counts: number; other: number } {
  v.counted ??= countedAnswer(v.f.terms, v.q, v.f.entities, v.q.measure?.age ? (v.model.sentences[v.id]?.text ?? "") : "");
  return v.counted;
}

/**
 * A neighbour's term list read as Terms. A class rather than an object with
 * its own closure: the bot runs under tsx, whose transform gives every named
 * closure a defineProperty call each time one is made, and the ranking made
 * several per candidate (8% of an answer's time, with the others since
 * replaced by module functions).
 */
class TermList implements Terms {
  constructor(private readonly terms: readonly string[]) {}

  has(term: string): boolean {
    return this.terms.includes(term);
  }
}

interface FeatureDef {
  readonly name: string;
  readonly doc: string;
  readonly value: (v: View) => number;
}

/**
 * A neighbouring sentence's terms, if it is citable text of the same
 * article. Read off its term list: a neighbour is looked at for a few
 * question terms, fewer than building its term set would cost.
 */
function neighbourTerms(model: CorpusModel, article: number, other: number): Terms | undefined {
  const s = model.sentences[other];
  const terms = s && model.articleOf[other] === article && !s.boilerplate ? model.features(other)?.terms : undefined;
  return terms && new TermList(terms);
}

function neighbourMeaning(v: View): number {
  // Without sentence meaning every cosine reads 0.
  if (!v.c.meaning) return 0;
  let best = 0;
  for (const other of [v.id - 1, v.id + 1]) {
    if (neighbourTerms(v.model, v.a, other) === undefined) continue;
    best = Math.max(best, v.c.meaning?.cosine(other) ?? 0);
  }
  return best;
}

const typed = (v: View) => typedAnswer(v.f, v.model.folded(v.id), v.model.sentences[v.id]?.text ?? "", v.q);
const ifType = (type: QuestionAnalysis["answerType"]) => (v: View) => (v.q.answerType === type ? typed(v) : 0);

export const FEATURES = [
  { name: "bm25", doc: "the sentence's BM25 over the best candidate's", value: (v) => (v.c.topBm25 > 0 ? v.bm25 / v.c.topBm25 : 0) },
  { name: "coverage", doc: "share of the question's IDF weight the sentence holds", value: (v) => v.sentenceCoverage },
  { name: "proximity", doc: "how tightly the matched question terms stand together", value: (v) => proximity(v.f.terms, v.matched) },
  { name: "phrase", doc: "share of the question's term pairs standing side by side", value: (v) => phrase(v.f.terms, v.q.bigrams) },
  { name: "wording", doc: "share of the question's literal word pairs found as written", value: (v) => wording(v.model.folded(v.id), v.q.wordPairs) },
  {
    name: "neighbours",
    doc: "question weight the sentences either side hold that this one lacks",
    value: (v) => coverage(v.q, neighbourTerms(v.model, v.a, v.id - 1) ?? NO_TERMS, v.own, neighbourTerms(v.model, v.a, v.id + 1)),
  },
  { name: "paragraph", doc: "question weight the rest of the paragraph holds", value: (v) => coverage(v.q, v.para, v.own) },
  { name: "paragraphBm25", doc: "the paragraph's BM25 over the best candidate paragraph's", value: (v) => v.c.paragraphs.get(v.p) ?? 0 },
  { name: "article", doc: "question weight anywhere in the article", value: (v) => v.whole.article },
  { name: "headline", doc: "question weight in the article's headline", value: (v) => v.whole.headline },
  { name: "answerDate", doc: "a when-question and the sentence holds a date it does not give", value: ifType("date") },
  { name: "answerNumber", doc: "a how-many-question and the sentence holds a number it does not give", value: ifType("number") },
  { name: "answerName", doc: "a who/where-question and the sentence holds a name it does not give", value: ifType("name") },
  { name: "answerReason", doc: "a why-question and the sentence states a cause (because, due to, after, amid ...)", value: ifType("reason") },
  { name: "answerManner", doc: "a how-did-question and the sentence states a means (by ...ing, using, through, via ...)", value: ifType("manner") },
  { name: "answerQuote", doc: "a what-did-X-say question and the sentence holds quoted words", value: ifType("quote") },
  { name: "answerAgent", doc: "a who-question and the sentence names a person or body it does not (not a place, nationality or date)", value: (v) => agentAnswer(v.f, v.model.sentences[v.id]?.text ?? "", v.q, v.model.aliases) },
  {
    name: "answerSpeaker",
    doc: "a what-did-X-say question and the sentence gives X's words: a quote the quote index gives to X, or X named beside a reporting verb",
    value: (v) => {
      const s = v.model.sentences[v.id];
      const speech = v.c.speech;
      if (!s || !speech || v.q.speakers.length === 0) return 0;
      return speech.quotes(s, v.q.speakers) || speech.reports(v.own, v.model.folded(v.id), v.q.speakers) ? 1 : 0;
    },
  },
  { name: "answerCounted", doc: "a how-many-N or how-old/long/tall question and a number it does not give counts N or is written with a unit of that measure (\"215 votes\", \"42 years\", \"aged 79\")", value: (v) => countedOf(v).counts },
  { name: "countsOther", doc: "a how-many-N or measure question and every number the sentence gives counts something else", value: (v) => countedOf(v).other },
  { name: "answerKind", doc: "a which-N question and the sentence names something the question does not within three terms of N", value: (v) => kindAnswer(v.f, v.q) },
  { name: "answerNear", doc: "a year or number the question lacks within three terms of one of its words", value: (v) => answerNear(v.f.terms, v.q) },
  { name: "names", doc: "share of the question's names in the sentence", value: (v) => share(v.q.proper, v.own) },
  { name: "rarest", doc: "share of the question's two rarest terms in the sentence", value: (v) => share(v.q.rarest, v.own) },
  { name: "coverageSquared", doc: "coverage squared: a full match is worth more than two halves", value: (v) => v.sentenceCoverage * v.sentenceCoverage },
  {
    name: "novelty",
    doc: "share of the sentence's terms the question does not use",
    // The sentence's terms the question uses are exactly the matched ones (both are sets of distinct terms).
    value: (v) => (v.own.size > 0 ? 1 - v.matched.size / v.own.size : 0),
  },
  { name: "length", doc: "log word count (long sentences match by chance)", value: (v) => Math.min(1, Math.log(1 + v.f.words) / Math.log(60)) },
  { name: "localSentence", doc: "coverage with weights from the article's own term frequencies", value: (v) => v.local.sentence },
  { name: "localParagraph", doc: "the same for the paragraph", value: (v) => v.local.paragraph },
  { name: "localBoth", doc: "coverage with article-local times corpus weights", value: (v) => v.local.both },
  { name: "paragraphCosine", doc: "TF-IDF cosine of question and paragraph, IDF within the article", value: (v) => v.paragraphCosine.cosine },
  { name: "paragraphCosineShare", doc: "that cosine over the article's best paragraph's", value: (v) => v.paragraphCosine.share },
  { name: "verbs", doc: "question verb weight the sentence holds", value: (v) => coverageOf(v.q, v.q.verbs, v.own) },
  { name: "nouns", doc: "question common-noun weight the sentence holds", value: (v) => coverageOf(v.q, v.q.nouns, v.own) },
  { name: "paragraphNames", doc: "question name weight the paragraph holds", value: (v) => coverageOf(v.q, v.q.proper, v.para) },
  { name: "story", doc: "the article's whole-story score over the best article's", value: (v) => v.c.story.get(v.a) ?? 0 },
  { name: "storyTop", doc: "the sentence is in the best-scoring article", value: (v) => ((v.c.story.get(v.a) ?? 0) >= 1 ? 1 : 0) },
  { name: "storyStrength", doc: "the article's score per question term on a scale that does not depend on the corpus", value: (v) => v.c.storyStrength.get(v.a) ?? 0 },
  { name: "meaning", doc: "sentence-encoder cosine of question and sentence", value: (v) => v.meaning },
  { name: "meaningShare", doc: "that cosine over the best candidate's", value: (v) => (v.c.meaningBest > 0 ? v.meaning / v.c.meaningBest : 0) },
  { name: "meaningNeighbours", doc: "the best cosine of the sentences either side", value: neighbourMeaning },
] as const satisfies readonly FeatureDef[];

export type FeatureName = (typeof FEATURES)[number]["name"];
export type FeatureVector = Record<FeatureName, number>;
export const FEATURE_NAMES: readonly FeatureName[] = FEATURES.map((d) => d.name);
/** Every feature at 0, in the registry's order: the shape each candidate's vector is copied from. */
const ZERO_VECTOR = Object.fromEntries(FEATURE_NAMES.map((name) => [name, 0])) as FeatureVector;
/** Features that read sentence vectors: a lexical weight set leaves them out. */
export const MEANING_FEATURES: readonly FeatureName[] = ["meaning", "meaningShare", "meaningNeighbours"];

/**
 * A candidate ranked: its id, its features and its score under `weights` (each feature's
 * weight, in registry order: weights.ts `inRegistryOrder`): the sum
 * `scoreOf` gives, to the bit, made as the features are, without reading
 * forty named properties back.
 */
export function scoredFeatures(model: CorpusModel, id: number, bm25: number, context: CandidateContext, weights: readonly number[]): { id: number; score: number; features: FeatureVector } {
  const f = model.features(id);
  if (!model.sentences[id] || !f) throw new Error(`no sentence ${id}`);
  const a = model.articleOf[id] ?? 0;
  const own = model.termSet(id) ?? new Set<string>();
  const p = model.paragraphOf[id] ?? -1;
  // Term counts of the paragraph's citable sentences; a key is a term it contains.
  const para = model.paragraphTable.stats(p)?.tf ?? new Map<string, number>();
  const matched = new Set<string>();
  for (const t of context.q.terms) if (own.has(t)) matched.add(t);
  let whole = context.byArticle.get(a);
  if (!whole) {
    whole = { article: coverage(context.q, model.articleFrequencies[a]?.df ?? NO_TERMS), headline: coverage(context.q, model.headlineTerms[a] ?? NO_TERMS) };
    context.byArticle.set(a, whole);
  }
  const view: View = {
    model,
    c: context,
    q: context.q,
    id,
    bm25,
    a,
    p,
    f,
    own,
    para,
    matched,
    sentenceCoverage: coverage(context.q, own),
    local: context.local.coverage(a, own, para),
    paragraphCosine: context.cosine.of(a, p),
    whole,
    meaning: context.meaning?.cosine(id) ?? 0,
    counted: undefined,
  };
  // Filled in place from a copy of a vector holding every feature: adding forty properties one by one to an
  // empty object was most of this function's own time. (Writing the vector out as one object literal measured
  // no faster through the bot, and would be a second list of the features to keep in step with this one.)
  const features = { ...ZERO_VECTOR };
  let score = 0;
  for (let i = 0; i < FEATURES.length; i++) {
    const d = FEATURES[i] as (typeof FEATURES)[number];
    const x = d.value(view);
    features[d.name] = x;
    score += x * (weights[i] as number);
  }
  return { id, score, features };
}
