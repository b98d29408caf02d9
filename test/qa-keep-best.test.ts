/** keepBest (search/keepBest.ts) gives what a stable sort of the stream and its first k give, ties in order of arrival. */
import { describe, expect, it } from "vitest";
import { keepBest } from "../src/qa/search/keepBest.js";

describe("keepBest", () => {
  it("matches a stable sort's first k, for any k, with ties kept in order of arrival", () => {
    // Scores with many ties; the arrival number tells tied items apart.
    const stream = Array.from({ length: 60 }, (_, i) => ({ i, score: (i * 37) % 11 }));
    const before = (x: { score: number }, y: { score: number }) => x.score > y.score;
    for (const k of [0, 1, 3, 10, 59, 60, 100]) {
      const best: Array<{ i: number; score: number }> = [];
      for (const item of stream) keepBest(best, item, k, before);
      const sorted = [...stream].sort((x, y) => y.score - x.score).slice(0, Math.max(0, k));
      expect(best.map((x) => x.i), `k=${k}`).toEqual(sorted.map((x) => x.i));
    }
  });
});
