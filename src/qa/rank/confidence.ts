/**
 * How sure to be of an answer, from the ranker's own evidence. Two
 * calibrated logistic models (fitted by bench/fit-ranker.ts, stored in
 * rank/weights.json): *relevance*, whether the corpus has anything to do
 * with the question at all (below its bar the answer is "not found"), and
 * *confidence*, whether the top passage answers it (at or above its bar the
 * answer is shown as an answer, below it as "the closest passages").
 */
import type { FeatureVector } from "./features.js";
import { keepBest } from "../search/keepBest.js";
import type { QuestionAnalysis } from "./question.js";

/** The evidence both models read, each in about [0, 1] (a type, so it reads as a record of named inputs). */
export type Evidence = {
  /** Softmax share of the top candidate's score among all candidates. */
  topShare: number;
  /** Score margin of the top candidate over the second, capped at 1. */
  margin: number;
  topCoverage: number;
  bestCoverage: number;
  topMeaning: number;
  bestMeaning: number;
  /** The best whole-article match's strength (search/articleScore.ts storyStrength). */
  storyStrength: number;
  /** Mean meaning cosine of the three closest candidates. */
  meaningTop3: number;
  /** The top candidate is in the best whole-article match. */
  topStory: number;
  /** Share of the next two candidates from the top candidate's article. */
  agreement: number;
  /** The question asks for a type of answer and the top candidate holds one. */
  typed: number;
  /** The question asks for a type of answer at all. */
  hasType: number;
  /** Question weight anywhere in the top candidate's article, and in its headline. */
  article: number;
  headline: number;
  /** Question weight in the top candidate's paragraph; the share of the question's names, verbs and nouns the top candidate holds. */
  topParagraph: number;
  topNames: number;
  topVerbs: number;
  topNouns: number;
  /** The question names something (a capitalised word or proper noun). */
  hasNames: number;
  /** The question asks a general fact, not about a story (rank/generalFact.ts). */
  general: number;
  /** Share of the question's weight the corpus never uses, and whether that includes a name. */
  unknownShare: number;
  unknownNames: number;
  /**
   * How few articles the corpus has, 1 / ln(2 + 2n): 0.72 for one article,
   * 0.21 for sixty. On a corpus of one or two articles every article matches
   * every question, so whole-article evidence says little there.
   */
  fewArticles: number;
  /** The top candidate holds one of the question's names, nouns or verbs (or, for a question with none, any of its words). */
  anchored: number;
  /**
   * The top candidate lacks what the question asks for: the date, number or
   * quoted words; for a "who", a person or body beyond the question's own
   * names; for "what did X say" of a speaker the corpus knows, X's words,
   * quoted or reported (a quote the index gives to X, "X said that ...").
   */
  typeMissing: number;
};

export interface RankedForEvidence {
  id: number;
  score: number;
  features: FeatureVector;
}

const TYPED: ReadonlyArray<keyof FeatureVector> = ["answerDate", "answerNumber", "answerName", "answerReason", "answerManner", "answerQuote"];

/**
 * Answer types whose presence a passage shows plainly (a date, a number,
 * quotation marks). A name, a reason or a manner can be worded in ways the
 * feature misses, so their absence proves nothing.
 */
const CHECKABLE: Partial<Record<QuestionAnalysis["answerType"], keyof FeatureVector>> = { date: "answerDate", number: "answerNumber", quote: "answerQuote" };

/**
 * A cause of death is shown plainly enough to check too: a passage that only
 * reports the death ("another son predeceased her") is not the answer to
 * "How did he die?" (rank/death.ts).
 */
const DEATH_CHECK: Partial<Record<QuestionAnalysis["answerType"], keyof FeatureVector>> = { manner: "answerManner", reason: "answerReason" };

/**
 * Whether the confidence model may call this an answer at all. A passage
 * that shares no name, noun or verb with the question is vouched for by
 * sentence meaning alone, and one without the date, number or quotation
 * the question asks for cannot be its answer: both are shown as the
 * closest passages however high the model scores them; so is a passage
 * that names only places where a "who" asks for someone, or quotes someone
 * other than the X of "what did X say", or reports a death without its
 * cause where "how did X die" asks for one. (Adversarial questions, which name
 * a story and ask what it does not say, end here.)
 * Nor is a passage an answer to a question naming something no article
 * mentions ("the capital of France" in a corpus that never says France).
 */
export function mayBeHigh(e: Evidence): boolean {
  return e.anchored === 1 && e.typeMissing === 0 && e.unknownNames === 0;
}

/**
 * One passage holds this share of the question's weight or more.
 * Off-topic questions stay far below it (wikinews-dev: at most 0.51, by a
 * misspelling's correction).
 */
const HELD_SHARE = 0.75;

/**
 * The corpus has something to do with the question whatever the relevance
 * model says: one passage holds (nearly) all of its words. On a corpus of
 * one or two articles every article matches every question, so the
 * whole-article evidence the model leans on is weak there, and it refused
 * "Who is the department spokesman?" beside "…department spokesman Owen
 * Patel said".
 */
