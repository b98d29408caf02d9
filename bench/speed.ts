/**
 * `npm run bench [-- --squad FILE] [--corpus DIR]... [--quotes-only] [--json]`
 * `npm run bench -- --scale SOURCE... [--sizes 5k,20k] [--questions 2000]`: see bench/lib/scale.ts.
 * Speed and memory: index build time (and the quote index's share of it),
 * cold and warm start, peak memory, sentence-vector fill time, and
 * per-question latency (by words alone, and the whole answer with sentence
 * meaning) for the bundled corpus, a SQuAD v1.1 file turned into a corpus
 * directory, and any corpus directories given. `--quotes-only` times the
 * builds alone (no child processes, no questions).
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { type Article, createEngine, openEngine } from "../src/qa/index.js";
import { engineInternals, quoteSources } from "../src/qa/engine.js";
import { buildQuoteIndex } from "../src/qa/quotes/index.js";
import { runScale } from "./lib/scale.js";
import { writeCorpus } from "./lib/scaleCorpus.js";
import { readSquad } from "./lib/squad.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const DEFAULT_SQUAD = path.resolve(ROOT, "../shared/squad/squad-dev-v1.1-even.json");

interface Figures {
  corpus: string;
  articles: number;
  sentences: number;
  buildMs: number;
  /** The quote index alone, rebuilt from the engine's segmented corpus (its NLP pass included). */
  quoteBuildMs: number;
  /** Process start to a ready engine, module loading included. */
  coldStartMs: number;
  warmStartMs: number;
  /** openEngine alone: read, validate, then build (cold) or restore (warm) the index. */
  coldOpenMs: number;
  warmOpenMs: number;
  peakRssMb: number;
  questions: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  /** Process start until every article has sentence vectors: encoding them (cold) or reading them (warm). */
  coldVectorsMs: number;
  warmVectorsMs: number;
  /** The whole answer with sentence meaning (question encoding included). */
  meaningP50Ms: number;
  meaningP95Ms: number;
  meaningP99Ms: number;
}

function child(corpus: string, cache: string, questions?: string): Record<string, number> {
  const args = [path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), path.join(ROOT, "bench/lib/startup.ts"), "--corpus", corpus, "--cache", cache, "--meaning"];
  if (questions) args.push("--questions", questions);
  const started = performance.now();
  const out = execFileSync(process.execPath, args, { encoding: "utf8" });
  return { ...(JSON.parse(out.trim().split("\n").pop() ?? "{}") as Record<string, number>), wallMs: performance.now() - started };
}

