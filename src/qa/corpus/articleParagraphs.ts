/**
 * Each article's paragraphs as postings of their unit-length TF-IDF vectors,
 * with IDF over that article's paragraphs only: the statistics the paragraph
 * cosine (rank/paragraphCosine.ts) reads for every question. An article's
 * postings are flat typed arrays (a term is a number into them), built on
 * first use and kept for the most recently used articles only: typed arrays
 * per term, kept for every article a question had touched, were most of a
 * serving engine's heap.
 */
import { memoised } from "./memo.js";
import type { ParagraphTable } from "./paragraphTable.js";

/** One article's paragraphs, as postings of their unit-length TF-IDF vectors. */
export interface ArticleParagraphs {
  /** Corpus-wide paragraph numbers (for ParagraphTable.stats). */
  paragraphs: number[];
  /** Each term of the article's citable text, numbered. */
  terms: Map<string, number>;
  /** IDF of term t over the article's paragraphs. */
  idf: Float64Array;
  /** Term t's postings are `[from[t], from[t + 1])` of `at` and `weight`. */
  from: Int32Array;
  /** The paragraphs holding each term (indexes into `paragraphs`), in order. */
  at: Int32Array;
  /** Each one's normalised TF-IDF weight of the term. */
  weight: Float64Array;
}

/** Sublinear term frequency: a word said five times is not five times as telling. */
const tfWeight = (f: number) => 1 + Math.log(f);

/** Articles whose postings are kept: the leading stories of many questions in a row. */
const KEPT_ARTICLES = 256;

/**
 * Every article's paragraph postings, each built on first use: building all
 * of them takes tens of milliseconds, which a one-question CLI run or a bot
 * restart should not pay for articles it never ranks.
 */
export class ArticleParagraphIndex {
  readonly of: (article: number) => ArticleParagraphs | undefined;

  constructor(table: ParagraphTable, paragraphsByArticle: ReadonlyArray<readonly number[]>) {
    this.of = memoised((article) => {
      const paragraphs = paragraphsByArticle[article];
      return paragraphs && buildArticle(table, paragraphs);
    }, KEPT_ARTICLES);
  }
}

function buildArticle(table: ParagraphTable, paragraphs: readonly number[]): ArticleParagraphs {
  const tfs = paragraphs.map((p) => table.stats(p)?.tf ?? new Map<string, number>());
  const terms = new Map<string, number>();
  const df: number[] = [];
  for (const tf of tfs) {
    for (const t of tf.keys()) {
      const n = terms.get(t);
      if (n === undefined) {
        terms.set(t, df.length);
        df.push(1);
      } else df[n] = (df[n] as number) + 1;
    }
  }
  const idf = Float64Array.from(df, (d) => Math.log(1 + paragraphs.length / d));
  const from = new Int32Array(df.length + 1);
  for (let t = 0; t < df.length; t++) from[t + 1] = (from[t] as number) + (df[t] as number);
  const at = new Int32Array(from[df.length] as number);
  const weight = new Float64Array(at.length);
  // `filled[t]` counts term t's postings written so far; filling in paragraph order keeps them sorted.
  const filled = from.slice(0, df.length);
  tfs.forEach((tf, i) => {
    const entries: Array<[number, number]> = [];
    let sum = 0;
    for (const [term, f] of tf) {
      const t = terms.get(term) as number;
      const w = tfWeight(f) * (idf[t] as number);
      sum += w * w;
      entries.push([t, w]);
    }
    const norm = Math.sqrt(sum);
    for (const [t, w] of entries) {
      const k = filled[t] as number;
      at[k] = i;
      weight[k] = norm > 0 ? w / norm : 0;
      filled[t] = k + 1;
    }
  });
  return { paragraphs: [...paragraphs], terms, idf, from, at, weight };
}
