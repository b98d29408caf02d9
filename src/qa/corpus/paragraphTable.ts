/**
 * Term statistics of every paragraph's citable text, built with the corpus
 * model: the counts paragraph BM25 (rank/paragraphScore.ts) and the
 * per-article paragraph postings (corpus/articleParagraphs.ts) read.
 */

/** Term counts of one paragraph's citable text. */
export interface ParagraphStats {
  tf: Map<string, number>;
  length: number;
}

/** Corpus-wide paragraph statistics for BM25. */
export interface ParagraphTable {
  paragraphs: ParagraphStats[];
  df: Map<string, number>;
  averageLength: number;
}

export function buildParagraphTable(paragraphTerms: ReadonlyArray<readonly string[]>): ParagraphTable {
  const df = new Map<string, number>();
  let total = 0;
  const paragraphs = paragraphTerms.map((terms) => {
    const tf = new Map<string, number>();
    for (const t of terms) tf.set(t, (tf.get(t) ?? 0) + 1);
    for (const t of tf.keys()) df.set(t, (df.get(t) ?? 0) + 1);
    total += terms.length;
    return { tf, length: terms.length };
  });
  return { paragraphs, df, averageLength: paragraphs.length > 0 ? total / paragraphs.length : 0 };
}
