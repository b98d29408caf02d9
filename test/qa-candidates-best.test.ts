/**
 * A lead article's best sentences by article-local share are taken by a
 * bounded selection instead of sorting every match: it must pick exactly
 * what sorting them all (share descending, then id) and taking the first k
 * picks, leaving out shares of zero and sentences already taken.
 */
import { describe, expect, it } from "vitest";
import { bestShares } from "../src/qa/answer/candidates.js";
import type { IndexHit } from "../src/qa/search/sentenceIndex.js";

function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function bySorting(hits: readonly IndexHit[], share: (h: IndexHit) => number, k: number, taken: ReadonlySet<number>): number[] {
  return hits
    .map((h) => ({ id: h.id, share: share(h) }))
    .filter((x) => x.share > 0 && !taken.has(x.id))
    .sort((x, y) => y.share - x.share || x.id - y.id)
    .slice(0, k)
    .map((x) => x.id);
}

describe("bestShares", () => {
  it("picks what a full sort picks, ties broken by id, for any k", () => {
    const random = prng(11);
    for (let round = 0; round < 200; round++) {
      // Shares from a few values, so ties are common; some zero. Ids in no particular order.
      const hits: IndexHit[] = Array.from({ length: Math.floor(random() * 40) }, () => ({ id: Math.floor(random() * 1000), score: random(), matched: [] })).filter(
        (h, i, all) => all.findIndex((o) => o.id === h.id) === i,
      );
      const shares = new Map(hits.map((h) => [h.id, Math.floor(random() * 5) / 4] as const));
      const share = (h: IndexHit) => shares.get(h.id) ?? 0;
      const taken = new Set(hits.filter(() => random() < 0.2).map((h) => h.id));
      for (const k of [0, 1, 5, 100]) expect(bestShares(hits, share, k, taken).map((h) => h.id)).toEqual(bySorting(hits, share, k, taken));
    }
  });

  it("returns the hits themselves, with their scores", () => {
    const hits: IndexHit[] = [
      { id: 3, score: 1.5, matched: ["a"] },
      { id: 1, score: 2.5, matched: ["b"] },
    ];
    expect(bestShares(hits, (h) => (h.id === 3 ? 0.9 : 0.1), 1, new Set())).toEqual([hits[0]]);
  });
});
