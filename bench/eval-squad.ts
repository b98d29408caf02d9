/**
 * `npm run eval -- --squad FILE [--split all|fit|holdout] [--json]`
 * Answer quality over a SQuAD v1.1 file: each SQuAD article is one corpus
 * article and every question is asked against the whole corpus.
 */
import { parseArgs } from "node:util";
import { createEngine } from "../src/qa/index.js";
import { measure } from "./lib/measure.js";
import { readSquad } from "./lib/squad.js";

function main(): void {
  const { values } = parseArgs({ options: { squad: { type: "string" }, split: { type: "string", default: "all" }, json: { type: "boolean", default: false } } });
  if (!values.squad) throw new Error("--squad FILE is required (a SQuAD v1.1 JSON file)");
  if (!["all", "fit", "holdout"].includes(values.split)) throw new Error(`--split: expected all, fit or holdout, got "${values.split}"`);
  const set = readSquad(values.squad);
  const t0 = performance.now();
  const engine = createEngine(set.articles);
  const buildMs = performance.now() - t0;
  const splits = values.split === "all" ? (["all", "fit", "holdout"] as const) : ([values.split] as const);
  const results = Object.fromEntries(
    splits.map((split) => [split, measure(engine, split === "all" ? set.questions : set.questions.filter((q) => q.split === split))]),
  );
  if (values.json) {
    console.log(JSON.stringify(values.split === "all" ? { ...results.all, fit: results.fit, holdout: results.holdout } : results[values.split]));
    return;
  }
  console.log(`SQuAD file: ${values.squad}`);
  console.log(`corpus: ${set.articles.length} articles, ${engine.summary.sentences} citable sentences, built in ${buildMs.toFixed(0)} ms`);
  console.log("split      questions  hit@1   hit@3   hit@5   MRR@10  art@1   refused  p50ms   p95ms   p99ms   baseline hit@1");
  for (const [split, r] of Object.entries(results)) {
    if (!r) continue;
    const f = (x: number) => x.toFixed(3).padEnd(7);
    console.log(`${split.padEnd(10)} ${String(r.questions).padEnd(10)} ${f(r.hit1)} ${f(r.hit3)} ${f(r.hit5)} ${f(r.mrr10)} ${f(r.articleHit1)} ${f(r.refused)}  ${f(r.p50Ms)} ${f(r.p95Ms)} ${f(r.p99Ms)} ${f(r.baselineHit1)}`);
  }
  console.log("Weights are fitted on the fit split only; the holdout row is the honest figure.");
}

try {
  main();
} catch (e) {
  console.error(`eval: ${(e as Error).message}`);
  process.exitCode = 1;
}
