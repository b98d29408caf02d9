/**
 * Child process of bench/speed.ts: open a corpus (cold or warm cache), then
 * optionally answer every question of a file; print one JSON line of figures.
 * Run in its own process so start-up and peak memory are measured cleanly.
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { openEngine } from "../../src/qa/index.js";
import { percentile } from "./squad.js";

const { values } = parseArgs({ options: { corpus: { type: "string" }, cache: { type: "string" }, questions: { type: "string" }, meaning: { type: "boolean", default: false } } });
if (!values.corpus || !values.cache) throw new Error("--corpus and --cache are required");
const engine = await openEngine({ corpusDir: values.corpus, cacheDir: values.cache, meaning: values.meaning, keepAlive: true });
const readyMs = performance.now();
const out: Record<string, number | boolean> = { openMs: engine.loadInfo.ms, readyMs, fromCache: engine.loadInfo.fromCache };
if (values.meaning) {
  // The engine serves from readyMs on; this is when every article also has its sentence vectors.
  const fill = await engine.loadInfo.meaning?.ready;
  if (fill?.error) throw new Error(`sentence vectors: ${fill.error}`);
  Object.assign(out, { vectorsMs: performance.now(), vectorsEncoded: fill?.encoded ?? 0, vectorsFromCache: fill?.fromCache ?? 0 });
}
if (values.questions) {
  const questions = readFileSync(values.questions, "utf8").split("\n").filter((q) => q.trim() !== "");
  for (const q of questions.slice(0, 200)) engine.ask(q); // warm the JIT
  const times: number[] = [];
  for (const q of questions) {
    const t0 = performance.now();
    engine.ask(q);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  Object.assign(out, { questions: times.length, p50Ms: percentile(times, 50), p95Ms: percentile(times, 95), p99Ms: percentile(times, 99) });
  if (values.meaning) {
    // The whole answer as the bot gives it: the question encoded, then ranked with sentence meaning.
    const timed = questions.slice(0, 1000);
    for (const q of timed.slice(0, 50)) await engine.answer(q);
    const whole: number[] = [];
    for (const q of timed) {
      const t0 = performance.now();
      await engine.answer(q);
      whole.push(performance.now() - t0);
    }
    whole.sort((a, b) => a - b);
    Object.assign(out, { meaningQuestions: whole.length, meaningP50Ms: percentile(whole, 50), meaningP95Ms: percentile(whole, 95), meaningP99Ms: percentile(whole, 99) });
  }
}
out.peakRssMb = process.resourceUsage().maxRSS / 1024;
console.log(JSON.stringify(out));