export function plainlyRelevant(e: Evidence): boolean {
  return e.bestCoverage >= HELD_SHARE;
}

/**
 * Most of the question is words no article uses, on a corpus broad enough
 * that this means no story is about the thing asked: over sixty articles
 * that never say "tallest" or "mountain", the known "Africa" of "What's the
 * tallest mountain in Africa?" finds only stories that mention Africa. A
 * small corpus lacks most words any paraphrase uses, so there the share
 * says nothing (answerable questions reach 0.94 against their own article
 * alone, and on subsets of four and eight wikinews-dev articles the rule
 * refused 3 of 129 answerable questions when it reached down to them).
 * Over the whole of wikinews-dev (60 articles) and SQuAD (24) no
 * answerable question but one misspelt name in 5,551 reaches the share.
 */
export function mostlyUnknown(e: Evidence, articles: number): boolean {
  return articles >= BROAD_CORPUS && e.unknownShare >= UNKNOWN_SHARE;
}

/** Articles from which a corpus counts as broad for mostlyUnknown, and the share of the question's weight that must be unknown. */
const BROAD_CORPUS = 20;
const UNKNOWN_SHARE = 0.6;

/** The corpus as the evidence sees it: each candidate's article, and how many articles there are. */
export interface EvidenceCorpus {
  articleOf(id: number): number;
  articles: number;
}

/** The order of the three closest cosines, highest first (keepBest keeps the first of equals first, as a stable sort does). */
const above = (x: number, y: number) => x > y;

export function evidenceOf(ranked: readonly RankedForEvidence[], corpus: EvidenceCorpus, q: QuestionAnalysis, unknown: readonly string[]): Evidence {
  const articleOf = (id: number) => corpus.articleOf(id);
  const top = ranked[0];
  let unknownWeight = 0;
  for (const t of unknown) unknownWeight += q.weight.get(t) ?? 0;
  const base = {
    unknownShare: q.totalWeight > 0 ? unknownWeight / q.totalWeight : 0,
    unknownNames: unknown.some((t) => q.proper.includes(t)) ? 1 : 0,
    hasType: q.answerType === "none" ? 0 : 1,
    hasNames: q.proper.length > 0 ? 1 : 0,
    general: q.general ? 1 : 0,
    fewArticles: 1 / Math.log(2 + 2 * Math.max(0, corpus.articles)),
  };
  if (!top) {
    return { ...base, anchored: 0, typeMissing: 0, topShare: 0, margin: 0, topCoverage: 0, bestCoverage: 0, topMeaning: 0, bestMeaning: 0, topStory: 0, storyStrength: 0, meaningTop3: 0, agreement: 0, typed: 0, article: 0, headline: 0, topParagraph: 0, topNames: 0, topVerbs: 0, topNouns: 0 };
  }
  let z = 0;
  let bestCoverage = 0;
  let strength = 0;
  const closest: number[] = [];
  for (const r of ranked) {
    z += Math.exp(r.score - top.score);
    bestCoverage = Math.max(bestCoverage, r.features.coverage);
    strength = Math.max(strength, r.features.storyStrength);
    keepBest(closest, r.features.meaning, 3, above);
  }
  const a = articleOf(top.id);
  const next = ranked.slice(1, 3);
  const f = top.features;
  const content = q.proper.length + q.nouns.length + q.verbs.length > 0;
  // "What did X say" of a speaker the corpus knows asks for X's words, quoted or reported; of anyone else, for quoted words.
  const checked = q.answerType === "quote" && q.speakers.length > 0 ? "answerSpeaker" : q.death ? DEATH_CHECK[q.answerType] : CHECKABLE[q.answerType];
  const missing = (checked !== undefined && f[checked] === 0) || (q.agent && f.answerAgent === 0);
  return {
    ...base,
    anchored: (content ? f.names + f.nouns + f.verbs > 0 : f.coverage > 0) ? 1 : 0,
    typeMissing: missing ? 1 : 0,
    topShare: 1 / z,
    margin: Math.min(1, ranked[1] ? top.score - ranked[1].score : 1),
    topCoverage: top.features.coverage,
    bestCoverage,
    topMeaning: top.features.meaning,
    bestMeaning: closest[0] ?? 0,
    meaningTop3: closest.reduce((x, y) => x + y, 0) / (closest.length || 1),
    storyStrength: strength,
    topStory: top.features.storyTop,
    agreement: next.length > 0 ? next.filter((r) => articleOf(r.id) === a).length / next.length : 0,
    typed: TYPED.some((k) => top.features[k] > 0) ? 1 : 0,
    article: top.features.article,
    headline: top.features.headline,
    topParagraph: Math.min(1, top.features.coverage + top.features.paragraph),
    topNames: top.features.names,
    topVerbs: top.features.verbs,
    topNouns: top.features.nouns,
  };
}