function measure(name: string, corpusDir: string, articles: readonly Article[], questionsFile: string | undefined, quotesOnly: boolean): Figures {
  const t0 = performance.now();
  const engine = createEngine(articles);
  const buildMs = performance.now() - t0;
  const { model } = engineInternals(engine);
  const t1 = performance.now();
  buildQuoteIndex(quoteSources(model), model.aliases);
  const quoteBuildMs = performance.now() - t1;
  const base = { corpus: name, articles: articles.length, sentences: engine.summary.sentences, buildMs, quoteBuildMs };
  if (quotesOnly) return { ...base, coldStartMs: 0, warmStartMs: 0, coldOpenMs: 0, warmOpenMs: 0, peakRssMb: 0, questions: 0, p50Ms: 0, p95Ms: 0, p99Ms: 0, coldVectorsMs: 0, warmVectorsMs: 0, meaningP50Ms: 0, meaningP95Ms: 0, meaningP99Ms: 0 };
  const cache = mkdtempSync(path.join(tmpdir(), "citebot-bench-cache-"));
  try {
    const cold = child(corpusDir, cache, questionsFile);
    const warm = child(corpusDir, cache);
    return {
      ...base,
      coldStartMs: cold.readyMs ?? 0,
      warmStartMs: warm.readyMs ?? 0,
      coldOpenMs: cold.openMs ?? 0,
      warmOpenMs: warm.openMs ?? 0,
      peakRssMb: cold.peakRssMb ?? 0,
      questions: cold.questions ?? 0,
      p50Ms: cold.p50Ms ?? 0,
      p95Ms: cold.p95Ms ?? 0,
      p99Ms: cold.p99Ms ?? 0,
      coldVectorsMs: cold.vectorsMs ?? 0,
      warmVectorsMs: warm.vectorsMs ?? 0,
      meaningP50Ms: cold.meaningP50Ms ?? 0,
      meaningP95Ms: cold.meaningP95Ms ?? 0,
      meaningP99Ms: cold.meaningP99Ms ?? 0,
    };
  } finally {
    rmSync(cache, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      squad: { type: "string" },
      corpus: { type: "string", multiple: true },
      "quotes-only": { type: "boolean", default: false },
      json: { type: "boolean", default: false },
      scale: { type: "boolean", default: false },
      sizes: { type: "string", default: "5k,20k,50k,100k" },
      questions: { type: "string", default: "2000" },
    },
  });
  if (values.scale) {
    await runScale({ sources: positionals, sizes: values.sizes, questions: Number(values.questions) });
    return;
  }
  const quotesOnly = values["quotes-only"];
  const bundledDir = path.join(ROOT, "corpus");
  const bundled = await openEngine({ corpusDir: bundledDir, cache: false });
  const results: Figures[] = [measure("bundled", bundledDir, bundled.articles, path.join(ROOT, "bench/questions-bundled.txt"), quotesOnly)];

  const squadFile = values.squad ?? (existsSync(DEFAULT_SQUAD) ? DEFAULT_SQUAD : undefined);
  if (squadFile) {
    const set = readSquad(squadFile);
    const dir = mkdtempSync(path.join(tmpdir(), "citebot-bench-squad-"));
    try {
      writeCorpus(dir, set.articles);
      writeFileSync(path.join(dir, "questions.txt"), set.questions.map((q) => q.question.replace(/\s+/g, " ")).join("\n"));
      results.push(measure("squad", dir, set.articles, path.join(dir, "questions.txt"), quotesOnly));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  for (const dir of values.corpus ?? []) {
    const engine = await openEngine({ corpusDir: dir, cache: false });
    results.push(measure(path.basename(path.resolve(dir)), dir, engine.articles, undefined, quotesOnly));
  }
  if (values.json) {
    console.log(JSON.stringify(Object.fromEntries(results.map((r) => [r.corpus, r]))));
    return;
  }
  console.log("corpus    articles sentences build_ms quote_build_ms cold_start_ms warm_start_ms cold_open_ms warm_open_ms peak_rss_mb questions p50_ms p95_ms p99_ms");
  for (const r of results) {
    const f = (x: number, d = 1) => x.toFixed(d);
    console.log(
      `${r.corpus.padEnd(9)} ${String(r.articles).padEnd(8)} ${String(r.sentences).padEnd(9)} ${f(r.buildMs, 0).padEnd(8)} ${f(r.quoteBuildMs, 0).padEnd(14)} ${f(r.coldStartMs, 0).padEnd(13)} ${f(r.warmStartMs, 0).padEnd(13)} ${f(r.coldOpenMs, 0).padEnd(12)} ${f(r.warmOpenMs, 0).padEnd(12)} ${f(r.peakRssMb, 0).padEnd(11)} ${String(r.questions).padEnd(9)} ${f(r.p50Ms, 3).padEnd(6)} ${f(r.p95Ms, 3).padEnd(6)} ${f(r.p99Ms, 3)}`,
    );
  }
  console.log("\ncorpus    cold_vectors_ms warm_vectors_ms meaning_p50_ms meaning_p95_ms meaning_p99_ms");
  for (const r of results) {
    const f = (x: number, d = 1) => x.toFixed(d);
    console.log(`${r.corpus.padEnd(9)} ${f(r.coldVectorsMs, 0).padEnd(15)} ${f(r.warmVectorsMs, 0).padEnd(15)} ${f(r.meaningP50Ms, 2).padEnd(14)} ${f(r.meaningP95Ms, 2).padEnd(14)} ${f(r.meaningP99Ms, 2)}`);
  }
  console.log("quote_build: the quote index alone (reading, attribution, speakers), also part of build_ms.");
  console.log("start: process start to a ready engine (module loading included); open: openEngine alone. Cold builds and writes the index cache, warm reads it.");
  console.log("p50/p95/p99: the answer by words alone (engine.ask). vectors: process start until every article has sentence vectors (cold: encoded in a worker; warm: read from the cache); the engine serves before that, by words. meaning: the whole answer with sentence meaning (engine.answer, question encoding included), first 1,000 questions.");
}

main().catch((e: unknown) => {
  console.error(`bench: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
});
