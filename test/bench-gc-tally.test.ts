/**
 * The bot benchmark's tally of garbage collections in the bot's thread:
 * short-lived garbage must show as young-generation collections with time
 * spent, and a reset must start the count again from nothing.
 */
import { describe, expect, it } from "vitest";
import { tallyGc } from "../bench/lib/gc-tally.js";

/** About `mb` megabytes of objects that die at once: enough to fill the young generation several times. */
function makeGarbage(mb: number): number {
  // Held in a small ring, so the compiler cannot prove the objects unused and skip allocating them.
  const ring: unknown[] = new Array(64);
  for (let i = 0; i < mb * 16_000; i++) ring[i % ring.length] = { index: i, text: `garbage ${i}`, list: [i, i + 1, i + 2] };
  return ring.length;
}

/** perf_hooks delivers entries after the collection, on a later turn of the event loop. */
const delivered = () => new Promise((resolve) => setTimeout(resolve, 50));

describe("tallyGc", () => {
  it("counts the scavenges garbage causes, and starts again on reset", async () => {
    const tally = tallyGc();
    try {
      makeGarbage(200);
      await delivered();
      const counted = tally.read();
      expect(counted.minor).toBeGreaterThan(0);
      expect(counted.ms).toBeGreaterThan(0);
      expect(counted.longestMs).toBeGreaterThan(0);
      expect(counted.longestMs).toBeLessThanOrEqual(counted.ms);

      tally.reset();
      const afresh = tally.read();
      expect({ ...afresh, oldGrowth: 0 }).toEqual({ ms: 0, minor: 0, major: 0, longestMs: 0, oldGrowth: 0 });
      // Nothing allocated since the reset but the reading itself.
      expect(Math.abs(afresh.oldGrowth)).toBeLessThan(1 << 20);
    } finally {
      tally.stop();
    }
  });

  it("sees what survives the young generation as old-generation growth", async () => {
    const tally = tallyGc();
    try {
      tally.reset();
      // Kept across the scavenges the garbage causes, so they are promoted.
      const kept = Array.from({ length: 200_000 }, (_, i) => ({ i, text: `kept ${i}` }));
      makeGarbage(200);
      await delivered();
      const { oldGrowth, minor } = tally.read();
      expect(minor).toBeGreaterThan(1);
      expect(oldGrowth).toBeGreaterThan(5 * (1 << 20));
      expect(kept).toHaveLength(200_000);
    } finally {
      tally.stop();
    }
  });

  it("stops counting once stopped", async () => {
    const tally = tallyGc();
    tally.stop();
    makeGarbage(200);
    await delivered();
    expect(tally.read().minor).toBe(0);
  });
});
