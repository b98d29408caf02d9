/**
 * Ranking cases for fitting: each question's candidates with their features
 * and whether they hold the answer, plus the question-level evidence the
 * confidence models read. Collected once; fitting then never re-runs the
 * ranker, because no feature depends on the weights.
 */
import { acronymsIn, DEFAULT_RANK_OPTIONS, rankCandidates, writtenApartIn } from "../../src/qa/answer/ask.js";
import type { CorpusModel } from "../../src/qa/corpus/model.js";
import { evidenceOf, type Evidence } from "../../src/qa/rank/confidence.js";
import type { FeatureVector, QuestionMeaning } from "../../src/qa/rank/features.js";
import { analyseQuestion } from "../../src/qa/rank/question.js";
import { scoreOf } from "../../src/qa/rank/weights.js";
import type { Speech } from "../../src/qa/rank/speech.js";
import type { SentenceIndex } from "../../src/qa/search/sentenceIndex.js";

export interface Candidate {
  features: FeatureVector;
  gold: boolean;
  /** Article number, for the agreement evidence. */
  article: number;
}

export interface Case {
  /** Which set it came from ("wikinews", "squad", or an off-topic pairing). */
  source: string;
  /** The article holding the answer (the unit of cross-validation), or "" for an unanswerable question. */
  article: string;
  /** "answerable", "off-topic" or "adversarial". */
  kind: string;
  /** SQuAD's fit/holdout half, where it applies. */
  split?: "fit" | "holdout";
  /** Candidates ranked with sentence meaning, and without. */
  meaning: Candidate[];
  lexical: Candidate[];
  /** Question terms the corpus never uses. */
  unknown: string[];
  noTerms: boolean;
  /** Articles in the corpus the question was asked of. */
  articles: number;
}

export interface CaseInput {
  question: string;
  source: string;
  article: string;
  kind: string;
  split?: "fit" | "holdout";
  isGold: (text: string) => boolean;
  meaning?: QuestionMeaning;
}

export function collectCase(model: CorpusModel, index: SentenceIndex, input: CaseInput, speech?: Speech): Case & { analysis: ReturnType<typeof analyseQuestion> } {
  // Analysed exactly as the bot analyses a question: closed compounds opened up, acronyms spelled out.
  const q = analyseQuestion(input.question, model, speech, writtenApartIn(model, index), acronymsIn(model, index));
  const label = (ranked: ReturnType<typeof rankCandidates>["ranked"]) =>
    ranked.map((r) => ({ features: r.features, gold: input.isGold(model.sentences[r.id]?.text ?? ""), article: model.articleOf[r.id] ?? -1 }));
  const inputs = speech ? { speech } : {};
  const lexical = label(rankCandidates(model, index, q, DEFAULT_RANK_OPTIONS, inputs).ranked);
  const withMeaning = input.meaning ? rankCandidates(model, index, q, DEFAULT_RANK_OPTIONS, { ...inputs, meaning: input.meaning }) : undefined;
  const meaning = withMeaning && withMeaning.set === "meaning" ? label(withMeaning.ranked) : lexical;
  const out: Case & { analysis: ReturnType<typeof analyseQuestion> } = {
    source: input.source,
    article: input.article,
    kind: input.kind,
    meaning,
    lexical,
    unknown: q.terms.filter((t) => !model.df.has(t)),
    noTerms: q.terms.length === 0,
    articles: model.articles.length,
    analysis: q,
  };
  if (input.split) out.split = input.split;
  return out;
}

/** Evidence for a case's candidates ordered by the given weights. */
export function evidenceFor(c: Case & { analysis: ReturnType<typeof analyseQuestion> }, set: "lexical" | "meaning", weights: FeatureVector): { evidence: Evidence; topGold: boolean } {
  const ranked = c[set]
    .map((x, i) => ({ id: i, score: scoreOf(x.features, weights), features: x.features, gold: x.gold }))
    .sort((a, b) => b.score - a.score || a.id - b.id);
  // Candidate positions stand in for sentence ids.
  const evidence = evidenceOf(ranked, { articleOf: (i) => c[set][i]?.article ?? -1, articles: c.articles }, c.analysis, c.unknown);
  return { evidence, topGold: ranked[0]?.gold ?? false };
}
