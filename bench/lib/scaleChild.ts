/**
 * Child process of `npm run bench -- --scale`: open one corpus (cold or warm
 * cache) and, with --questions, serve them: whole-answer latency beside a
 * plain minisearch search over the same sentences, question by question in
 * this one process, hit@1, and the heap the serving engine holds.
 * Prints one JSON line. Run with --expose-gc so heap figures are after a
 * collection.
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import MiniSearch from "minisearch";
import { engineInternals } from "../../src/qa/engine.js";
import { openEngine } from "../../src/qa/index.js";
import { analyseQuestion } from "../../src/qa/rank/question.js";
import { containsGold, percentile } from "./squad.js";

const { values } = parseArgs({ options: { corpus: { type: "string" }, cache: { type: "string" }, questions: { type: "string" } } });
if (!values.corpus || !values.cache) throw new Error("--corpus and --cache are required");

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error("run with --expose-gc: heap figures need a collection first");
const heapNow = () => {
  gc?.();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};

const heapBefore = heapNow();
const engine = await openEngine({ corpusDir: values.corpus, cacheDir: values.cache });
const readyMs = performance.now();
const out: Record<string, number | boolean | string> = {
  openMs: engine.loadInfo.ms,
  readyMs,
  fromCache: engine.loadInfo.fromCache,
  sentences: engine.summary.sentences,
  articles: engine.summary.articles,
};
const warning = (engine.loadInfo as { warning?: string }).warning;
if (warning) out.warning = warning;

if (values.questions) {
  const questions = JSON.parse(readFileSync(values.questions, "utf8")) as Array<{ question: string; answers: string[] }>;
  const { model } = engineInternals(engine);
  // The baseline: minisearch over the citable sentences' index terms (the
  // same stop words and stemming), queried with the question's terms: what
  // retrieval alone costs, without re-ranking or citations.
  const split = (text: string) => (text === "" ? [] : text.split(" "));
  const plain = new MiniSearch<{ id: number; terms: string }>({ fields: ["terms"], storeFields: [], tokenize: split, processTerm: (t) => t });
  const heapBeforePlain = heapNow();
  plain.addAll(model.sentences.filter((s) => !s.boilerplate).map((s) => ({ id: s.id, terms: (model.features(s.id)?.terms ?? []).join(" ") })));
  const plainQuery = (question: string) => analyseQuestion(question, model).terms.join(" ");
  const plainBytes = heapNow() - heapBeforePlain;
  for (const q of questions.slice(0, 200)) {
    engine.ask(q.question);
    plain.search(plainQuery(q.question));
  }
  const ask: number[] = [];
  const base: number[] = [];
  let hit1 = 0;
  for (const [i, q] of questions.entries()) {
    // Alternate which runs first so neither always meets a colder cache.
    const timeAsk = () => {
      const t0 = performance.now();
      const r = engine.ask(q.question, { limit: 1 });
      ask.push(performance.now() - t0);
      if (r.answered && containsGold(r.answers[0]?.text ?? "", q.answers)) hit1++;
    };
    const query = plainQuery(q.question);
    const timePlain = () => {
      const t0 = performance.now();
      plain.search(query);
      base.push(performance.now() - t0);
    };
    if (i % 2 === 0) {
      timeAsk();
      timePlain();
    } else {
      timePlain();
      timeAsk();
    }
  }
  ask.sort((a, b) => a - b);
  base.sort((a, b) => a - b);
  Object.assign(out, {
    questions: questions.length,
    hit1: hit1 / Math.max(1, questions.length),
    p50Ms: percentile(ask, 50),
    p99Ms: percentile(ask, 99),
    plainP50Ms: percentile(base, 50),
    plainP99Ms: percentile(base, 99),
    // After every question, so lazily filled per-article tables are counted; the baseline's index is not.
    heapBytes: heapNow() - heapBefore - plainBytes,
  });
}
out.peakRssMb = process.resourceUsage().maxRSS / 1024;
console.log(JSON.stringify(out));
