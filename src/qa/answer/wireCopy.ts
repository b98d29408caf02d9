/**
 * Wire copy: several outlets carrying the same sentence, perhaps with a
 * different attribution tag ("he said" / "Putin said"). Such sentences are
 * shown once, with every outlet listed.
 */
import type { SentenceFeatures } from "../corpus/segment.js";

/** Jaccard overlap of the two sentences' term sets. */
export function termOverlap(a: SentenceFeatures, b: SentenceFeatures): number {
  const x = new Set(a.terms);
  const y = new Set(b.terms);
  if (x.size === 0 || y.size === 0) return 0;
  let shared = 0;
  for (const t of x) if (y.has(t)) shared++;
  return shared / (x.size + y.size - shared);
}

/** Same sentence in substance: near-identical terms, and enough of them to mean something. */
export function isWireCopy(a: SentenceFeatures, b: SentenceFeatures, threshold: number): boolean {
  return Math.min(new Set(a.terms).size, new Set(b.terms).size) >= 4 && termOverlap(a, b) >= threshold;
}
