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
import { analyse, analyseTokens, isWinkStopWord, stem } from "../src/qa/nlp/wink.js";
import { EMPTY_ALIASES } from "../src/qa/nlp/aliases.js";
import { termsOfText } from "../src/qa/nlp/terms.js";
import { answerNear, NUMERIC, YEAR } from "../src/qa/rank/answerEvidence.js";
import { analyseQuestion } from "../src/qa/rank/question.js";
import { engineInternals } from "../src/qa/engine.js";
import { createEngine } from "../src/qa/index.js";
import { article } from "./fixtures/qa-helpers.js";

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

  it("but a word with a digit is kept as written: the stemmer turns every 3 into a y", () => {
    expect(winkUtils.string.stem("2023")).toBe("202i");
    for (const w of ["2023", "300", "3rd", "2.3", "mp3", "1990s", "covid19"]) expect(stem(w)).toBe(w);
    // So a year or a number with a 3 in it reads as one: a when-question's answer holds a year it does not give.
    const { model } = engineInternals(createEngine([article("bridge", "The Carrow bridge opened in 2023.")]));
    expect(answerNear(model.features(0)?.terms ?? [], analyseQuestion("When did the Carrow bridge open?", model))).toBe(1);
    expect(YEAR.test(termsOfText("It opened in 2013.", EMPTY_ALIASES).at(-1) ?? "")).toBe(true);
    expect(NUMERIC.test(termsOfText("It cost 350 euros.", EMPTY_ALIASES)[1] ?? "")).toBe(true);
  });
});

describe("the parts-of-speech-only reader", () => {
  // Invented questions and news prose: names, dates, money, negation, abbreviations, quotes, several sentences.
  const texts = [
    "Who did the council not elect as mayor in 2019?",
    "How much did the Acme Corp. pay for the harbour on Jan. 5?",
    "What did Dr. Maria Okafor say about the flood?",
    "WHEN WAS THE BRIDGE CLOSED",
    "why didn't the trains run",
    "The mayor said the bridge would not reopen before March. \"We cannot risk it,\" she told reporters on Tuesday.",
    "Shares in Nordvik A/S fell 12% to $4.50 after the U.S. regulator's ruling, the third drop this week.",
    "Rescue teams reached the village at 6:30 a.m. Two people were missing; 45 were taken to hospital.",
    ...words.slice(0, 200).map((w) => `What is ${w}?`),
  ];

  it("gives the tokens, offsets and tags the full pipeline gives", () => {
    for (const text of texts) expect(analyseTokens(text)).toEqual(analyse(text).tokens);
  });
});
