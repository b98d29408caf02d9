/**
 * Who speaks when no one is named beside the quote, on invented sentences
 * (one shape per rule): unnamed sources looked up by the words of their
 * label, bodies described elsewhere in the article, and a person the
 * narration has just been about. None of these sentences is from a corpus.
 */
import { describe, expect, it } from "vitest";
import { buildQuoteIndex, findQuotes } from "../src/qa/quotes/index.js";
import { articleOf, sourceOf, TEST_ALIASES } from "./fixtures/quotes-helpers.js";

function indexOf(body: string) {
  return buildQuoteIndex([sourceOf(articleOf(body), TEST_ALIASES)], TEST_ALIASES);
}

describe("unnamed sources by the words of their label", () => {
  const body = [
    "Bread prices rose by a “worrying margin” last month, according to a Brightmart spokesperson.",
    "A number of farmers called the new levy “a tax on rain”.",
    "Mayor Ida Kallio said, “We will review it.”",
  ].join("\n");

  it("finds an unnamed source's quotes by some or all of its label's words, in any case, and pages by the id returned", () => {
    const index = indexOf(body);
    const found = findQuotes(index, { speaker: "Brightmart spokesperson" });
    expect(found.speaker).toEqual({ id: "brightmart-spokesperson", name: "a Brightmart spokesperson" });
    if (found.speaker === null) return;
    expect(found.quotes.map((q) => q.text)).toEqual(["worrying margin"]);
    const again = findQuotes(index, { speaker: found.speaker.id });
    expect(again.speaker?.id).toBe("brightmart-spokesperson");
    expect(findQuotes(index, { speaker: "FARMERS" }).speaker?.name).toBe("A number of farmers");
  });

  it("prefers a named speaker, and finds nothing for words no label holds or for function words alone", () => {
    const index = indexOf(body);
    expect(findQuotes(index, { speaker: "Kallio" }).speaker?.name).toBe("Ida Kallio");
    expect(findQuotes(index, { speaker: "Brightmart lawyer" }).speaker).toBeNull();
    expect(findQuotes(index, { speaker: "the" }).speaker).toBeNull();
  });
});
