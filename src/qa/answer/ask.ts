/**
 * From a question to an answer value: retrieve candidates, re-rank them,
 * decide whether the corpus answers at all and how surely, merge wire
 * copies, and build exact citations.
 */
import type { CorpusModel } from "../corpus/model.js";
import { DEFAULTS } from "../options.js";
import { acronymReader, type AcronymReader } from "../rank/acronyms.js";
import { evidenceOf, mayBeHigh, mostlyUnknown, plainlyRelevant } from "../rank/confidence.js";
import { type CandidateContext, type FeatureVector, type QuestionMeaning, scoredFeatures } from "../rank/features.js";
import { LocalWeights } from "../rank/localWeight.js";
import { analyseQuestion, type QuestionAnalysis } from "../rank/question.js";
import type { WrittenApart } from "../rank/spelling.js";
import type { Speech } from "../rank/speech.js";
import { ParagraphCosine } from "../rank/paragraphCosine.js";
import { paragraphBm25, paragraphIdfs } from "../rank/paragraphScore.js";
import { inRegistryOrder, probability, WEIGHTS, WEIGHTS_FILE } from "../rank/weights.js";
import { scoreArticles, storyStrength } from "../search/articleScore.js";
import type { SentenceIndex } from "../search/sentenceIndex.js";
import type { Answer, AskResult, NearestArticle, NoAnswerReason } from "../types.js";
import { gatherCandidates } from "./candidates.js";
import { citationOf, passageKey } from "./citation.js";
import { highlightsOf } from "./highlight.js";
import { isWireCopy } from "./wireCopy.js";

/** Tunables of one `ask`, all with defaults from DEFAULTS and the fitted weights file. */
export interface RankOptions {
  candidates: number;
  storyArticles: number;
  localCandidates: number;
  meaningCandidates: number;
  supportRatio: number;
  nearestArticles: number;
  wireCopySimilarity: number;
  weights: { lexical: FeatureVector; meaning: FeatureVector };
}

export const DEFAULT_RANK_OPTIONS: RankOptions = {
  candidates: DEFAULTS.candidates,
  storyArticles: DEFAULTS.storyArticles,
  localCandidates: DEFAULTS.localCandidates,
  meaningCandidates: DEFAULTS.meaningCandidates,
  supportRatio: DEFAULTS.supportRatio,
  nearestArticles: DEFAULTS.nearestArticles,
  wireCopySimilarity: DEFAULTS.wireCopySimilarity,
  weights: WEIGHTS,
};

/** A re-ranked candidate, before it becomes an Answer. */
export interface Ranked {
  id: number;
  score: number;
  features: FeatureVector;
}

/** The ranked candidates and which weight set ranked them. */
export interface Ranking {
  ranked: Ranked[];
  set: "lexical" | "meaning";
}

/** What else a question may be ranked with: passages a moderator suppressed, sentence meaning, who is quoted where. */
export interface RankInputs {
  suppressed?: ReadonlySet<string>;
  meaning?: QuestionMeaning;
  speech?: Speech;
}

/** Articles whose whole-story scores the story features read; others score 0. */
const LEADING_ARTICLES = 20;

