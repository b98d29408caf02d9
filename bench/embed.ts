/**
 * `npm run bench:embed -- SOURCE [--questions FILE] [--articles N] [--cache-dir DIR]`
 * Sentence vectors (src/qa/embed) over a corpus directory or a SQuAD v1.1
 * file: cold encoding in the worker thread, warm load from the per-article
 * cache, stored bytes per sentence, int8 versus float32 cosines, question
 * encoding p50/p99 alone and while a fill runs (on the main thread and in
 * a second worker, alternately, side by side), cosine scoring speed, and
 * peak RSS (all threads).
 *
 * Questions: SQuAD's own, or `--questions` (a qa.json with {questions: [{q}]}
 * or one question a line), else the articles' headlines.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { EncoderWorker, type Encoder, loadEncoder, packVectors, SentenceVectors, startVectorFill, vectorFillArticles } from "../src/qa/embed/index.js";
import { engineInternals } from "../src/qa/engine.js";
import { createEngine, openEngine, type QaEngine } from "../src/qa/index.js";
import { percentile, readSquad } from "./lib/squad.js";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { questions: { type: "string" }, articles: { type: "string" }, "cache-dir": { type: "string" } },
});
const source = positionals[0];
if (!source) {
  process.stderr.write("usage: npm run bench:embed -- CORPUS_DIR|SQUAD.json [--questions FILE] [--articles N] [--cache-dir DIR]\n");
  process.exit(2);
}

async function load(): Promise<{ engine: QaEngine; questions: string[] }> {
  const limit = values.articles ? Number(values.articles) : Infinity;
  if (statSync(source as string).isFile()) {
    const squad = readSquad(source as string);
    const articles = squad.articles.slice(0, limit);
    const ids = new Set(articles.map((a) => a.id));
    return { engine: createEngine(articles), questions: squad.questions.filter((q) => ids.has(q.articleId)).map((q) => q.question) };
  }
  const engine = await openEngine({ corpusDir: source as string, cache: false });
  return { engine, questions: engine.articles.slice(0, limit).map((a) => `${a.headline}?`) };
}

function questionsFrom(file: string): string[] {
  const text = readFileSync(file, "utf8");
  if (!file.endsWith(".json")) return text.split("\n").map((l) => l.trim()).filter(Boolean);
  const parsed = JSON.parse(text) as { questions?: Array<{ q?: string; question?: string }> };
  return (parsed.questions ?? []).flatMap((q) => q.q ?? q.question ?? []);
}

const ms = (x: number) => `${x.toFixed(1)} ms`;
const pct = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return `p50 ${ms(percentile(s, 50))}, p99 ${ms(percentile(s, 99))} (n=${s.length})`;
};
const peakRssMb = () => process.resourceUsage().maxRSS / 1024;
const mb = (bytes: number) => `${(bytes / 1048576).toFixed(0)} MB`;
/** Questions are probed during the first seconds of the fill only, so the cold time is mostly unperturbed. */
const PROBE_MS = 15_000;

async function timeQuestion(encoder: Encoder, q: string): Promise<number> {
  const t = performance.now();
  await encoder.encode([q]);
  return performance.now() - t;
}

