/**
 * The analysed corpus: articles, paragraphs, sentences with their ranking
 * features, and term statistics. Built once from articles (slow: runs the
 * NLP) or restored from its serialised form (fast: the on-disk cache).
 */
import type { AliasTable } from "../nlp/aliases.js";
import { foldWords } from "../nlp/normalize.js";
import { termsOfText } from "../nlp/terms.js";
import { ArticleParagraphIndex } from "./articleParagraphs.js";
import { memoised } from "./memo.js";
import { buildParagraphTable, type ParagraphTable } from "./paragraphTable.js";
import { type ArticleFrequencies, articleFrequencies, type CitableTerms, type CorpusStatistics, countStatistics } from "./statistics.js";
import type { Article, Paragraph, Sentence } from "../types.js";
import type { SegmentedArticle, SentenceFeatures } from "./segment.js";

export interface CorpusModel {
  articles: Article[];
  byId: Map<string, number>;
  /** Paragraphs per article, in article order. */
  paragraphs: Paragraph[][];
  /** All sentences, indexed by global sentence id. */
  sentences: Sentence[];
  /** A sentence's ranking features (restored from the cache, an article's are decoded when one of them is first asked for). */
  features(id: number): SentenceFeatures | undefined;
  /** Global sentence ids of each article, in reading order. */
  articleSentences: number[][];
  /** Article number (index into `articles`) of each sentence. */
  articleOf: Int32Array;
  /** Number of citable sentences containing each term. */
  df: Map<string, number>;
  citableCount: number;
  /** Terms the corpus writes as names somewhere. */
  names: Set<string>;
  /** Distinct terms of a sentence, made when asked (a set per sentence would be most of the heap). */
  termSet(id: number): ReadonlySet<string> | undefined;
  /** Corpus-wide paragraph number of each sentence, and term statistics of paragraphs' citable text. */
  paragraphOf: Int32Array;
  paragraphTable: ParagraphTable;
  /** A sentence folded to lower-case words between spaces, for literal phrase matching (made when asked). */
  folded(id: number): string;
  /** Each article's citable sentences by term (a key is a term of its citable text), for article-local weights; counted when first read. */
  articleFrequencies: ArticleFrequencies[];
  /** The corpus-wide counts, as the cache keeps them. */
  statistics: CorpusStatistics;
  /** Each article's paragraphs with term statistics within the article, for paragraph cosines. */
  articleParagraphs: ArticleParagraphIndex;
  /** Terms of each article's headline. */
  headlineTerms: Array<Set<string>>;
  aliases: AliasTable;
}

export type { ArticleFrequencies } from "./statistics.js";

/** The serialisable part; everything else is derived on restore. */
export interface CorpusSnapshot {
  articles: Article[];
  paragraphs: Paragraph[][];
  sentences: Array<Omit<Sentence, "text">>;
  /** Each sentence's features by sentence id; or, restored from the cache, each article's, decoded when first read. */
  features: SentenceFeatures[] | ArticleFeatures;
  headlineTerms: string[][];
}

/** Each article's sentence features in reading order, made when first asked for (called once per article). */
export type ArticleFeatures = (article: number) => SentenceFeatures[];

/** One article's share of the snapshot: what the cache keeps per article, so an edit re-analyses only that article. */
export interface ArticleAnalysis {
  paragraphs: Paragraph[];
  sentences: Array<Omit<Sentence, "text" | "id">>;
  features: SentenceFeatures[];
  headlineTerms: string[];
}

/** What answering keeps of one article's segmentation. */
export function analysisOf(article: Article, seg: SegmentedArticle, aliases: AliasTable): ArticleAnalysis {
  return {
    paragraphs: seg.paragraphs,
    sentences: seg.sentences.map(({ text: _text, id: _id, ...rest }) => rest),
    features: seg.features,
    headlineTerms: termsOfText(article.headline, aliases),
  };
}

/**
 * The corpus snapshot of articles and their analyses (in the same order),
 * sentences numbered corpus-wide; the features from the analyses, or from
 * `features` when given (the analyses then need none).
 */
export function corpusSnapshot(articles: readonly Article[], analyses: ReadonlyArray<ArticleAnalysis>): CorpusSnapshot;
export function corpusSnapshot(articles: readonly Article[], analyses: ReadonlyArray<Omit<ArticleAnalysis, "features">>, features: ArticleFeatures): CorpusSnapshot;
export function corpusSnapshot(articles: readonly Article[], analyses: ReadonlyArray<Omit<ArticleAnalysis, "features"> & { features?: SentenceFeatures[] }>, features?: ArticleFeatures): CorpusSnapshot {
  const all: SentenceFeatures[] = [];
  const snapshot: CorpusSnapshot = { articles: [...articles], paragraphs: [], sentences: [], features: features ?? all, headlineTerms: [] };
  for (const analysis of analyses) {
    snapshot.paragraphs.push(analysis.paragraphs);
    for (const [i, s] of analysis.sentences.entries()) {
      snapshot.sentences.push({ id: snapshot.sentences.length, ...s });
      if (!features) all.push(analysis.features?.[i] as SentenceFeatures);
    }
    snapshot.headlineTerms.push(analysis.headlineTerms);
  }
  return snapshot;
}

