/**
 * The gold-file evaluator (the "starts" format): label matching, opening
 * words, precision over returned matches, not_speech counted as wrong, and
 * lookup recall through findQuotes. Invented articles only.
 */
import { describe, expect, it } from "vitest";
import { buildQuoteIndex } from "../src/qa/quotes/index.js";
import { evaluateGold, GoldSetSchema, labelsMatch, opensWith } from "../src/qa/quotes/evaluate-gold.js";
import { articleOf, sourceOf, TEST_ALIASES } from "./fixtures/quotes-helpers.js";

describe("label matching", () => {
  it("matches when all content words of one label stand in the other, case and diacritics folded", () => {
    expect(labelsMatch("Boris Johnson", "Johnson")).toBe(true);
    expect(labelsMatch("Supreme Court", "Supreme Court of Puerto Rico")).toBe(true);
    expect(labelsMatch("Erdogan", "Recep Tayyip Erdoğan")).toBe(true);
    expect(labelsMatch("Foreign Ministry of Iraq", "Iraq's Foreign Ministry")).toBe(true);
    expect(labelsMatch("Johnson", "Boris Becker")).toBe(false);
    expect(labelsMatch("the", "Johnson")).toBe(false);
  });

  it("matches a quote to opening words on whole words only", () => {
    expect(opensWith("We will rebuild the bridge, and soon.", "We will rebuild")).toBe(true);
    expect(opensWith("However", "However,")).toBe(true);
    expect(opensWith("We willingly go", "We will")).toBe(false);
  });
});

describe("evaluateGold", () => {
  const body = [
    "Mayor Anna Kowalczyk said, “We will rebuild the bridge before winter.”",
    "Engineer Tomas Berg disagreed. “The river is still too high,” Berg said.",
    "The council called it a “temporary measure” in a statement.",
  ].join("\n");
  const article = articleOf(body, { id: "bridge" });
  const index = buildQuoteIndex([sourceOf(article, TEST_ALIASES)], TEST_ALIASES);

  it("scores precision, recall and lookup recall, and counts a returned not_speech item as wrong", () => {
    const gold = GoldSetSchema.parse({
      quotes: [
        { article: "bridge", starts: "We will rebuild", speaker: "Kowalczyk" },
        { article: "bridge", starts: "The river is", speaker: "Kowalczyk" },
        { article: "bridge", starts: "Nobody said this", speaker: "Berg" },
      ],
      not_speech: [{ article: "bridge", text: "temporary measure" }],
    });
    const report = evaluateGold(index, gold);
    const byStart = Object.fromEntries(report.items.map((i) => [i.gold.starts, i]));
    expect(byStart["We will rebuild"]?.outcome).toBe("right");
    expect(byStart["We will rebuild"]?.lookup).toBe(true);
    expect(byStart["The river is"]?.outcome).toBe("wrong-speaker");
    expect(byStart["Nobody said this"]?.outcome).toBe("not-found");
    expect(report.recall).toBeCloseTo(1 / 3);
    expect(report.notSpeech.map((n) => n.text)).toEqual(["temporary measure"]);
    expect(report.precision).toBeCloseTo(1 / 3);
    expect(report.lookupRecall).toBeCloseTo(1 / 3);
    expect(report.byKind["label: one-word name"]?.labelled).toBe(3);
  });
});
