/**
 * Wire copy: several outlets carrying the same sentence, perhaps with a
 * different attribution tag ("he said" / "Putin said"). Such sentences are
 * shown once, with every outlet listed.
 */
/** Jaccard overlap of two sentences' term sets. */
export function termOverlap(x: ReadonlySet<string>, y: ReadonlySet<string>): number {
  if (x.size === 0 || y.size === 0) return 0;
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  let shared = 0;
  for (const t of small) if (large.has(t)) shared++;
  return shared / (x.size + y.size - shared);
}

/** Same sentence in substance: near-identical terms, and enough of them to mean something. */
export function isWireCopy(a: ReadonlySet<string>, b: ReadonlySet<string>, threshold: number): boolean {
  const small = Math.min(a.size, b.size);
  // The overlap is at most small/large: sets of very different sizes need no counting.
  return small >= 4 && small / Math.max(a.size, b.size) >= threshold && termOverlap(a, b) >= threshold;
}
