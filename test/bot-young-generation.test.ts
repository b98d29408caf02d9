/**
 * The bot's young generation is one size wherever the bot runs: `npm start`
 * passes the flag, and a worker thread given YOUNG_GENERATION_LIMITS gets
 * semi-spaces of that size (what the load benchmarks and answer threads use).
 */
import { readFileSync } from "node:fs";
import { once } from "node:events";
import { Worker } from "node:worker_threads";
import { describe, expect, it } from "vitest";
import { BOT_DEFAULTS } from "../src/bot/options.js";
import { SEMI_SPACE_FLAG, YOUNG_GENERATION_LIMITS } from "../src/bot/young-generation.js";

/**
 * In a worker with `limits`: the new space's size in MB once enough survives
 * scavenges to grow it as far as V8 lets it (two semi-spaces).
 */
async function grownNewSpaceMb(limits: Worker["resourceLimits"] | undefined): Promise<number> {
  const code = `
    const v8 = require("node:v8");
    const { parentPort } = require("node:worker_threads");
    let kept = [];
    let grown = 0;
    for (let i = 0; i < 6_000_000; i++) {
      kept.push({ i, text: "survivor " + i });
      if (kept.length > 400_000) kept = [];
      if (i % 100_000 === 0) grown = Math.max(grown, v8.getHeapSpaceStatistics().find((s) => s.space_name === "new_space").space_size);
    }
    parentPort.postMessage(grown / 1048576);
  `;
  const worker = new Worker(code, { eval: true, ...(limits ? { resourceLimits: limits } : {}) });
  const [mb] = (await once(worker, "message")) as [number];
  await worker.terminate();
  return mb;
}

describe("young generation", () => {
  it("npm start runs the bot with the semi-space flag", () => {
    const scripts = (JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { scripts: Record<string, string> }).scripts;
    expect(scripts.start).toBe(`node ${SEMI_SPACE_FLAG} --import tsx src/bot/main.ts`);
    expect(SEMI_SPACE_FLAG).toBe(`--max-semi-space-size=${BOT_DEFAULTS.semiSpaceMb}`);
  });

  it("a worker given the limits grows semi-spaces of the same size, and no larger", async () => {
    expect(await grownNewSpaceMb(YOUNG_GENERATION_LIMITS)).toBe(2 * BOT_DEFAULTS.semiSpaceMb);
  }, 30_000);
});
