/**
 * Sentences are not cut after a title's abbreviation or inside a state's
 * letters (nlp/abbreviations.ts, applied to wink's sentences in nlp/wink.ts),
 * and still end where a sentence ends. Invented sentences in US wire style.
 */
import { describe, expect, it } from "vitest";
import { continuesAfter, isTitleAbbreviation, RANK_ABBREVIATIONS } from "../src/qa/nlp/abbreviations.js";
import { analyse } from "../src/qa/nlp/wink.js";

const sentencesOf = (text: string) => analyse(text).sentences.map((s) => text.slice(s.start, s.end));

describe("sentences in wire style", () => {
  it.each([
    "“People are scared,” said the Rev. James Okoro, who runs a shelter.",
    "Det. Insp. Ann Boyd said the case was open.",
    "Atty. Gen. Ann Lee and Supt. Ray Kim spoke on Friday.",
    "Rep. Ann Kuster, D-N.H., voted against the bill.",
    "Fr. Tom Hill and Msgr. Ray Ortiz led the service.",
  ])("%s is one sentence", (text) => {
    expect(sentencesOf(text)).toEqual([text]);
  });

  it.each([
    ["The firm opened an office in Washington, D.C. The mayor came.", 2],
    ["He moved to the U.S. He never left.", 2],
    ["I said no. Then I left.", 2],
  ])("%s still has its sentence end", (text, count) => {
    expect(sentencesOf(text)).toHaveLength(count);
  });

  it("a title abbreviation is capitalised as written; an initial continues only into another", () => {
    expect(isTitleAbbreviation("Rev")).toBe(true);
    expect(isTitleAbbreviation("rev")).toBe(false);
    // Every rank the quote reader spells out ("Brig. Gen." is a brigadier general) is also a title here.
    for (const rank of RANK_ABBREVIATIONS.keys()) expect(isTitleAbbreviation(rank[0]!.toUpperCase() + rank.slice(1)), rank).toBe(true);
    expect(continuesAfter("Rep. Ann Kuster, D-N.", "H., voted")).toBe(true);
    expect(continuesAfter("in Washington, D.C.", " The mayor")).toBe(false);
  });
});
