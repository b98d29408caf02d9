import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { openEngine, type QaEngine } from "../src/qa/index.js";

let engine: QaEngine;

beforeAll(async () => {
  engine = await openEngine({ corpusDir: path.resolve("corpus"), cache: false });
});

describe("context for a quote key", () => {
  it("gives the sentence each quote starts in, exactly cited", () => {
    for (const speaker of ["Zelensky", "Putin"]) {
      const found = engine.findQuotes({ speaker, limit: 25 });
      if (found.speaker === null) throw new Error(`${speaker} should be known`);
      expect(found.quotes.length).toBeGreaterThan(0);
      for (const q of found.quotes) {
        const view = engine.context(q.key);
        expect(view, q.key).toBeDefined();
        if (!view) continue;
        const article = engine.articles.find((a) => a.id === q.citation.articleId);
        expect(view.sentence.articleId).toBe(q.citation.articleId);
        expect(view.sentence.start).toBeLessThanOrEqual(q.citation.start);
        expect(view.sentence.end).toBeGreaterThan(q.citation.start);
        expect(article?.body.slice(view.citation.start, view.citation.end)).toBe(view.citation.quote);
      }
    }
  });

  it("refuses a suppressed quote key and a span that matches nothing citable", () => {
    const found = engine.findQuotes({ speaker: "Zelensky" });
    if (found.speaker === null) throw new Error("Zelensky should be known");
    const key = found.quotes[0]?.key ?? "";
    expect(engine.context(key, { suppressed: new Set([key]) })).toBeUndefined();
    // The LBC article opens with a radio schedule line: boilerplate, never context.
    expect(engine.context("lbc-putin-high-tech-duel-kyiv:1-10")).toBeUndefined();
    expect(engine.context("no-such-article:0-10")).toBeUndefined();
  });
});
