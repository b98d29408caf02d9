/**
 * One wink pass per paragraph: segmentation hands its analysis of every
 * citable paragraph's whole text to quote reading, which reads the words from
 * it rather than analysing the paragraph again.
 */
import { describe, expect, it } from "vitest";
import { segmentArticle } from "../src/qa/corpus/segment.js";
import { readArticle } from "../src/qa/quotes/read.js";
import { articleOf, TEST_ALIASES } from "./fixtures/quotes-helpers.js";

const BODY = [
  "Published 2025-03-01 “We will not stop,” said Jane Doe, the union leader.",
  "Photo: a crowd outside the ministry.",
  "The ministry said talks would resume. “Nothing is agreed,” it added.",
].join("\n");

describe("quote reading from segmentation's NLP", () => {
  const article = articleOf(BODY);
  const seg = segmentArticle(article, TEST_ALIASES);

  it("segmentation gives an analysis of each citable paragraph's whole text, dateline included", () => {
    for (const p of seg.paragraphs) {
      const analysis = seg.analyses[p.index];
      if (p.boilerplate) {
        expect(analysis).toBeUndefined();
        continue;
      }
      const text = BODY.slice(p.start, p.end);
      expect(analysis?.tokens[0]?.start).toBe(0);
      expect(analysis?.tokens.map((t) => t.text)).toEqual(analysis?.tokens.map((t) => text.slice(t.start, t.end)));
      expect(analysis?.tokens.at(-1)?.end).toBe(text.length);
    }
    // The dateline is skipped for sentences, not for quotes: the first paragraph's analysis starts at "Published".
    expect(seg.analyses[0]?.tokens[0]?.text).toBe("Published");
    expect(seg.sentences[0]?.text.startsWith("“We will not stop")).toBe(true);
  });

  it("reads the same words from it as from its own analysis, and reads them from the analysis it is given", () => {
    const own = readArticle(article, seg.paragraphs);
    const given = readArticle(article, seg.paragraphs, seg.analyses);
    expect(given.readings.map((r) => r.words)).toEqual(own.readings.map((r) => r.words));
    expect(given.clauses).toEqual(own.clauses);

    // A doctored analysis shows through: the reading did not analyse the paragraph itself.
    const doctored = seg.analyses.map((a) => a && { ...a, tokens: a.tokens.map((t) => (t.text === "Jane" ? { ...t, pos: "INTJ" } : t)) });
    const jane = readArticle(article, seg.paragraphs, doctored).readings[0]?.words.find((w) => w.text === "Jane");
    expect(jane?.pos).toBe("INTJ");
  });
});
