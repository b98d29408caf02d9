/**
 * The background vector fill: a real encoding worker thread over a small
 * invented corpus, per-article cache files, warm reads, an edited article,
 * and a cache directory that cannot be written.
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  articleVectorKey,
  type Encoder,
  encoderModelId,
  EncoderWorker,
  loadEncoder,
  SentenceVectors,
  startVectorFill,
  type VectorFillArticle,
  type VectorFillWarning,
  vectorFileName,
} from "../src/qa/embed/index.js";

const ARTICLES = [
  ["A fire swept through a hotel in the city centre overnight.", "Most of the guests died of smoke inhalation after the hotel caught fire.", "Firefighters took four hours to bring the blaze under control."],
  ["The central bank raised interest rates by half a point on Tuesday.", "Mortgage payments are expected to rise."],
  ["The club signed a Brazilian striker for twelve million euros.", "", "He will wear the number nine shirt."],
];
const HOTEL_QUESTION = "What killed most of the victims in the hotel blaze?";

const fillArticles = (articles: string[][]): VectorFillArticle[] => articles.map((texts) => ({ key: articleVectorKey(texts), texts }));

/** Global sentence ids numbered through the articles in order, as the corpus model does. */
function storeFor(articles: string[][]): SentenceVectors {
  let id = 0;
  return new SentenceVectors(articles.map((texts) => texts.map(() => id++)));
}

let dir: string;
let questions: Encoder;
beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "citebot-vectors-"));
  questions = await loadEncoder();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const vecFiles = (d: string) => readdirSync(d).filter((f) => f.endsWith(".vec"));

describe("startVectorFill", () => {
  const cacheDir = () => path.join(dir, "cache");
  let firstCosines: number[] = [];

  it("encodes every article in a worker, those asked for first, and writes one cache file each", async () => {
    const vectors = storeFor(ARTICLES);
    const seen: Array<[number, string]> = [];
    const fill = startVectorFill({ vectors, articles: fillArticles(ARTICLES), cacheDir: cacheDir(), onArticle: (a, source) => seen.push([a, source]) });
    expect(fill.progress().total).toBe(3);
    fill.prioritise([2, 1]);
    const result = await fill.ready;
    expect(result).toMatchObject({ total: 3, done: 3, encoded: 3, fromCache: 0, failed: 0, cacheWriteFailures: 0, encoderStarted: true });
    expect(result.error).toBeUndefined();
    expect(seen).toEqual([[2, "encoded"], [1, "encoded"], [0, "encoded"]]);
    expect(vecFiles(cacheDir())).toHaveLength(3);
    const [q] = await questions.encode([HOTEL_QUESTION]);
    firstCosines = [0, 1, 2, 3, 4, 5, 6, 7].map((id) => vectors.cosine(q!, id)!);
    // The paraphrased answer is the best sentence of the corpus; the empty text scores 0.
    expect(firstCosines.indexOf(Math.max(...firstCosines))).toBe(1);
    expect(firstCosines[6]).toBe(0);
  });

  it("reads the cached vectors on a second start without starting an encoder", async () => {
    const vectors = storeFor(ARTICLES);
    const result = await startVectorFill({ vectors, articles: fillArticles(ARTICLES), cacheDir: cacheDir() }).ready;
    expect(result).toMatchObject({ done: 3, encoded: 0, fromCache: 3, encoderStarted: false });
    const [q] = await questions.encode([HOTEL_QUESTION]);
    expect([0, 1, 2, 3, 4, 5, 6, 7].map((id) => vectors.cosine(q!, id)!)).toEqual(firstCosines);
  });

  it("re-encodes an edited article alone, and prunes its old vectors when asked", async () => {
    const edited = [ARTICLES[0]!, ["The central bank cut interest rates by a quarter point on Tuesday.", "Mortgage payments are expected to fall."], ARTICLES[2]!];
    const vectors = storeFor(edited);
    const seen: Array<[number, string]> = [];
    const result = await startVectorFill({ vectors, articles: fillArticles(edited), cacheDir: cacheDir(), prune: true, onArticle: (a, s) => seen.push([a, s]) }).ready;
    expect(result).toMatchObject({ done: 3, encoded: 1, fromCache: 2, pruned: 1 });
    expect(seen.filter(([, s]) => s === "encoded")).toEqual([[1, "encoded"]]);
    expect(vecFiles(cacheDir()).sort()).toEqual(fillArticles(edited).map((a) => vectorFileName(encoderModelId(), a.key)).sort());
  });

  it("reports a cache write failure with its reason and still fills every article", async () => {
    const notADir = path.join(dir, "a-file");
    writeFileSync(notADir, "not a directory");
    const vectors = storeFor(ARTICLES);
    const warnings: VectorFillWarning[] = [];
    const result = await startVectorFill({ vectors, articles: fillArticles(ARTICLES), cacheDir: notADir, onWarning: (w) => warnings.push(w) }).ready;
    expect(result).toMatchObject({ done: 3, encoded: 3, failed: 0, cacheWriteFailures: 3 });
    expect(warnings.map((w) => [w.kind, w.article])).toEqual([["cache-write", 0], ["cache-write", 1], ["cache-write", 2]]);
    expect(warnings[0]!.reason).toMatch(/cannot write vectors to .*a-file: .*(EEXIST|ENOTDIR)/);
    expect(result.warnings).toEqual(warnings);
    expect([0, 1, 2].every((a) => vectors.hasArticle(a))).toBe(true);
  });

  it("stops when asked: ready resolves, saying so, with the unfilled articles counted as failed", async () => {
    const vectors = storeFor(ARTICLES);
    const fill = startVectorFill({ vectors, articles: fillArticles(ARTICLES) });
    await fill.stop();
    const result = await fill.ready;
    expect(result.error).toBe("the fill was stopped");
    expect(result.failed).toBe(3 - result.done);
    expect([0, 1, 2].filter((a) => vectors.hasArticle(a))).toHaveLength(result.done);
  });

  it("ends at once with a one-line error when the articles do not match the store", async () => {
    const result = await startVectorFill({ vectors: storeFor(ARTICLES), articles: fillArticles([ARTICLES[0]!, ARTICLES[1]!, ["one sentence"]]) }).ready;
    expect(result).toMatchObject({ done: 0, failed: 3, encoderStarted: false, error: "vector fill: article 2 has 1 texts but 3 sentences in the store" });
  });
});

describe("EncoderWorker", () => {
  it("encodes questions in its thread as the main-thread encoder does", async () => {
    const worker = await EncoderWorker.start();
    try {
      const [fromWorker] = await worker.encode([HOTEL_QUESTION]);
      const [here] = await questions.encode([HOTEL_QUESTION]);
      expect(fromWorker).toHaveLength(here!.length);
      expect(fromWorker!.every((x, i) => Math.abs(x - here![i]!) < 1e-5)).toBe(true);
    } finally {
      await worker.close();
    }
    await expect(worker.encode(["after close"])).rejects.toThrow(/closed/);
  });
});
