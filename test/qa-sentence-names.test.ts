/**
 * A sentence's names (SentenceFeatures.proper, corpus/names.ts): a
 * sentence's first word is capitalised whatever it is, so it is a name only
 * where it reads as one. Every article is invented.
 */
import { describe, expect, it } from "vitest";
import { segmentArticle } from "../src/qa/corpus/segment.js";
import { EMPTY_ALIASES } from "../src/qa/nlp/aliases.js";
import { termsOfWords } from "../src/qa/nlp/terms.js";
import { articleOf } from "./fixtures/quotes-helpers.js";

/** Each sentence's text with its name terms. */
function names(...paragraphs: string[]): Array<[string, string[]]> {
  const seg = segmentArticle(articleOf(paragraphs.join("\n")), EMPTY_ALIASES);
  return seg.sentences.map((s, i) => [s.text, seg.features[i]?.proper ?? []]);
}

const term = (word: string) => termsOfWords([word])[0] as string;
const namesOf = (found: Array<[string, string[]]>, opening: string) => found.find(([text]) => text.startsWith(opening))?.[1];

describe("a sentence's names", () => {
  it("an opening word the article also writes in lower case, and never capitalises inside a sentence, is no name", () => {
    const found = names("Officials said the bridge was safe. Residents disagreed.", "The officials met the residents on Monday.");
    expect(namesOf(found, "Officials")).not.toContain(term("officials"));
    expect(namesOf(found, "Residents")).not.toContain(term("residents"));
    expect(namesOf(found, "The officials")).toContain(term("Monday"));
  });

  it("an opening word that is no noun read alone is no name, though the article never writes it in lower case", () => {
    const found = names("Several groups said they would watch the case. Few of them spoke again.");
    expect(namesOf(found, "Several")).toEqual([]);
    expect(namesOf(found, "Few")).toEqual([]);
  });

  it("an opening name the article never writes in lower case stays a name", () => {
    const found = names("Halvorsen said the council would vote on the bridge.", "The council wants it finished before winter.");
    expect(namesOf(found, "Halvorsen")).toContain(term("Halvorsen"));
  });

  it("an opening word the article capitalises inside a sentence stays a name, though it is also written in lower case", () => {
    const found = names("Police closed the road.", "A spokesman for the Metropolitan Police said the police would stay.");
    expect(namesOf(found, "Police closed")).toContain(term("police"));
  });

  it("a word after an opening bracket or quotation mark is the opening word, not a capitalised word inside", () => {
    const found = names("(Reporting by Jane Roe.) “Several people were hurt,” the reporting team said, and several of them were children.");
    expect(namesOf(found, "(Reporting")).toEqual([term("Jane"), term("Roe")]);
    expect(namesOf(found, "“Several")).toEqual([]);
  });

  it("capitalised words inside a sentence are names, as before", () => {
    const found = names("The mayor met Jane Roe in Springfield on Tuesday.");
    expect(namesOf(found, "The mayor")).toEqual([term("Jane"), term("Roe"), term("Springfield"), term("Tuesday")]);
  });
});