/** The snapshot cut back into articles, in article order (the inverse of analyseCorpus). */
export function articleAnalyses(snapshot: CorpusSnapshot): ArticleAnalysis[] {
  const out = snapshot.articles.map((_, i): ArticleAnalysis => ({ paragraphs: snapshot.paragraphs[i] ?? [], sentences: [], features: [], headlineTerms: snapshot.headlineTerms[i] ?? [] }));
  const byId = new Map(snapshot.articles.map((a, i) => [a.id, out[i] as ArticleAnalysis] as const));
  const features = snapshot.features;
  for (const { id, ...rest } of snapshot.sentences) {
    const a = byId.get(rest.articleId);
    a?.sentences.push(rest);
    if (Array.isArray(features)) a?.features.push(features[id] as SentenceFeatures);
  }
  if (!Array.isArray(features)) out.forEach((a, i) => (a.features = features(i)));
  return out;
}

/**
 * Derive lookups and statistics; sentence texts are re-sliced from the
 * bodies. `statistics`, when given (restored from the cache with this very
 * snapshot), are taken as they are instead of counted.
 */
export function modelFromSnapshot(snapshot: CorpusSnapshot, aliases: AliasTable, statistics?: CorpusStatistics): CorpusModel {
  const byId = new Map(snapshot.articles.map((a, i) => [a.id, i] as const));
  const placed = placeSentences(snapshot, byId);
  const paragraphs = groupParagraphs(snapshot, placed.articleOf);
  const features = featuresById(snapshot.features, placed.articleOf, placed.articleSentences);
  const counts = statistics ?? countStatistics(snapshot.sentences, features, paragraphs.first);
  const citableTerms: CitableTerms = (id) => (placed.sentences[id]?.boilerplate ? undefined : features(id)?.terms);
  const paragraphTable = buildParagraphTable(paragraphs.first, citableTerms, { df: counts.paragraphDf, averageLength: counts.paragraphAverageLength });
  return {
    articles: snapshot.articles,
    byId,
    articleOf: placed.articleOf,
    paragraphs: snapshot.paragraphs,
    sentences: placed.sentences,
    features,
    articleSentences: placed.articleSentences,
    termSet: memoised((id) => {
      const f = features(id);
      return f && new Set(f.terms);
    }),
    paragraphOf: paragraphs.paragraphOf,
    paragraphTable,
    articleParagraphs: new ArticleParagraphIndex(paragraphTable, paragraphs.byArticle),
    folded: memoised((id) => {
      const text = placed.sentences[id]?.text;
      return text === undefined ? "" : ` ${foldWords(text)} `;
    }),
    df: counts.df,
    citableCount: counts.citableCount,
    names: counts.names,
    articleFrequencies: articleFrequencies(placed.articleSentences, citableTerms, (id) => placed.sentences[id]?.boilerplate === undefined),
    statistics: counts,
    headlineTerms: snapshot.headlineTerms.map((t) => new Set(t)),
    aliases,
  };
}

/** A sentence's features by id, from the array or from its article's, decoded once when first asked for. */
function featuresById(given: CorpusSnapshot["features"], articleOf: Int32Array, articleSentences: readonly number[][]): (id: number) => SentenceFeatures | undefined {
  if (Array.isArray(given)) return (id) => given[id];
  const decoded: Array<SentenceFeatures[] | undefined> = [];
  return (id) => {
    const a = articleOf[id];
    if (a === undefined) return undefined;
    const list = (decoded[a] ??= given(a));
    return list[id - (articleSentences[a]?.[0] ?? 0)];
  };
}

/** Each sentence's article (checked to exist), each article's sentences, and sentence texts sliced from the bodies. */
function placeSentences(snapshot: CorpusSnapshot, byId: ReadonlyMap<string, number>) {
  const articleSentences: number[][] = snapshot.articles.map(() => []);
  const articleOf = new Int32Array(snapshot.sentences.length);
  const sentences = snapshot.sentences.map((s): Sentence => {
    const a = byId.get(s.articleId);
    const article = a === undefined ? undefined : snapshot.articles[a];
    if (a === undefined || !article) throw new Error(`snapshot sentence ${s.id} names unknown article ${s.articleId}`);
    articleSentences[a]?.push(s.id);
    articleOf[s.id] = a;
    return { ...s, text: article.body.slice(s.start, s.end) };
  });
  return { sentences, articleSentences, articleOf };
}

/** Paragraphs as documents: each sentence's paragraph, the first sentence of each (paragraphs are runs of sentences), and each article's paragraphs. */
function groupParagraphs(snapshot: CorpusSnapshot, articleOf: Int32Array) {
  const paragraphOf = new Int32Array(snapshot.sentences.length);
  const first: number[] = [];
  const byArticle: number[][] = snapshot.articles.map(() => []);
  let currentKey = "";
  for (const s of snapshot.sentences) {
    const key = `${s.articleId}:${s.paragraph}`;
    if (key !== currentKey) {
      currentKey = key;
      first.push(s.id);
      byArticle[articleOf[s.id] ?? 0]?.push(first.length - 1);
    }
    paragraphOf[s.id] = first.length - 1;
  }
  first.push(snapshot.sentences.length);
  return { paragraphOf, first: Int32Array.from(first), byArticle };
}

/** Inverse document frequency of a term over citable sentences (BM25 form, never negative). */
export function idf(model: CorpusModel, term: string): number {
  const n = model.df.get(term) ?? 0;
  return Math.log(1 + (model.citableCount - n + 0.5) / (n + 0.5));
}