/** Retrieve and re-rank; exposed for the benchmarks that fit the weights. */
export function rankCandidates(model: CorpusModel, index: SentenceIndex, q: QuestionAnalysis, options: RankOptions, inputs: RankInputs = {}): Ranking {
  const { suppressed, speech } = inputs;
  // Candidates, the weight-set check and the features each read a sentence's cosine: compute it once.
  const meaning = inputs.meaning && remembered(inputs.meaning);
  const local = new LocalWeights(model.articleFrequencies, q);
  // The story features read the leading articles, the candidates the first few of them.
  const articles = scoreArticles(model, index, q.terms, Math.max(LEADING_ARTICLES, options.storyArticles + 1));
  const top = gatherCandidates(model, index, q, local, options, articles, meaning, suppressed);
  const topBm25 = Math.max(0, ...top.map((h) => h.bm25));
  const paragraphs = new Map<number, number>();
  const idfs = paragraphIdfs(model.paragraphTable, q.terms);
  for (const h of top) {
    const p = model.paragraphOf[h.id] ?? -1;
    if (!paragraphs.has(p)) paragraphs.set(p, paragraphBm25(model.paragraphTable, p, q.terms, idfs));
  }
  const topParagraph = Math.max(1e-9, ...paragraphs.values());
  for (const [p, score] of paragraphs) paragraphs.set(p, score / topParagraph);
  const best = articles[0]?.score ?? 0;
  const leading = articles.slice(0, LEADING_ARTICLES);
  const story = new Map(leading.map((h) => [h.article, best > 0 ? h.score / best : 0] as const));
  const storyStrengths = new Map(leading.map((h) => [h.article, storyStrength(model, h.score, q.terms.length)] as const));
  // Meaning ranks a question only when every candidate has a vector: a
  // half-encoded corpus is ranked lexically rather than unevenly.
  const cosines = meaning ? top.map((h) => meaning.cosine(h.id)) : [];
  const full = meaning !== undefined && top.length > 0 && cosines.every((c) => c !== undefined);
  const context: CandidateContext = {
    q,
    topBm25,
    paragraphs,
    local,
    cosine: new ParagraphCosine(model, index, q),
    story,
    storyStrength: storyStrengths,
    meaningBest: full ? Math.max(0, ...(cosines as number[])) : 0,
    byArticle: new Map(),
  };
  if (full) context.meaning = meaning;
  if (speech) context.speech = speech;
  const set = full ? "meaning" : "lexical";
  const weights = inRegistryOrder(options.weights[set]);
  const ranked = top.map((h) => scoredFeatures(model, h.id, h.bm25, context, weights)).sort((a, b) => b.score - a.score || a.id - b.id);
  return { ranked, set };
}

function remembered(meaning: QuestionMeaning): QuestionMeaning {
  const known = new Map<number, number | undefined>();
  return {
    cosine(id) {
      if (!known.has(id)) known.set(id, meaning.cosine(id));
      return known.get(id);
    },
  };
}

function nearestArticles(model: CorpusModel, q: QuestionAnalysis, ranked: readonly Ranked[], n: number): NearestArticle[] {
  const best = new Map<number, number>();
  for (const r of ranked) {
    const a = model.articleOf[r.id] ?? -1;
    best.set(a, Math.max(best.get(a) ?? 0, r.score));
  }
  if (best.size === 0) {
    // Nothing matched a sentence: fall back to which articles share any question term.
    model.articleFrequencies.forEach(({ df }, a) => {
      const shared = q.terms.filter((t) => df.has(t)).length;
      if (shared > 0) best.set(a, shared / q.terms.length);
    });
  }
  return [...best.entries()]
    .sort((x, y) => y[1] - x[1])
    .slice(0, n)
    .flatMap(([a, score]) => {
      const article = model.articles[a];
      if (!article) return [];
      const out: NearestArticle = { articleId: article.id, headline: article.headline, outlet: article.outlet, published: article.published, score: round(score) };
      if (article.url !== undefined) out.url = article.url;
      return [out];
    });
}

interface Group {
  lead: Ranked;
  copies: Ranked[];
}

/**
 * Merge wire copies into groups, best first. Supporting passages are the next
 * best, whatever their article: preferring other articles first (as this once
 * did) pushed the story's own better passages down, and on paraphrased
 * questions cost 14 points of hit@3 (wikinews-dev).
 */
function groupWireCopies(model: CorpusModel, ranked: readonly Ranked[], options: RankOptions): Group[] {
  const groups: Group[] = [];
  const best = ranked[0]?.score ?? 0;
  for (const r of ranked) {
    // Only passages strong enough to be shown need grouping.
    if (groups.length > 0 && best > 0 && r.score < best * options.supportRatio) break;
    const f = model.termSet(r.id);
    const home = f && groups.find((g) => {
      const lf = model.termSet(g.lead.id);
      return lf !== undefined && isWireCopy(lf, f, options.wireCopySimilarity);
    });
    if (!home) groups.push({ lead: r, copies: [] });
    else if (![home.lead, ...home.copies].some((x) => model.sentences[x.id]?.articleId === model.sentences[r.id]?.articleId)) home.copies.push(r);
  }
  return groups;
}

