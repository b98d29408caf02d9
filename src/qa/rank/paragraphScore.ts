/**
 * BM25 of a candidate's paragraph for the question. Only the candidates'
 * paragraphs are ever scored, so a direct computation over per-paragraph
 * term counts is far cheaper than a second full index query.
 */
import type { ParagraphTable } from "../corpus/paragraphTable.js";

/** Standard BM25 parameters; the measurements found them insensitive. */
const K1 = 1.2;
const B = 0.7;

export function paragraphBm25(table: ParagraphTable, paragraph: number, terms: readonly string[]): number {
  const p = table.stats(paragraph);
  if (!p || p.length === 0) return 0;
  const n = table.count;
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
