/**
 * A user may drop in a single article. On such a corpus every article
 * matches every question, so the whole-article evidence the relevance model
 * leans on says little; the model learns one-article corpora too
 * (bench/fit-ranker.ts, with the evidence's fewArticles), and a passage
 * holding nearly all the question's words is relevant before any model is
 * asked. The article in test/fixtures/one-article/ is invented.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { engineInternals } from "../src/qa/engine.js";
import { createEngine, openEngine, type QaEngine } from "../src/qa/index.js";
import { evidenceOf, plainlyRelevant } from "../src/qa/rank/confidence.js";
import { analyseQuestion } from "../src/qa/rank/question.js";
import { TEST_CACHE_DIR } from "./fake-discord/harness.js";
import { article } from "./fixtures/qa-helpers.js";

const CORPUS = path.join(path.dirname(fileURLToPath(import.meta.url)), "fixtures/one-article");

let withMeaning: QaEngine;
let lexical: QaEngine;
beforeAll(async () => {
  withMeaning = await openEngine({ corpusDir: CORPUS, cacheDir: TEST_CACHE_DIR, meaning: true });
  expect((await (withMeaning as QaEngine & { loadInfo: { meaning?: { ready: Promise<{ error?: string }> } } }).loadInfo.meaning?.ready)?.error).toBeUndefined();
  lexical = await openEngine({ corpusDir: CORPUS, cacheDir: TEST_CACHE_DIR });
}, 60_000);
afterAll(async () => {
  await withMeaning?.close();
  await lexical?.close();
});

const top = async (engine: QaEngine, question: string) => {
  const r = await engine.answer(question);
  return r.answered ? r.answers[0]?.text : `not found (${r.reason})`;
};

describe("a corpus of one article", () => {
  it.each([
    ["How many commuters are affected?", "18,000 daily commuters"],
    ["How many people have to take a detour?", "18,000 daily commuters"],
    ["Who is the department spokesman?", "department spokesman Owen Patel"],
  ])("answers the paraphrase %s from the article, not 'not found'", async (question, passage) => {
    expect(await top(withMeaning, question)).toContain(passage);
  });

  it.each(["Who painted the Mona Lisa?", "What is the capital of Peru?", "How many bones does an adult human have?"])("still finds nothing for the off-topic %s", async (question) => {
    const r = await withMeaning.answer(question);
    expect(r.answered).toBe(false);
  });

  it("answers a question whose every word one passage holds, by words alone too", async () => {
    expect(await top(lexical, "Who is the department spokesman?")).toContain("department spokesman Owen Patel");
  });
});

describe("the evidence", () => {
  it("fewArticles falls as the corpus grows", () => {
    const { model } = engineInternals(createEngine([article("ferry", "A ferry sank off Carrow Island on Monday.")]));
    const q = analyseQuestion("When did the ferry sink?", model);
    const few = (articles: number) => evidenceOf([], { articleOf: () => 0, articles }, q, []).fewArticles;
    expect(few(1)).toBeCloseTo(1 / Math.log(4));
    expect(few(1)).toBeGreaterThan(few(5));
    expect(few(5)).toBeGreaterThan(few(60));
    expect(few(60)).toBeGreaterThan(few(100_000));
  });

  it("plainlyRelevant needs three quarters of the question's weight in one passage", () => {
    const at = (bestCoverage: number) => plainlyRelevant({ bestCoverage } as Parameters<typeof plainlyRelevant>[0]);
    expect(at(1)).toBe(true);
    expect(at(0.75)).toBe(true);
    expect(at(0.6)).toBe(false);
  });
});
