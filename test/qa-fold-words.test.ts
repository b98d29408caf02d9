/**
 * Literal word-pair matching (the "wording" feature) reads sentences folded
 * to their words. Plain ASCII text takes a short path that must fold exactly
 * as the full Unicode path does; and a pair is found where it stands as
 * whole words, never inside a longer word. Highlights read words with an
 * ASCII pattern on ASCII text: the same words as the Unicode one.
 */
import { describe, expect, it } from "vitest";
import { highlightsOf } from "../src/qa/answer/highlight.js";
import { buildAliasTable } from "../src/qa/nlp/aliases.js";
import { foldCase, foldWords } from "../src/qa/nlp/normalize.js";
import { termsOfText } from "../src/qa/nlp/terms.js";
import { wording } from "../src/qa/rank/evidence.js";

const unicodePath = (text: string) => foldCase(text).replace(/[^\p{L}\p{N}]+/gu, " ");

describe("foldWords", () => {
  it.each([
    "The Harbour Board met on Tuesday, 3 May 2021 -- and voted 7-2.",
    "  leading and trailing spaces, tabs\tand\nnewlines  ",
    "Quotes `like this' and \"these\"; symbols #@$%^&*()_+={}[]|\\:;<>?/~ and digits 0123456789.",
    "",
    "!!!",
    // Not ASCII: the full path (diacritics, curly apostrophes, other scripts, a dotted capital I).
    "Zelenskýy’s café in İzmir — naïve “quotes” and ½ of ﬁve Ⅻ",
    // ASCII but for separators news prose adds (the short path): curly quotes, dashes, an ellipsis, a no-break space, signs.
    "The mayor’s “plan” – costing £40m… rose 5° at\u00a0noon — a −3 swing · ‘maybe’",
    // One character beyond them sends the whole text down the full path.
    "The mayor’s “plan” rose 5° — ﬁne™",
  ])("folds %j as the Unicode path does", (text) => {
    expect(foldWords(text)).toBe(unicodePath(text));
  });

  it("folds texts of any length alike, each on its own (the short path reuses its bytes)", () => {
    const long = "Word, ANOTHER word -- ".repeat(4000);
    const texts = ["A much longer sentence than the next, with Many Words in it.", "Short.", long.slice(0, 2000), long, "Short again?"];
    for (const text of texts) expect(foldWords(text)).toBe(unicodePath(text));
  });

  it("lower-cases and joins words with single spaces", () => {
    expect(foldWords("The U.S.-led Plan, (2021)")).toBe("the u s led plan 2021 ");
  });
});

describe("wording", () => {
  const folded = (text: string) => ` ${foldWords(text)} `;
  it("counts the question's word pairs standing as whole words in the sentence", () => {
    const pairs = [" the harbour ", " harbour board ", " board met ", " met today "];
    expect(wording(folded("The Harbour Board met on Tuesday."), pairs)).toBe(3 / 4);
  });

  it("finds no pair inside longer words, and finds one after a near miss earlier in the sentence", () => {
    expect(wording(folded("Another harbourage boarded."), [" the harbour ", " harbour board "])).toBe(0);
    expect(wording(folded("Seaharbour boards, then the harbour board sat."), [" harbour board "])).toBe(1);
    expect(wording(folded("Harbour board first."), [" harbour board "])).toBe(1);
  });

  it("gives 0 for a question without pairs", () => {
    expect(wording(folded("Anything at all."), [])).toBe(0);
  });
});

describe("highlights over ASCII and non-ASCII text", () => {
  it("marks the same words whichever word pattern reads the text", () => {
    const none = buildAliasTable([]);
    const terms = new Set(termsOfText("harbour board budget 2021", none));
    const ascii = "The Harbour Board's budget -- set in 2021 -- was cut; harbour-board members objected.";
    // The same sentence with one non-ASCII character far from any match takes the Unicode pattern.
    const unicode = `${ascii} Café.`;
    const marked = (text: string) => highlightsOf(text, terms, none).map((h) => text.slice(h.start, h.end));
    expect(marked(ascii)).toEqual(["Harbour Board's budget", "2021", "harbour-board"]);
    expect(marked(unicode)).toEqual(marked(ascii));
  });
});

describe("a run of letters longer than any word", () => {
  it("is kept as written, not stemmed", () => {
    expect(termsOfText(`${"z".repeat(61)}sses`, buildAliasTable([]))).toEqual([`${"z".repeat(61)}sses`]);
    expect(termsOfText(`${"z".repeat(56)}sses`, buildAliasTable([]))).toEqual([`${"z".repeat(56)}ss`]);
  });
});
