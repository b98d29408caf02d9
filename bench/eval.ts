/**
 * Answer quality.
 *   npm run eval -- --qa FILE --corpus DIR [--json] [--misses] [--lexical]
 *     a question set in the qa.json format (bench/lib/qaset.ts) over a corpus directory;
 *   npm run eval -- --qa FILE --corpus DIR --subsets 1,2,4,8,16 [--trials N] [--json] [--lexical]
 *   npm run eval -- --qa FILE --corpus DIR --subsets 1 --trials all   (every article alone)
 *     the same over random subsets of the corpus of those sizes (bench/lib/subsets.ts);
 *   npm run eval -- --squad FILE [--split all|fit|holdout] [--json] [--lexical]
 *     SQuAD v1.1: each SQuAD article is one corpus article and every question is
 *     asked against the whole corpus.
 * Questions are answered as the bot answers them (engine.answer, with sentence
 * meaning once every article has its vectors; cached under .cache/vectors);
 * --lexical answers by words alone.
 */
import { parseArgs } from "node:util";
import path from "node:path";
import { createEngine, DEFAULT_CACHE_DIR, openEngine } from "../src/qa/index.js";
import { attachMeaning, engineInternals } from "../src/qa/engine.js";
import { Meaning } from "../src/qa/meaning.js";
import { measure } from "./lib/measure.js";
import { measureQa, type QaFigures, type QaMiss } from "./lib/measure-qa.js";
import { readQaSet } from "./lib/qaset.js";
import { readSquad } from "./lib/squad.js";
import { measureSubsets, type SubsetRow } from "./lib/subsets.js";

const f3 = (x: number) => x.toFixed(3);

function printQa(file: string, corpus: string, sentences: number, r: QaFigures): void {
  console.log(`questions: ${file}  corpus: ${corpus} (${sentences} citable sentences)`);
  console.log(`answerable ${r.answerable}: hit@1 ${f3(r.hit1)}  hit@3 ${f3(r.hit3)}  hit@5 ${f3(r.hit5)}  MRR@10 ${f3(r.mrr10)}  article@1 ${f3(r.articleHit1)}`);
  console.log(`  answered not-found: ${r.notFound} (${f3(r.notFoundShare)})   high confidence: ${f3(r.highShare)} of answerable, ${f3(r.highPrecision)} of them hit`);
  for (const [kind, o] of Object.entries(r.unanswerable)) {
    console.log(`unanswerable ${kind.padEnd(12)} not-found ${o["not-found"]}  low ${o.low}  high ${o.high}`);
  }
  console.log(`latency ms: p50 ${f3(r.p50Ms)}  p95 ${f3(r.p95Ms)}  p99 ${f3(r.p99Ms)}`);
  console.log(`baseline (plain minisearch, same sentences, never refuses): hit@1 ${f3(r.baseline.hit1)}  hit@3 ${f3(r.baseline.hit3)}  hit@5 ${f3(r.baseline.hit5)}`);
}

function printSubsets(corpus: string, rows: readonly SubsetRow[]): void {
  console.log(`random subsets of ${corpus}, each asked its own articles' questions and every unanswerable one`);
  console.log("articles trials answerable hit@1  not-found high   high-hit unanswerable (not-found/low/high)");
  for (const r of rows) {
    const un = Object.entries(r.unanswerable).map(([k, o]) => `${k} ${o["not-found"]}/${o.low}/${o.high}`).join("  ");
    console.log(`${String(r.articles).padEnd(8)} ${String(r.trials).padEnd(6)} ${String(r.answerable).padEnd(10)} ${f3(r.hit1)}  ${f3(r.notFoundShare)}     ${f3(r.highShare)}  ${f3(r.highPrecision)}    ${un}`);
  }
}

function printMisses(misses: readonly QaMiss[]): void {
  console.log(`\nmisses: ${misses.length}`);
  for (const m of misses) {
    console.log(`\n- ${m.question}\n  expected [${m.article}]: ${m.expected.map((e) => JSON.stringify(e)).join(" | ")}`);
    if (m.outcome === "not-found") console.log(`  got: not found (${m.reason})`);
    else console.log(`  got (${m.outcome}${m.goldRank ? `, gold at rank ${m.goldRank}` : ", gold not in top 10"}) [${m.top?.articleId}]: ${m.top?.text}`);
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      squad: { type: "string" },
      qa: { type: "string" },
      corpus: { type: "string" },
      split: { type: "string", default: "all" },
      json: { type: "boolean", default: false },
      misses: { type: "boolean", default: false },
      lexical: { type: "boolean", default: false },
      subsets: { type: "string" },
      trials: { type: "string", default: "4" },
    },
  });
  if (values.qa) {
    if (!values.corpus) throw new Error("--qa FILE needs --corpus DIR (the corpus the questions are about)");
    const questions = readQaSet(values.qa);
    if (values.subsets) {
      const sizes = values.subsets.split(",").map(Number);
      const trials = values.trials === "all" ? "all" : Number(values.trials);
      if (sizes.some((n) => !Number.isInteger(n) || n < 1) || (trials !== "all" && (!Number.isInteger(trials) || trials < 1))) throw new Error(`--subsets: expected sizes like 1,2,4,8 and --trials a whole number (or all, with --subsets 1), got "${values.subsets}" and "${values.trials}"`);
      const rows = await measureSubsets(values.corpus, questions, sizes, trials, !values.lexical);
      if (values.json) console.log(JSON.stringify(rows));
      else printSubsets(values.corpus, rows);
      return;
    }
    const engine = await openEngine({ corpusDir: values.corpus, meaning: !values.lexical, keepAlive: true, onWarning: (w) => console.error(`eval: ${w}`) });
    const fill = await engine.loadInfo.meaning?.ready;
    if (fill?.error) throw new Error(`sentence meaning did not fill: ${fill.error}`);
    const { figures, misses } = await measureQa(engine, questions, (q) => engine.answer(q, { limit: 10 }));
    await engine.close();
    if (values.json) console.log(JSON.stringify(values.misses ? { ...figures, misses } : figures));
    else {
      printQa(values.qa, values.corpus, engine.summary.sentences, figures);
      if (values.misses) printMisses(misses);
    }
    return;
  }
  if (!values.squad) throw new Error("--qa FILE --corpus DIR or --squad FILE is required");
  if (!["all", "fit", "holdout"].includes(values.split)) throw new Error(`--split: expected all, fit or holdout, got "${values.split}"`);
  const set = readSquad(values.squad);
  const t0 = performance.now();
  const engine = createEngine(set.articles);
  const buildMs = performance.now() - t0;
  if (!values.lexical) {
    const meaning = Meaning.start(engineInternals(engine).model, { cacheDir: DEFAULT_CACHE_DIR, corpusKey: path.resolve(values.squad), keepAlive: true });
    attachMeaning(engine, meaning);
    const fill = await meaning.ready;
    if (fill.error) throw new Error(`sentence meaning did not fill: ${fill.error}`);
  }
  const splits = values.split === "all" ? (["all", "fit", "holdout"] as const) : ([values.split] as const);
  const results: Record<string, Awaited<ReturnType<typeof measure>>> = {};
  for (const split of splits) results[split] = await measure(engine, split === "all" ? set.questions : set.questions.filter((q) => q.split === split));
  await engine.close();
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
  console.log("Weights are fitted on the fit split only (with the qa.json question set); the holdout row is the honest figure.");
}

main().catch((e: unknown) => {
  console.error(`eval: ${(e as Error).message.split("\n")[0]}`);
  process.exitCode = 1;
});
