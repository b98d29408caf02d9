/**
 * BM25 of a candidate's paragraph for the question. Only the candidates'
 * paragraphs are ever scored, so a direct computation over per-paragraph
 * term counts is far cheaper than a second full index query.
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

/** Standard BM25 parameters; the measurements found them insensitive. */
const K1 = 1.2;
const B = 0.7;

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

export function paragraphBm25(table: ParagraphTable, paragraph: number, terms: readonly string[]): number {
  const p = table.paragraphs[paragraph];
  if (!p || p.length === 0) return 0;
  const n = table.paragraphs.length;
  let score = 0;
  for (const t of terms) {
    const f = p.tf.get(t);
    if (!f) continue;
    const d = table.df.get(t) ?? 0;
    const idf = Math.log(1 + (n - d + 0.5) / (d + 0.5));
    score += (idf * f * (K1 + 1)) / (f + K1 * (1 - B + (B * p.length) / (table.averageLength || 1)));
  }
  return score;
}
