/**
 * The golden set over the bundled corpus (test/fixtures/golden.json): the
 * sentence each question must cite first, the questions that must be
 * refused, and the limits on question length.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { engineInternals } from "../src/qa/engine.js";
import { DEFAULTS, openEngine, QaInputError, validateQuestion, type QaEngine } from "../src/qa/index.js";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const CORPUS = path.resolve(HERE, "../corpus");

const Golden = z
  .object({
    about: z.string(),
    answerable: z
      .array(z.object({ question: z.string().min(1), articleId: z.string().regex(/^[a-z0-9-]+$/), contains: z.string().min(12) }).strict())
      .min(20),
    refused: z
      .array(
        z
          .object({
            question: z.string().min(1),
            reason: z.enum(["no-terms", "unknown-terms", "weak-match"]).optional(),
            unknownTerm: z.string().optional(),
          })
          .strict(),
      )
      .min(6),
    knownMisses: z
      .array(z.object({ question: z.string().min(1), articleId: z.string().regex(/^[a-z0-9-]+$/), contains: z.string().min(12), engineCites: z.string() }).strict()),
  })
  .strict();
type Golden = z.infer<typeof Golden>;

// Read at collection time so each question is its own test.
const golden: Golden = Golden.parse(JSON.parse(await readFile(path.join(HERE, "fixtures/golden.json"), "utf8")));

// As people get answers: with sentence meaning, once every article has its vectors.
let engine: QaEngine;
beforeAll(async () => {
  const opened = await openEngine({ corpusDir: CORPUS, cache: false, meaning: true });
  expect((await opened.loadInfo.meaning?.ready)?.error).toBeUndefined();
  engine = opened;
}, 60_000);
afterAll(async () => {
  await engine?.close();
});

describe("golden.json itself", () => {
  it("has no duplicate questions, and every expected substring occurs exactly in its article, once, in a citable sentence", async () => {
    const all = [...golden.answerable, ...golden.refused, ...golden.knownMisses].map((g) => g.question);
    expect(new Set(all).size).toBe(all.length);
    for (const g of [...golden.answerable, ...golden.knownMisses]) {
      const article = engine.articles.find((a) => a.id === g.articleId);
      expect(article, g.articleId).toBeDefined();
      const body = article?.body ?? "";
      expect(body.split(g.contains).length - 1, `${g.contains} occurs once in ${g.articleId}`).toBe(1);
      const sentence = engineInternals(engine).model.sentences.find((s) => s.articleId === g.articleId && s.text.includes(g.contains));
      expect(sentence, `${g.contains} lies within one sentence`).toBeDefined();
      expect(sentence?.boilerplate).toBeUndefined();
    }
  });
});

describe("answerable questions cite the expected sentence first", () => {
  it.each(golden.answerable.map((g) => [g.question, g] as const))("%s", async (_, g) => {
    const r = await engine.answer(g.question);
    if (!r.answered) throw new Error(`refused (${r.reason}; unknown: ${r.unknownTerms.join(", ")})`);
    const first = r.answers[0];
    expect(first?.citation.articleId).toBe(g.articleId);
    expect(first?.text).toContain(g.contains);
    expect(first?.citation.quote).toBe(first?.text);
  });
});

describe("questions the corpus cannot answer are never answered with confidence", () => {
  it.each(golden.refused.map((g) => [g.question, g] as const))("%s", async (_, g) => {
    const r = await engine.answer(g.question);
    // Not found, or at most the closest passages, said to be only that.
    if (r.answered) {
      expect(r.confidence).toBe("low");
      return;
    }
    expect(r.question).toBe(g.question);
    if (g.reason) expect(r.reason).toBe(g.reason);
    if (g.unknownTerm) expect(r.unknownTerms).toContain(g.unknownTerm);
    expect(r.nearest.length).toBeLessThanOrEqual(DEFAULTS.nearestArticles);
    for (const n of r.nearest) expect(engine.articles.map((a) => a.id)).toContain(n.articleId);
    if (r.reason === "no-terms") expect(r.nearest).toEqual([]);
  });

  it("a refusal for an absent name names the closest articles, best first", () => {
    const r = engine.ask("What did Biden say about the Mona Lisa?");
    if (r.answered) throw new Error("answered");
    expect(r.unknownTerms).toEqual(["Biden", "Mona", "Lisa"]);
    expect(r.nearest.length).toBeGreaterThan(0);
    const scores = r.nearest.map((n) => n.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    for (const n of r.nearest) {
      const a = engine.articles.find((x) => x.id === n.articleId);
      expect(n).toMatchObject({ headline: a?.headline, outlet: a?.outlet, published: a?.published });
    }
  });
});

describe("question length and emptiness", () => {
  it.each([
    ["empty", ""],
    ["spaces", "   "],
    ["whitespace of every kind", "\n\t \r\n"],
  ])("%s question throws QaInputError", (_, q) => {
    expect(() => engine.ask(q)).toThrow(QaInputError);
    expect(() => engine.ask(q)).toThrow(/the question is empty/);
  });

  it("2,001 characters throws QaInputError with a one-line message", () => {
    const q = "Putin ".repeat(400).slice(0, 1999) + "ab";
    expect(q).toHaveLength(2001);
    expect(q.trim()).toHaveLength(2001);
    let error: unknown;
    try {
      engine.ask(q);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(QaInputError);
    expect((error as Error).message).toBe("the question is too long: at most 2000 characters");
  });

  it("exactly 2,000 characters is accepted", () => {
    const q = `Who killed Igor Kirillov? ${"x".repeat(2000)}`.slice(0, 2000);
    expect(q).toHaveLength(2000);
    expect(() => engine.ask(q)).not.toThrow();
    expect(validateQuestion(q)).toBe(q);
  });

  it("surrounding and repeated whitespace does not count towards the limit", () => {
    const q = `   ${"Putin  ".repeat(300)}   `;
    expect(q.length).toBeGreaterThan(2000);
    expect(() => engine.ask(q)).not.toThrow();
    expect(validateQuestion("  Who   killed\nKirillov?  ")).toBe("Who killed Kirillov?");
  });
});
