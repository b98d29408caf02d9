/**
 * BM25 of a candidate's paragraph for the question. Only the candidates'
 * paragraphs are ever scored, so a direct computation over per-paragraph
 * term counts is far cheaper than a second full index query.
 */
import type { ParagraphTable } from "../corpus/paragraphTable.js";

/** Standard BM25 parameters; the measurements found them insensitive. */
const K1 = 1.2;
const B = 0.7;

/** Each term's IDF over paragraphs, for scoring several paragraphs against one question. */
export function paragraphIdfs(table: ParagraphTable, terms: readonly string[]): number[] {
  const n = table.count;
  return terms.map((t) => {
    const d = table.df.get(t) ?? 0;
    return Math.log(1 + (n - d + 0.5) / (d + 0.5));
  });
}

export function paragraphBm25(table: ParagraphTable, paragraph: number, terms: readonly string[], idfs: readonly number[] = paragraphIdfs(table, terms)): number {
  const p = table.stats(paragraph);
  if (!p || p.length === 0) return 0;
  let score = 0;
  for (let i = 0; i < terms.length; i++) {
    const f = p.tf.get(terms[i] as string);
    if (!f) continue;
    score += ((idfs[i] as number) * f * (K1 + 1)) / (f + K1 * (1 - B + (B * p.length) / (table.averageLength || 1)));
  }
  return score;
}
