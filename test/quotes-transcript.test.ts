/**
 * Transcripts and question-and-answer interviews (quotes/transcript.ts): a
 * speaker's label and no quotation marks. Invented articles, one house
 * style each: a broadcast transcript with names in capitals, an interview
 * labelled by surname, and lines that only look like labels.
 */
import { describe, expect, it } from "vitest";
import { createEngine } from "../src/qa/index.js";
import { article } from "./fixtures/qa-helpers.js";
import { articleOf, extract, speakersByText } from "./fixtures/quotes-helpers.js";

const BROADCAST = [
  "Steve Inskeep talks to Ada Okafor, the mayor of Carrow, about the bridge.",
  "STEVE INSKEEP, HOST: What did you see when the bridge fell?",
  "ADA OKAFOR: I saw the middle span drop into the river. Nobody was on it.",
  "INSKEEP: Will you rebuild it?",
  "OKAFOR: We will, and faster than anyone expects.",
].join("\n");

const INTERVIEW = [
  "The Gazette spoke to candidate Sandra Jephcott, who is running for the Land party.",
  "Gazette: Why are you running?",
  "Jephcott: Because the land needs a voice.",
  "Gazette: What is your plan?",
  "Jephcott: Protect the water first, then the farms.",
].join("\n");

describe("transcript lines", () => {
  it("a broadcast transcript: names in capitals, a role after the first, surnames after that", () => {
    expect(speakersByText(extract(BROADCAST))).toEqual({
      "What did you see when the bridge fell?": "Steve Inskeep",
      "I saw the middle span drop into the river. Nobody was on it.": "Ada Okafor",
      "Will you rebuild it?": "Steve Inskeep",
      "We will, and faster than anyone expects.": "Ada Okafor",
    });
  });

  it("an interview labelled by surname: the interviewee speaks under the full name the story gives; the outlet asking is no speaker", () => {
    const r = extract(INTERVIEW, undefined);
    expect(speakersByText(r)).toEqual({ "Because the land needs a voice.": "Sandra Jephcott", "Protect the water first, then the farms.": "Sandra Jephcott" });
  });

  it("each quote is the text after the label, exactly as the body has it", () => {
    const r = extract(BROADCAST);
    for (const q of r.quotes) {
      expect(r.article.body.slice(q.start, q.end)).toBe(q.text);
      expect(q.marks).toBe("none");
    }
  });

  it("headings, notes and a label used once are not speakers", () => {
    const lines = [
      "The council met on Monday to plan the new bridge.",
      "Key Points: The bridge will be rebuilt by 2027.",
      "Key Points: The ferry will run until then.",
      "Editorial: The council is right to rebuild.",
      "Editorial: It should move faster.",
      "Ada Okafor: We start in spring.",
    ];
    expect(extract(lines.join("\n")).quotes).toEqual([]);
  });

  it("a labelled line with quotation marks is credited once, as marked quotes are", () => {
    const r = extract(["Ada Okafor is the mayor of Carrow.", "Okafor: “The bridge fell.”", "Okafor: “We will rebuild it.”"].join("\n"));
    expect(r.quotes.map((q) => [q.text, q.attribution.name, q.marks])).toEqual([
      ["The bridge fell.", "Ada Okafor", "double"],
      ["We will rebuild it.", "Ada Okafor", "double"],
    ]);
  });

  it("/quote finds a transcript's speaker through the engine", () => {
    const engine = createEngine([article("radio", BROADCAST, { outlet: articleOf("").outlet })]);
    const found = engine.findQuotes({ speaker: "Okafor" });
    expect(found.speaker === null ? [] : found.quotes.map((q) => q.text)).toEqual(["I saw the middle span drop into the river. Nobody was on it.", "We will, and faster than anyone expects."]);
  });
});
