/**
 * Term statistics of every paragraph's citable text, built with the corpus
 * model: the counts paragraph BM25 (rank/paragraphScore.ts) and the
 * per-article paragraph postings (corpus/articleParagraphs.ts) read. Only
 * the corpus-wide figures are kept; a paragraph's own counts are made from
 * its sentences' terms when asked, since only candidates' paragraphs ever are.
 */
import { memoised } from "./memo.js";

/** Term counts of one paragraph's citable text. */
export interface ParagraphStats {
  tf: Map<string, number>;
  length: number;
}

/** Corpus-wide paragraph statistics for BM25. */
export interface ParagraphTable {
  /** Number of paragraphs. */
  count: number;
  /** Term counts of paragraph `p`, made from its sentences' terms; undefined past the last paragraph. */
  stats(p: number): ParagraphStats | undefined;
  df: Map<string, number>;
  averageLength: number;
}

/**
 * `first[p]` is paragraph p's first sentence and `first[count]` one past the
 * last; `termsOf(id)` a sentence's terms, undefined when it is not citable.
 * The corpus-wide counts come from the corpus statistics (statistics.ts).
 */
export function buildParagraphTable(
  first: Int32Array,
  termsOf: (sentence: number) => readonly string[] | undefined,
  counts: { df: Map<string, number>; averageLength: number },
): ParagraphTable {
  const count = Math.max(0, first.length - 1);
  const stats = memoised((p: number): ParagraphStats | undefined => {
    if (p < 0 || p >= count) return undefined;
    const tf = new Map<string, number>();
    let length = 0;
    for (let s = first[p] as number; s < (first[p + 1] as number); s++) {
      const terms = termsOf(s);
      if (!terms) continue;
      for (const t of terms) tf.set(t, (tf.get(t) ?? 0) + 1);
      length += terms.length;
    }
    return { tf, length };
  });
  return { count, stats, df: counts.df, averageLength: counts.averageLength };
}