async function main(): Promise<void> {
  let { engine, questions } = await load();
  if (values.questions) questions = questionsFrom(values.questions);
  const { model } = engineInternals(engine);
  const limit = values.articles ? Number(values.articles) : Infinity;
  const articleSentences = model.articleSentences.slice(0, limit);
  const articles = vectorFillArticles(model).slice(0, limit);
  const sentences = articles.reduce((n, a) => n + a.texts.filter((t) => t.trim() !== "").length, 0);
  const cacheDir = values["cache-dir"] ?? mkdtempSync(path.join(tmpdir(), "citebot-vectors-"));
  const out = (line: string) => process.stdout.write(`${line}\n`);
  out(`source: ${source}  articles: ${articles.length}  sentences to encode: ${sentences} (of ${articleSentences.flat().length}; boilerplate skipped)  questions: ${questions.length}`);
  out(`rss with the engine, before any model: ${mb(process.memoryUsage().rss)}`);

  // Questions alone: main thread, then a worker.
  let t = performance.now();
  const main = await loadEncoder();
  out(`main-thread encoder load: ${ms(performance.now() - t)}, rss ${mb(process.memoryUsage().rss)}`);
  t = performance.now();
  const second = await EncoderWorker.start({ holdProcess: true });
  out(`worker encoder start (thread, loader, model): ${ms(performance.now() - t)}, rss ${mb(process.memoryUsage().rss)}`);
  const sample = questions.slice(0, 200);
  await main.encode(sample.slice(0, 3));
  await second.encode(sample.slice(0, 3));
  const aloneMain: number[] = [];
  const aloneWorker: number[] = [];
  for (const q of sample) {
    aloneMain.push(await timeQuestion(main, q));
    aloneWorker.push(await timeQuestion(second, q));
  }
  out(`question encoding alone:      main thread ${pct(aloneMain)} | worker ${pct(aloneWorker)}`);

  // int8 against float32 on real sentences and questions.
  const texts = articles.flatMap((a) => a.texts.filter((x) => x.trim() !== "")).slice(0, 300);
  const floats = await main.encode(texts);
  const packed = packVectors(floats);
  const qv = await main.encode(sample.slice(0, 40));
  const store = new SentenceVectors([texts.map((_, i) => i)]);
  store.setArticle(0, packed);
  const errors: number[] = [];
  for (const q of qv) floats.forEach((f, i) => errors.push(Math.abs(store.cosine(q, i)! - f.reduce((s, x, k) => s + x * (q[k] as number), 0))));
  errors.sort((a, b) => a - b);
  out(`int8 vs float32 cosine, ${qv.length} questions x ${texts.length} sentences: mean |diff| ${(errors.reduce((a, b) => a + b, 0) / errors.length).toFixed(5)}, p99 ${percentile(errors, 99).toFixed(5)}, max ${errors[errors.length - 1]?.toFixed(5)}`);

  // Cold fill, with questions encoded alternately on the main thread and in the second worker meanwhile.
  const vectors = new SentenceVectors(articleSentences);
  const fill = startVectorFill({ vectors, articles, cacheDir, holdProcess: true, onWarning: (w) => out(`warning: ${w.kind} article ${w.article}: ${w.reason}`) });
  const duringMain: number[] = [];
  const duringWorker: number[] = [];
  let finished = false;
  void fill.ready.then(() => (finished = true));
  let probeStart: number | undefined;
  for (let i = 0; !finished && performance.now() - (probeStart ?? performance.now()) < PROBE_MS; i++) {
    const q = sample[i % sample.length] as string;
    if (fill.progress().encoded > 0) {
      probeStart ??= performance.now();
      (i % 2 === 0 ? duringMain : duringWorker).push(await timeQuestion(i % 2 === 0 ? main : second, q));
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  await second.close();
  const cold = await fill.ready;
  out(`rss after the cold fill (its worker closed): ${mb(process.memoryUsage().rss)}`);
  out(`question encoding during fill: main thread ${pct(duringMain)} | worker ${pct(duringWorker)}`);
  out(`cold fill: ${ms(cold.ms)} for ${sentences} sentences (${(cold.ms / Math.max(1, sentences)).toFixed(1)} ms a sentence, worker start included; questions probed in its first ${PROBE_MS / 1000} s), encoded ${cold.encoded} articles, failed ${cold.failed}${cold.error ? `, error: ${cold.error}` : ""}`);

  // Warm: a new store from the cache files.
  const warmStore = new SentenceVectors(articleSentences);
  const warm = await startVectorFill({ vectors: warmStore, articles, cacheDir }).ready;
  out(`warm load: ${ms(warm.ms)} (${warm.fromCache} articles from cache, ${warm.encoded} encoded, encoder started: ${warm.encoderStarted})`);
  const total = articleSentences.flat().length;
  const files = readdirSync(cacheDir).filter((f) => f.endsWith(".vec"));
  const fileBytes = files.reduce((n, f) => n + statSync(path.join(cacheDir, f)).size, 0);
  out(`stored: ${(warmStore.bytes / total).toFixed(0)} B a sentence in memory (int8 + factor), ${(fileBytes / total).toFixed(0)} B a sentence on disk in ${files.length} files`);

  // Scoring: 25 candidates a question, as ranking would.
  const [q0] = await main.encode([sample[0] ?? "What happened?"]);
  const ids = Array.from({ length: 25 }, (_, i) => Math.floor((i * total) / 25));
  const rounds = 20_000;
  t = performance.now();
  let sink = 0;
  for (let r = 0; r < rounds; r++) for (const id of ids) sink += warmStore.cosine(q0 as Float32Array, id) ?? 0;
  out(`cosine scoring: ${(((performance.now() - t) / rounds) * 1000).toFixed(1)} µs for 25 candidates (checksum ${sink.toFixed(1)})`);
  out(`peak RSS (all threads): ${peakRssMb().toFixed(0)} MB`);
  out(`load average: ${readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ")} on ${(await import("node:os")).availableParallelism()} cores`);
  if (!values["cache-dir"]) rmSync(cacheDir, { recursive: true, force: true });
}

await main();
