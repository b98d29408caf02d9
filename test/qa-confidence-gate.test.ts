/**
 * The gate in front of "high" (rank/confidence.ts mayBeHigh): a passage
 * that shares no name, noun or verb with the question, or lacks the date,
 * number or quotation the question asks for, is never called an answer.
 * Every sentence is invented, in the shape of a story that covers an event
 * but not the detail asked about.
 */
import { describe, expect, it } from "vitest";
import { DEFAULT_RANK_OPTIONS, rankCandidates } from "../src/qa/answer/ask.js";
import { engineInternals } from "../src/qa/engine.js";
import { createEngine } from "../src/qa/index.js";
import { evidenceOf, mayBeHigh } from "../src/qa/rank/confidence.js";
import { analyseQuestion } from "../src/qa/rank/question.js";
import { article, topEvidence } from "./fixtures/qa-helpers.js";

const FERRY = [
  "A passenger ferry sank off the northern coast of Carrow Island, the coastguard said.",
  "Rescuers pulled 40 passengers from the water.",
  "The harbour master, Ines Halvorsen, adjourned the inquiry after an hour.",
  '"Nobody should have been on deck in that wind," Halvorsen told reporters.',
].join("\n\n");
const FROGS = [
  "Biologists measured the skulls of 150 frog species kept in museum drawers.",
  "The survey doubled the number of species known to science.",
].join("\n\n");
const engine = createEngine([article("ferry", FERRY), article("frogs", FROGS)]);
const { model, index } = engineInternals(engine);

const evidence = (question: string) => topEvidence(engine, question);

describe("the gate in front of a high-confidence answer", () => {
  it("a when-question whose best passage holds no date is not an answer", () => {
    const { top, e } = evidence("When did the ferry sink off Carrow Island?");
    expect(top).toContain("sank");
    expect(e.typeMissing).toBe(1);
    expect(mayBeHigh(e)).toBe(false);
  });

  it("a how-many question whose best passage holds a number passes the type check", () => {
    const { top, e } = evidence("How many passengers did rescuers pull from the water?");
    expect(top).toContain("40 passengers");
    expect(e.typeMissing).toBe(0);
    expect(e.anchored).toBe(1);
    expect(mayBeHigh(e)).toBe(true);
  });

  it("a what-did-X-say question needs quoted words, not the event", () => {
    const asked = evidence("What did Halvorsen say to reporters?");
    expect(asked.top).toContain("Nobody should");
    expect(mayBeHigh(asked.e)).toBe(true);
    const unsaid = evidence("What did Halvorsen say when she adjourned the inquiry?");
    expect(unsaid.top).toContain("adjourned the inquiry");
    expect(unsaid.e.typeMissing).toBe(1);
    expect(mayBeHigh(unsaid.e)).toBe(false);
  });

  it("a passage that shares no name, noun or verb with the question is not anchored", () => {
    // "known" is the only word in common: an adjective of the question's subject.
    const { e } = evidence("How many bones does a known adult human have?");
    expect(e.anchored).toBe(0);
    expect(mayBeHigh(e)).toBe(false);
  });

  it("a question naming something no article mentions is not an answer", () => {
    const { e } = evidence("How many passengers did rescuers pull from the water off Portugal?");
    expect(e.unknownNames).toBe(1);
    expect(mayBeHigh(e)).toBe(false);
  });

  it("the engine never answers a gated question with high confidence", () => {
    for (const q of ["When did the ferry sink off Carrow Island?", "What did Halvorsen say when she adjourned the inquiry?", "How many passengers did rescuers pull from the water off Portugal?"]) {
      const r = engine.ask(q);
      expect(r.answered && r.confidence).not.toBe("high");
    }
  });
});


describe("the meaning evidence", () => {
  it("reads the best cosine and the mean of the three best, whatever order the candidates come in", () => {
    const q = analyseQuestion("When did the ferry sink?", model);
    const { ranked } = rankCandidates(model, index, q, DEFAULT_RANK_OPTIONS);
    const cosines = [0.25, 0.75, -0.5, 0.5, 0.75, 0.125];
    const base = ranked[0];
    if (!base) throw new Error("no candidate");
    const withMeaning = cosines.map((meaning, i) => ({ id: base.id, score: base.score - i, features: { ...base.features, meaning } }));
    const e = evidenceOf(withMeaning, { articleOf: () => 0, articles: 2 }, q, []);
    expect(e.bestMeaning).toBe(0.75);
    expect(e.meaningTop3).toBe((0.75 + 0.75 + 0.5) / 3);
    const two = evidenceOf(withMeaning.slice(2, 4), { articleOf: () => 0, articles: 2 }, q, []);
    expect([two.bestMeaning, two.meaningTop3]).toEqual([0.5, (0.5 - 0.5) / 2]);
  });
});
