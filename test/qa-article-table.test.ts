/**
 * Whole-article postings are read off the sentence index: for every term,
 * each article with the number of its citable sentences holding the term,
 * plus two for a headline term. They must be exactly what counting each
 * article's own sentence frequencies gives.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { engineInternals } from "../src/qa/engine.js";
import { createEngine, openEngine } from "../src/qa/index.js";
import { analyseQuestion } from "../src/qa/rank/question.js";
import { articleTable, scoreArticles } from "../src/qa/search/articleScore.js";
import { article } from "./fixtures/qa-helpers.js";

const CORPUS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../corpus");

describe("the article table", () => {
  it("holds, for every term, each article's count of sentences holding it (a headline term counting two more)", async () => {
    const { model, index } = engineInternals(await openEngine({ corpusDir: CORPUS, cache: false }));
    const expected = new Map<string, Array<[number, number]>>();
    model.articleFrequencies.forEach((f, a) => {
      const headline = model.headlineTerms[a] ?? new Set<string>();
      for (const t of new Set([...f.df.keys(), ...headline])) {
        const list = expected.get(t) ?? [];
        list.push([a, (f.df.get(t) ?? 0) + (headline.has(t) ? 2 : 0)]);
        expected.set(t, list);
      }
    });
    const table = articleTable(model, index);
    const actual = new Map<string, Array<[number, number]>>();
    for (const [term, t] of table.terms) {
      const list: Array<[number, number]> = [];
      for (let i = table.from[t] as number; i < (table.from[t + 1] as number); i++) list.push([table.articles[i] as number, table.counts[i] as number]);
      actual.set(term, list);
    }
    // Headline-only terms are there too (the bundled headlines hold words no sentence has).
    expect([...expected.keys()].some((t) => model.articleFrequencies.every((f) => !f.df.has(t)))).toBe(true);
    expect(new Map([...actual].sort())).toEqual(new Map([...expected].sort()));
    expect([...table.lengths]).toEqual(model.articleFrequencies.map((f) => f.sentences + 2));
    expect(table.n).toBe(model.articles.length);
  });
});

describe("scoreArticles with a limit", () => {
  it("gives the first `limit` of the full ranking, ties (identical articles) in article order", () => {
    // Invented articles: a few words in varying amounts, some articles identical so scores tie.
    const words = ["harbour", "ferry", "council", "budget", "storm", "bridge"];
    const articles = Array.from({ length: 30 }, (_, i) =>
      article(
        `a${i}`,
        Array.from({ length: 2 + (i % 4) }, (_, k) => `The ${words[(i + k) % words.length]} and the ${words[(i * 3 + k) % words.length]} were discussed on day ${k}.`).join("\n\n"),
      ),
    );
    const { model, index } = engineInternals(createEngine(articles));
    for (const question of ["harbour ferry", "storm budget bridge", "council", "ferry bridge storm harbour"]) {
      const terms = analyseQuestion(question, model).terms;
      const all = scoreArticles(model, index, terms);
      expect(all.length).toBeGreaterThan(5);
      expect(all.some((h, i) => i > 0 && h.score === all[i - 1]?.score)).toBe(true);
      for (const limit of [0, 1, 3, 5, all.length, all.length + 4]) expect(scoreArticles(model, index, terms, limit)).toEqual(all.slice(0, limit));
    }
  });
});
