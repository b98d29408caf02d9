/**
 * citebot stems with wink-porter2-stemmer and reads wink-nlp-utils' stop-word
 * list as data, instead of requiring wink-nlp-utils (which builds a second
 * wink model). Both must be exactly what wink-nlp-utils' own functions give.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import winkUtils from "wink-nlp-utils";
import { isWinkStopWord, stem } from "../src/qa/nlp/wink.js";

const CORPUS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../corpus");
const words = [
  ...new Set(
    readdirSync(CORPUS)
      .filter((n) => n.endsWith(".md"))
      .flatMap((n) => readFileSync(path.join(CORPUS, n), "utf8").toLowerCase().match(/\p{L}+(?:'\p{L}+)?/gu) ?? []),
  ),
];

describe("wink words", () => {
  it("the corpus has words enough to tell (stop words and others)", () => {
    expect(words.length).toBeGreaterThan(1000);
    expect(words.filter((w) => winkUtils.tokens.removeWords([w]).length === 0).length).toBeGreaterThan(50);
  });

  it("stop words are wink-nlp-utils' own, word for word", () => {
    for (const w of [...words, "the", "us", "first", "last", "name"]) expect([w, isWinkStopWord(w)]).toEqual([w, winkUtils.tokens.removeWords([w]).length === 0]);
  });

  it("stems are wink-nlp-utils' own", () => {
    for (const w of words) expect([w, stem(w)]).toEqual([w, winkUtils.string.stem(w)]);
  });
});
