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
      expect(tally.read()).toEqual({ ms: 0, minor: 0, major: 0, longestMs: 0 });
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
