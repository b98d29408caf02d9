/**
 * Each article's paragraphs with the length of their TF-IDF vectors, IDF
 * taken over that article's paragraphs only: the one figure of a paragraph
 * the paragraph cosine (rank/paragraphCosine.ts) needs beyond the question's
 * own terms, which it finds through the sentence index. A length depends on
 * every term of the paragraph, so it is counted once per article, on first
 * use, and kept: eight bytes a paragraph. Whole per-article postings kept
 * instead had to be evicted to bound the heap, and at 100,000 sentences were
 * rebuilt for most questions (a third of an answer's time).
 */
import type { ParagraphTable } from "./paragraphTable.js";

/** Sublinear term frequency: a word said five times is not five times as telling. */
export const tfWeight = (f: number) => 1 + Math.log(f);

/** A term's IDF over the `paragraphs` of one article, `df` of which hold it. */
export const localIdf = (paragraphs: number, df: number) => Math.log(1 + paragraphs / df);

/** What is kept of one article's paragraphs. */
export interface ParagraphLengths {
  /** The length of each paragraph's TF-IDF vector, by place in the article's paragraphs. */
  norms: Float64Array;
  /** Whether every term of its citable text is one non-empty word, as the sentence index splits them (then its counts are the terms'). */
  plainTerms: boolean;
}

export class ArticleParagraphIndex {
  private readonly kept: Array<ParagraphLengths | undefined> = [];

  constructor(
    private readonly table: ParagraphTable,
    private readonly paragraphsByArticle: ReadonlyArray<readonly number[]>,
  ) {}

  /** An article's corpus-wide paragraph numbers (consecutive), in reading order. */
  paragraphs(article: number): readonly number[] | undefined {
    return this.paragraphsByArticle[article];
  }

  /** An article's paragraph vector lengths, counted on first use. */
  lengths(article: number): ParagraphLengths | undefined {
    const paragraphs = this.paragraphsByArticle[article];
    if (!paragraphs) return undefined;
    return (this.kept[article] ??= lengthsOf(this.table, paragraphs));
  }
}

function lengthsOf(table: ParagraphTable, paragraphs: readonly number[]): ParagraphLengths {
  const tfs = paragraphs.map((p) => table.stats(p)?.tf ?? new Map<string, number>());
  const df = new Map<string, number>();
  for (const tf of tfs) for (const t of tf.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  let plainTerms = true;
  for (const t of df.keys()) if (t === "" || t.includes(" ")) plainTerms = false;
  // Summed in each paragraph's own term order, so every length is the same to the bit whoever counts it.
  const norms = Float64Array.from(tfs, (tf) => {
    let sum = 0;
    for (const [t, f] of tf) {
      const w = tfWeight(f) * localIdf(paragraphs.length, df.get(t) as number);
      sum += w * w;
    }
    return Math.sqrt(sum);
  });
  return { norms, plainTerms };
}
