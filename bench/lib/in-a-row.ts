/**
 * What a bot answering on one thread with N questions in flight waits at the
 * least: each answer comes after the N - 1 before it, so its wait is the sum
 * of N answer times in a row. The engine alone, in this process, answers the
 * warm-up questions, then the measured ones in their order, one at a time;
 * the sums over every N in a row give the floor under the bot's percentiles
 * (Discord's side, rendering and the machine's other work come on top).
 * Questions come in runs that cost alike (SQuAD's by article), so the p99 of
 * the sums is well above N times the mean.
 */
import { openEngine } from "../../src/qa/index.js";
import { percentile } from "./squad.js";

export interface InARowOptions {
  corpusDir: string;
  cacheDir: string;
  meaning: boolean;
  warmUp: readonly string[];
  measured: readonly string[];
  /** Questions in flight. */
  window: number;
}

export interface InARow {
  /** Mean answer time, ms. */
  meanMs: number;
  /** Sums of `window` answer times in a row, ms. */
  p50Ms: number;
  p99Ms: number;
}

export async function inARow(options: InARowOptions): Promise<InARow> {
  const engine = await openEngine({ corpusDir: options.corpusDir, cacheDir: options.cacheDir, meaning: options.meaning, keepAlive: true });
  await engine.loadInfo.meaning?.ready;
  // As the bot asks: the first page, nothing suppressed.
  const ask = (question: string) => engine.answer(question, { limit: 3, offset: 0, suppressed: new Set() });
  for (const question of options.warmUp) await ask(question);
  const times: number[] = [];
  for (const question of options.measured) {
    const started = performance.now();
    await ask(question);
    times.push(performance.now() - started);
  }
  await engine.close();
  const sums: number[] = [];
  let sum = 0;
  times.forEach((ms, i) => {
    sum += ms - (i >= options.window ? (times[i - options.window] as number) : 0);
    if (i >= options.window - 1) sums.push(sum);
  });
  sums.sort((a, b) => a - b);
  return { meanMs: times.reduce((a, b) => a + b, 0) / (times.length || 1), p50Ms: percentile(sums, 50), p99Ms: percentile(sums, 99) };
}
