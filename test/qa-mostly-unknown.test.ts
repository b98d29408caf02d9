/**
 * A question most of whose words no article uses is "not found" on a broad
 * corpus (rank/confidence.ts mostlyUnknown), though one of its names occurs:
 * thirty local stories, one of which mentions Kenya, have nothing on "the
 * deepest lake in Kenya". On a corpus of two articles the rule does not
 * apply, because a small corpus lacks most words any paraphrase uses: a
 * question as unknown to it is answered with the closest passages. Every
 * article is invented.
 */
import { describe, expect, it } from "vitest";
import { createEngine } from "../src/qa/index.js";
import { mostlyUnknown, type Evidence } from "../src/qa/rank/confidence.js";
import { article } from "./fixtures/qa-helpers.js";

const TOWNS = ["Arden", "Belmore", "Carrow", "Dunmere", "Eskby", "Fallon", "Garth", "Holm", "Ilsey", "Jarrow", "Kells", "Lorne", "Marsh", "Nairn", "Orley", "Penton", "Quarry", "Rosk", "Selby", "Tarn", "Ulver", "Vance", "Wick", "Yarrow", "Zennor", "Ashby", "Brill", "Coombe", "Dale", "Elton"];
const KENYA = "A delegation of farmers from Kenya visited the Arden market on Saturday to compare prices.";

const stories = TOWNS.map((town, i) =>
  article(
    `town-${i}`,
    [
      `The ${town} council voted on Tuesday to repair the old bridge over the river.`,
      `Residents of ${town} had complained about potholes, closed shops and late buses for months.`,
      i === 0 ? KENYA : `A spokesman for ${town} council said work would start in the spring.`,
    ].join("\n\n"),
  ),
);

const QUESTION = "What's the deepest freshwater lake in Kenya?";

describe("a question the corpus mostly does not know", () => {
  it("is not found on thirty articles, though one names Kenya", () => {
    const r = createEngine(stories).ask(QUESTION);
    expect(r.answered).toBe(false);
  });

  it("does not refuse on two articles a paraphrase most of whose words the corpus lacks", () => {
    // "growers", "tour", "weigh" and "costs" are words neither article uses, as a small corpus lacks most words any paraphrase uses.
    const r = createEngine(stories.slice(0, 2)).ask("Which market did growers from Kenya tour to weigh up costs?");
    expect(r.answered).toBe(true);
    if (r.answered) {
      expect(r.confidence).toBe("low");
      expect(r.answers[0]?.text).toBe(KENYA);
    }
  });

  it("holds for most of the question's weight, and only on a broad corpus", () => {
    const at = (unknownShare: number, articles: number) => mostlyUnknown({ unknownShare } as Evidence, articles);
    expect(at(0.65, 60)).toBe(true);
    expect(at(0.55, 60)).toBe(false);
    expect(at(0.65, 30)).toBe(true);
    expect(at(0.95, 8)).toBe(false);
    expect(at(0.99, 1)).toBe(false);
  });
});
