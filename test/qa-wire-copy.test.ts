/**
 * Wire copies are found by the Jaccard overlap of two sentences' term sets.
 * isWireCopy skips the count when the sets' sizes alone rule the overlap
 * out (it is at most small/large): its verdict must be exactly the plain
 * definition's, at the threshold too.
 */
import { describe, expect, it } from "vitest";
import { isWireCopy, termOverlap } from "../src/qa/answer/wireCopy.js";

function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const plainOverlap = (x: ReadonlySet<string>, y: ReadonlySet<string>) => {
  const shared = [...x].filter((t) => y.has(t)).length;
  return x.size === 0 || y.size === 0 ? 0 : shared / new Set([...x, ...y]).size;
};

describe("wire copies", () => {
  it("termOverlap is the Jaccard overlap, whichever set is larger", () => {
    const a = new Set(["putin", "said", "missil", "dnipro"]);
    const b = new Set(["putin", "said", "missil", "dnipro", "strike", "novemb"]);
    expect(termOverlap(a, b)).toBe(4 / 6);
    expect(termOverlap(b, a)).toBe(4 / 6);
    expect(termOverlap(a, new Set())).toBe(0);
  });

  it("isWireCopy agrees with the plain definition on random sets, sizes near the bound included", () => {
    const random = prng(5);
    const words = Array.from({ length: 30 }, (_, i) => `t${i}`);
    const pick = (n: number) => new Set(Array.from({ length: n }, () => words[Math.floor(random() * words.length)] as string));
    for (let i = 0; i < 3000; i++) {
      const a = pick(1 + Math.floor(random() * 14));
      const b = random() < 0.5 ? new Set([...a, ...pick(Math.floor(random() * 4))]) : pick(1 + Math.floor(random() * 14));
      for (const threshold of [0.5, 0.75, 0.8, 0.9, 4 / 5]) {
        const plain = Math.min(a.size, b.size) >= 4 && plainOverlap(a, b) >= threshold;
        expect(isWireCopy(a, b, threshold)).toBe(plain);
      }
    }
  });

  it("a copy with an attribution tag added is a copy; a sentence with twice the terms is not", () => {
    const lead = new Set(["oreshnik", "missil", "first", "use", "dnipro", "novemb"]);
    expect(isWireCopy(lead, new Set([...lead, "putin"]), 0.8)).toBe(true);
    expect(isWireCopy(lead, new Set([...lead, "a1", "a2", "a3", "a4", "a5", "a6"]), 0.8)).toBe(false);
  });
});
