/**
 * Answer quality on small corpora: a user may drop in three articles, not
 * sixty. Random subsets of a corpus directory (deterministic), each asked
 * the questions about its own articles and every unanswerable question
 * (on a subset, a question about a left-out article is off-topic in all but
 * name, so those are not asked), answered as the bot answers.
 */
import { cpSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { engineInternals } from "../../src/qa/engine.js";
import { openEngine } from "../../src/qa/index.js";
import { measureQa, type Outcome } from "./measure-qa.js";
import type { QaQuestion } from "./qaset.js";

export interface SubsetRow {
  articles: number;
  trials: number;
  answerable: number;
  hit1: number;
  notFoundShare: number;
  highShare: number;
  highPrecision: number;
  unanswerable: Record<string, Record<Outcome, number>>;
}

/** A small linear congruential generator, so every run draws the same subsets. */
function draw(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

/** `trials` random picks of `size` items for each size, the same on every run. */
function drawSubsets<T>(items: readonly T[], sizes: readonly number[], trials: number): T[][] {
  const random = draw(7);
  const out: T[][] = [];
  for (const size of sizes) for (let t = 0; t < trials; t++) out.push(items.map((x) => ({ x, r: random() })).sort((a, b) => a.r - b.r).slice(0, size).map((p) => p.x));
  return out;
}

/**
 * `trials` "all" with one size of 1: every article alone, once, in file
 * order (a user who drops in one article; no article left to chance).
 */
export async function measureSubsets(corpusDir: string, questions: readonly QaQuestion[], sizes: readonly number[], trialsAsked: number | "all", meaning: boolean): Promise<SubsetRow[]> {
  const files = readdirSync(corpusDir).filter((f) => f.endsWith(".md")).sort();
  const every = trialsAsked === "all";
  if (every && (sizes.length !== 1 || sizes[0] !== 1)) throw new Error('--trials all: only with --subsets 1 (every article alone)');
  const trials = every ? files.length : trialsAsked;
  const picks = every ? files.map((f) => [f]) : drawSubsets(files, sizes, trials);
  const rows: SubsetRow[] = [];
  for (const [s, size] of sizes.entries()) {
    // Counts summed over the trials; the row's shares are taken from them at the end.
    let answerable = 0;
    let hits = 0;
    let notFound = 0;
    let highs = 0;
    let highHits = 0;
    const unanswerable: SubsetRow["unanswerable"] = {};
    for (let t = 0; t < trials; t++) {
      const pick = picks[s * trials + t] as string[];
      const dir = mkdtempSync(path.join(os.tmpdir(), "citebot-subset-"));
      try {
        for (const f of pick) cpSync(path.join(corpusDir, f), path.join(dir, f));
        const engine = await openEngine({ corpusDir: dir, cache: false, meaning, keepAlive: true });
        const fill = await engine.loadInfo.meaning?.ready;
        if (fill?.error) throw new Error(`sentence meaning did not fill: ${fill.error}`);
        const ids = new Set(engineInternals(engine).model.articles.map((a) => a.id));
        const asked = questions.filter((q) => !("any" in q) || ids.has(q.article));
        const { figures } = await measureQa(engine, asked, (q) => (meaning ? engine.answer(q, { limit: 10 }) : engine.ask(q, { limit: 10 })));
        await engine.close();
        const n = figures.answerable;
        answerable += n;
        hits += figures.hit1 * n;
        notFound += figures.notFound;
        highs += figures.highShare * n;
        highHits += figures.highPrecision * figures.highShare * n;
        for (const [kind, o] of Object.entries(figures.unanswerable)) {
          const sum = (unanswerable[kind] ??= { "not-found": 0, low: 0, high: 0 });
          for (const k of Object.keys(o) as Outcome[]) sum[k] += o[k];
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
    const n = Math.max(1, answerable);
    rows.push({ articles: size, trials, answerable, hit1: hits / n, notFoundShare: notFound / n, highShare: highs / n, highPrecision: highs > 0 ? highHits / highs : 0, unanswerable });
  }
  return rows;
}
