/**
 * `npm run bench -- --scale SOURCE... [--sizes 5k,20k,50k,100k] [--questions 2000]`
 * For each size, a corpus cycled from the sources (corpus directories and
 * SQuAD files; bench/lib/scaleCorpus.ts), then in fresh processes: a cold
 * build (empty cache), a warm start, and a restart after editing one article;
 * the warm process also serves the same questions (the SQuAD ones) at every
 * size, beside a plain minisearch search over the same sentences.
 */
import { execFileSync } from "node:child_process";
import { appendFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { engineInternals } from "../../src/qa/engine.js";
import { type Article, createEngine, openEngine } from "../../src/qa/index.js";
import { isDirectory, parseSize, scaleCorpus, type SizedArticle, writeCorpus } from "./scaleCorpus.js";
import { readSquad, type SquadQuestion } from "./squad.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

export interface ScaleOptions {
  sources: string[];
  sizes: string;
  questions: number;
}

interface Row {
  target: number;
  figures: { cold: Record<string, number>; warm: Record<string, number>; edit: Record<string, number> };
}

function child(corpus: string, cache: string, questions?: string): Record<string, number> {
  // tsx as a loader in this one process (its CLI would start another, without these flags).
  const args = ["--expose-gc", "--max-old-space-size=6144", "--import", "tsx", path.join(ROOT, "bench/lib/scaleChild.ts"), "--corpus", corpus, "--cache", cache];
  if (questions) args.push("--questions", questions);
  const out = execFileSync(process.execPath, args, { encoding: "utf8", maxBuffer: 1 << 24, cwd: ROOT });
  const line = JSON.parse(out.trim().split("\n").pop() ?? "{}") as Record<string, number | string>;
  if (typeof line.warning === "string") console.error(`  warning: ${line.warning}`);
  return line as Record<string, number>;
}

async function readSources(sources: readonly string[]): Promise<{ articles: Article[]; questions: SquadQuestion[] }> {
  const articles: Article[] = [];
  const questions: SquadQuestion[] = [];
  for (const source of sources) {
    if (isDirectory(source)) {
      articles.push(...(await openEngine({ corpusDir: source, cache: false })).articles);
    } else {
      const set = readSquad(source);
      articles.push(...set.articles);
      questions.push(...set.questions);
    }
  }
  return { articles, questions };
}

/** Every n-th question, so a sample spreads over every source article. */
function sample<T>(items: readonly T[], n: number): T[] {
  if (items.length <= n) return [...items];
  const step = items.length / n;
  return Array.from({ length: n }, (_, i) => items[Math.floor(i * step)] as T);
}

/** Append a sentence to one article mid-corpus: what a restart after an edit must absorb. */
function editOneArticle(dir: string, articles: readonly Article[]): void {
  const a = articles[Math.floor(articles.length / 2)];
  if (a) appendFileSync(path.join(dir, `${a.id}.md`), "\n\nThis sentence was added by the benchmark to edit one article.\n");
}

export async function runScale(options: ScaleOptions): Promise<void> {
  if (options.sources.length === 0) throw new Error("--scale: name one or more corpus directories or SQuAD JSON files");
  const sizes = options.sizes.split(",").map(parseSize);
  const { articles, questions } = await readSources(options.sources);
  const { model } = engineInternals(createEngine(articles));
  const sized: SizedArticle[] = articles.map((article, i) => ({
    article,
    sentences: (model.articleSentences[i] ?? []).filter((id) => !model.sentences[id]?.boilerplate).length,
  }));
  const asked = sample(questions, options.questions).map((q) => ({ question: q.question, answers: q.answers }));
  const work = mkdtempSync(path.join(tmpdir(), "citebot-scale-"));
  const questionFile = path.join(work, "questions.json");
  writeFileSync(questionFile, JSON.stringify(asked));
  console.log(`sources: ${articles.length} articles, ${sized.reduce((n, s) => n + s.sentences, 0)} citable sentences; ${asked.length} questions at every size`);
  const rows: Row[] = [];
  try {
    for (const target of sizes) {
      const dir = path.join(work, `corpus-${target}`);
      const cache = path.join(work, `cache-${target}`);
      mkdirSync(dir, { recursive: true });
      mkdirSync(cache, { recursive: true });
      const corpus = scaleCorpus(sized, target);
      writeCorpus(dir, corpus);
      console.error(`${target}: ${corpus.length} articles written; cold build...`);
      const cold = child(dir, cache);
      console.error(`${target}: cold ${(cold.openMs ?? 0) / 1000} s; warm start and questions...`);
      const warm = child(dir, cache, questionFile);
      editOneArticle(dir, corpus);
      const edit = child(dir, cache);
      rows.push({ target, figures: { cold, warm, edit } });
      print(rows.slice(-1), rows.length === 1);
      rmSync(dir, { recursive: true, force: true });
      rmSync(cache, { recursive: true, force: true });
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  console.log(
    "cold/edit: openEngine with an empty cache / after editing one article; warm: process start to a ready engine, module loading included (open: openEngine alone);",
  );
  console.log("heap: held by the serving engine after every question (V8 heap + array buffers, after GC), per citable sentence; x plain: whole answer over a plain minisearch search, same process, same questions.");
}

function print(rows: readonly Row[], header: boolean): void {
  if (header) {
    console.log(
      "size  sentences articles cold_build_s cold_rss_mb warm_start_s warm_open_s edit_restart_s heap_b/sent p50_ms p99_ms plain_p50 plain_p99 x_plain_p50 x_plain_p99 hit@1",
    );
  }
  const f = (x: number | undefined, d: number) => (x ?? 0).toFixed(d);
  for (const { target, figures: { cold, warm, edit } } of rows) {
    const cells = [
      `${target / 1000}k`.padEnd(5),
      String(warm.sentences ?? 0).padEnd(9),
      String(warm.articles ?? 0).padEnd(8),
      f((cold.openMs ?? 0) / 1000, 1).padEnd(12),
      f(cold.peakRssMb, 0).padEnd(11),
      f((warm.readyMs ?? 0) / 1000, 2).padEnd(12),
      f((warm.openMs ?? 0) / 1000, 2).padEnd(11),
      f((edit.openMs ?? 0) / 1000, 1).padEnd(14),
      f((warm.heapBytes ?? 0) / (warm.sentences || 1), 0).padEnd(11),
      f(warm.p50Ms, 2).padEnd(6),
      f(warm.p99Ms, 2).padEnd(6),
      f(warm.plainP50Ms, 2).padEnd(9),
      f(warm.plainP99Ms, 2).padEnd(9),
      f((warm.p50Ms ?? 0) / (warm.plainP50Ms || 1), 2).padEnd(11),
      f((warm.p99Ms ?? 0) / (warm.plainP99Ms || 1), 2).padEnd(11),
      f(warm.hit1, 3),
    ];
    console.log(cells.join(" "));
  }
}