function toAnswer(model: CorpusModel, group: Group, terms: ReadonlySet<string>): Answer {
  const s = model.sentences[group.lead.id];
  if (!s) throw new Error(`no sentence ${group.lead.id}`);
  const alsoIn = group.copies
    .map((c) => model.sentences[c.id])
    .flatMap((x) => (x ? [citationOf(model, x)] : []))
    .sort((a, b) => a.published.localeCompare(b.published));
  return {
    text: s.text,
    score: round(group.lead.score),
    citation: citationOf(model, s),
    alsoIn,
    highlights: highlightsOf(s.text, terms, model.aliases),
    key: passageKey(s),
  };
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** Sentences looked at for two words written side by side: a closed compound's parts are rare words, near the top. */
const APART_SENTENCES = 20;

/** Whether some sentence among the best matches for `terms` writes `first second` or `first-second` (folded sentences are padded with spaces already). */
export function writtenApartIn(model: CorpusModel, index: SentenceIndex): WrittenApart {
  return (first, second, terms) => index.query(terms, APART_SENTENCES).some((h) => model.folded(h.id).includes(` ${first} ${second} `));
}

/** Acronyms read within the stories the question's other words lead to (rank/acronyms.ts). */
export function acronymsIn(model: CorpusModel, index: SentenceIndex): AcronymReader {
  return acronymReader(model, (terms) => scoreArticles(model, index, terms, DEFAULTS.acronymStories).map((h) => h.article));
}

export function answerQuestion(
  model: CorpusModel,
  index: SentenceIndex,
  question: string,
  page: { limit: number; offset: number; suppressed?: ReadonlySet<string> },
  options: RankOptions = DEFAULT_RANK_OPTIONS,
  inputs: Omit<RankInputs, "suppressed"> = {},
): AskResult {
  const q = analyseQuestion(question, model, inputs.speech, writtenApartIn(model, index), acronymsIn(model, index));
  const refuse = (reason: NoAnswerReason, ranked: readonly Ranked[], unknownTerms: string[] = []): AskResult => ({
    question,
    answered: false,
    reason,
    // As the question writes them: a person reads "Peru", not the index's "peru" or "articl".
    unknownTerms: [...new Set(unknownTerms.map((t) => q.written.get(t) ?? t))],
    nearest: nearestArticles(model, q, ranked, options.nearestArticles),
  });
  if (q.terms.length === 0) return refuse("no-terms", []);
  const unknown = q.terms.filter((t) => !model.df.has(t));
  const unknownNames = unknown.filter((t) => q.proper.includes(t));
  const { ranked, set } = rankCandidates(model, index, q, options, { ...inputs, suppressed: page.suppressed });
  if (unknown.length === q.terms.length) return refuse("unknown-terms", ranked, unknown);
  if (ranked.length === 0) return refuse("weak-match", ranked, unknown);

  // Not found only when the corpus has nothing to do with the question; a
  // question it relates to gets the closest passages, marked as such.
  const evidence = evidenceOf(ranked, { articleOf: (id) => model.articleOf[id] ?? -1, articles: model.articles.length }, q, unknown);
  const relevance = WEIGHTS_FILE.relevance[set];
  if (!plainlyRelevant(evidence) && (mostlyUnknown(evidence, model.articles.length) || probability(relevance, evidence) < relevance.bar)) {
    return unknownNames.length > 0 ? refuse("unknown-terms", ranked, unknownNames) : refuse("weak-match", ranked, unknown);
  }
  const sureness = WEIGHTS_FILE.confidence[set];
  const confidence = mayBeHigh(evidence) && probability(sureness, evidence) >= sureness.bar ? "high" : "low";
  const groups = groupWireCopies(model, ranked, options);
  const terms = new Set(q.terms);
  return {
    question,
    answered: true,
    confidence,
    answers: groups.slice(page.offset, page.offset + page.limit).map((g) => toAnswer(model, g, terms)),
    total: groups.length,
  };
}
