/**
 * Each article's paragraphs as postings of their unit-length TF-IDF vectors,
 * with IDF over that article's paragraphs only: the statistics the paragraph
 * cosine (rank/paragraphCosine.ts) reads for every question.
 */
import type { ParagraphTable } from "./paragraphTable.js";

/** One article's paragraphs, as postings of their unit-length TF-IDF vectors. */
export interface ArticleParagraphs {
  /** Corpus-wide paragraph numbers (indexes into ParagraphTable.paragraphs). */
  paragraphs: number[];
  /** Per term of the article's citable text: its IDF there and its postings. */
  terms: Map<string, TermPostings>;
}

/** Parallel arrays, read in the hot loop of every question. */
export interface TermPostings {
  /** IDF over the article's paragraphs. */
  idf: number;
  /** The paragraphs holding the term (indexes into `paragraphs`), in order. */
  at: Int32Array;
  /** Each one's normalised TF-IDF weight of the term. */
  weight: Float64Array;
}

/** Sublinear term frequency: a word said five times is not five times as telling. */
const tfWeight = (f: number) => 1 + Math.log(f);

/**
 * Every article's paragraph postings, each built on first use: building all
 * of them takes tens of milliseconds, which a one-question CLI run or a bot
 * restart should not pay for articles it never ranks.
 */
export class ArticleParagraphIndex {
  private readonly built: Array<ArticleParagraphs | undefined>;

  constructor(
    private readonly table: ParagraphTable,
    private readonly paragraphsByArticle: ReadonlyArray<readonly number[]>,
  ) {
    this.built = paragraphsByArticle.map(() => undefined);
  }

  of(article: number): ArticleParagraphs | undefined {
    const paragraphs = this.paragraphsByArticle[article];
    if (!paragraphs) return undefined;
    return (this.built[article] ??= buildArticle(this.table, paragraphs));
  }
}

function buildArticle(table: ParagraphTable, paragraphs: readonly number[]): ArticleParagraphs {
  const tfs = paragraphs.map((p) => table.stats(p)?.tf ?? new Map<string, number>());
  const df = new Map<string, number>();
  for (const tf of tfs) for (const t of tf.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  // `filled` counts postings written so far; filling in paragraph order keeps them sorted.
  const terms = new Map<string, TermPostings & { filled: number }>();
  for (const [t, d] of df) terms.set(t, { idf: Math.log(1 + paragraphs.length / d), at: new Int32Array(d), weight: new Float64Array(d), filled: 0 });
  tfs.forEach((tf, i) => {
    const entries: Array<[TermPostings & { filled: number }, number]> = [];
    let sum = 0;
    for (const [t, f] of tf) {
      const entry = terms.get(t);
      if (!entry) continue;
      const w = tfWeight(f) * entry.idf;
      sum += w * w;
      entries.push([entry, w]);
    }
    const norm = Math.sqrt(sum);
    for (const [entry, w] of entries) {
      entry.at[entry.filled] = i;
      entry.weight[entry.filled] = norm > 0 ? w / norm : 0;
      entry.filled++;
    }
  });
  return { paragraphs: [...paragraphs], terms };
}
