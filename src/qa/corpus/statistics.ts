/**
 * Corpus-wide term statistics: how many citable sentences and paragraphs
 * hold each term, the terms written as names, the paragraphs' average
 * length. Counting them walks every term of every sentence (about a third of
 * a warm start at 100,000 sentences), yet they depend on nothing but the
 * corpus, so the cache keeps them (StatisticsPlain) and a start restored from
 * it counts nothing. Each article's own frequencies are counted when a
 * question first reads them: a question reads a few articles', not all.
 */
import type { Sentence } from "../types.js";
import type { SentenceFeatures } from "./segment.js";

/** Terms the model's lookups count over: a sentence's, when it is citable. */
export type CitableTerms = (sentence: number) => readonly string[] | undefined;

/** The corpus-wide counts the model serves. */
export interface CorpusStatistics {
  /** Number of citable sentences containing each term. */
  df: Map<string, number>;
  /** Number of paragraphs whose citable text contains each term. */
  paragraphDf: Map<string, number>;
  /** Average number of citable terms in a paragraph. */
  paragraphAverageLength: number;
  citableCount: number;
  /** Terms the corpus writes as names somewhere. */
  names: Set<string>;
}

/** The statistics as the cache writes them: one line, the two counts of each term side by side. */
export interface StatisticsPlain {
  version: 1;
  citableCount: number;
  paragraphAverageLength: number;
  terms: string[];
  df: number[];
  paragraphDf: number[];
  names: string[];
}

/**
 * Count the statistics. `paragraphFirst[p]` is paragraph p's first sentence
 * and its last entry one past the last sentence.
 */
export function countStatistics(
  sentences: ReadonlyArray<Pick<Sentence, "id" | "boilerplate">>,
  features: (id: number) => SentenceFeatures | undefined,
  paragraphFirst: Int32Array,
): CorpusStatistics {
  const df = new Map<string, number>();
  const names = new Set<string>();
  const own = new Set<string>();
  let citableCount = 0;
  for (const s of sentences) {
    const f = features(s.id);
    if (s.boilerplate || !f) continue;
    citableCount++;
    for (const t of f.proper) names.add(t);
    own.clear();
    for (const t of f.terms) own.add(t);
    for (const t of own) df.set(t, (df.get(t) ?? 0) + 1);
  }
  const termsOf: CitableTerms = (id) => (sentences[id]?.boilerplate ? undefined : features(id)?.terms);
  const paragraphDf = new Map<string, number>();
  const count = Math.max(0, paragraphFirst.length - 1);
  let total = 0;
  for (let p = 0; p < count; p++) {
    own.clear();
    for (let s = paragraphFirst[p] as number; s < (paragraphFirst[p + 1] as number); s++) {
      const terms = termsOf(s);
      if (!terms) continue;
      for (const t of terms) own.add(t);
      total += terms.length;
    }
    for (const t of own) paragraphDf.set(t, (paragraphDf.get(t) ?? 0) + 1);
  }
  return { df, paragraphDf, paragraphAverageLength: count > 0 ? total / count : 0, citableCount, names };
}

/** The statistics as one plain value for the cache. */
export function statisticsToPlain(s: CorpusStatistics): StatisticsPlain {
  // Both counts run over the same citable terms; a term counted in one only is still written (with a 0).
  const terms = [...new Set([...s.df.keys(), ...s.paragraphDf.keys()])];
  return {
    version: 1,
    citableCount: s.citableCount,
    paragraphAverageLength: s.paragraphAverageLength,
    terms,
    df: terms.map((t) => s.df.get(t) ?? 0),
    paragraphDf: terms.map((t) => s.paragraphDf.get(t) ?? 0),
    names: [...s.names],
  };
}

const isCount = (x: unknown) => Number.isInteger(x) && (x as number) >= 0;

/** The statistics from the cache's line, or undefined when it is not of that shape (the cache is then rebuilt). */
export function statisticsFromPlain(x: unknown): CorpusStatistics | undefined {
  const p = x as Partial<StatisticsPlain> | null;
  if (typeof p !== "object" || p === null || p.version !== 1 || !isCount(p.citableCount) || typeof p.paragraphAverageLength !== "number") return undefined;
  const { terms, df: dfs, paragraphDf: pdfs, names } = p;
  if (!Array.isArray(terms) || !Array.isArray(dfs) || !Array.isArray(pdfs) || !Array.isArray(names)) return undefined;
  if (dfs.length !== terms.length || pdfs.length !== terms.length) return undefined;
  const df = new Map<string, number>();
  const paragraphDf = new Map<string, number>();
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i];
    const d = dfs[i] as unknown;
    const pd = pdfs[i] as unknown;
    if (typeof t !== "string" || typeof d !== "number" || typeof pd !== "number" || !isCount(d) || !isCount(pd)) return undefined;
    if (d > 0) df.set(t, d);
    if (pd > 0) paragraphDf.set(t, pd);
  }
  for (const n of names) if (typeof n !== "string") return undefined;
  return { df, paragraphDf, paragraphAverageLength: p.paragraphAverageLength, citableCount: p.citableCount as number, names: new Set(names as string[]) };
}

/** How many of one article's citable sentences hold each term, and how many it has. */
export interface ArticleFrequencies {
  readonly df: Map<string, number>;
  readonly sentences: number;
}

/** One article's frequencies, counted on first read and then kept. */
class CountedOnRead implements ArticleFrequencies {
  private counted: Map<string, number> | undefined;

  constructor(
    private readonly ids: readonly number[],
    private readonly termsOf: CitableTerms,
    readonly sentences: number,
  ) {}

  get df(): Map<string, number> {
    if (this.counted) return this.counted;
    const df = new Map<string, number>();
    const own = new Set<string>();
    for (const id of this.ids) {
      const terms = this.termsOf(id);
      if (!terms) continue;
      own.clear();
      for (const t of terms) own.add(t);
      for (const t of own) df.set(t, (df.get(t) ?? 0) + 1);
    }
    this.counted = df;
    return df;
  }
}

/**
 * Each article's frequencies over its sentences `articleSentences[a]`,
 * counted when first read; `citable(id)` says whether a sentence counts
 * without reading its terms (which may not be decoded yet).
 */
export function articleFrequencies(articleSentences: ReadonlyArray<readonly number[]>, termsOf: CitableTerms, citable: (id: number) => boolean): ArticleFrequencies[] {
  return articleSentences.map((ids) => new CountedOnRead(ids, termsOf, ids.reduce((n, id) => n + (citable(id) ? 1 : 0), 0)));
}
