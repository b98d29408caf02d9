/**
 * Questions about a death ask for its cause (rank/death.ts): "How did X
 * die?" is not answered by a passage that only reports the death. Every
 * question and sentence is invented, in the shapes news prose uses.
 */
import { describe, expect, it } from "vitest";
import { createEngine } from "../src/qa/index.js";
import { mayBeHigh } from "../src/qa/rank/confidence.js";
import { asksCauseOfDeath, statesCauseOfDeath } from "../src/qa/rank/death.js";
import { answerTypeOf } from "../src/qa/rank/question.js";
import { foldWords } from "../src/qa/nlp/normalize.js";
import { article, topEvidence } from "./fixtures/qa-helpers.js";

const folded = (s: string) => ` ${foldWords(s)} `;

describe("questions about a death", () => {
  it.each([
    "How did the painter's brother Tomas Reyes die?",
    "How was the night guard killed in the raid?",
    "Why did the two hikers die?",
    "What killed the fish in the reservoir?",
    "What caused the singer's death?",
    "What was the cause of death?",
    "How did the sailors lose their lives?",
    "What did the coroner record as the cause of the climber's death?",
    "What did the retired bishop die of?",
    "How did the singer pass away?",
    "Why did the actor's mother pass away?",
    "How were the two climbers losing their lives?",
    "How did the stranded whale lose its life?",
  ])("%s asks for a cause", (question) => {
    expect(asksCauseOfDeath(question, answerTypeOf(question))).toBe(true);
  });

  it.each([
    "How did the police react to the deaths?",
    "How did the family mourn the guard who died?",
    "How many people died in the flood?",
    "When did the author die?",
    "How did the museum get its paintings?",
  ])("%s does not", (question) => {
    expect(asksCauseOfDeath(question, answerTypeOf(question))).toBe(false);
  });

  it("'what killed' asks for a reason", () => {
    expect(answerTypeOf("What killed the fish in the reservoir?")).toBe("reason");
  });

  it("a question read as asking for a death's cause asks for a reason too (both read it from rank/death.ts)", () => {
    // Four words between "causes of" and a plural "deaths": once a reason question read fewer and the singular only.
    for (const q of ["Name the causes of the four climbers' deaths.", "Tell me the cause of the young actor's sudden death.", "What did the retired bishop die of?"]) {
      expect(answerTypeOf(q)).toBe("reason");
      expect(asksCauseOfDeath(q, answerTypeOf(q))).toBe(true);
    }
  });
});

describe("sentences that state a cause of death", () => {
  it.each([
    "Reyes died of a heart attack at his home in 1998.",
    "The guard was shot twice during the raid.",
    "Both hikers died after falling from the ridge.",
    "The singer took her own life, the coroner found.",
    "Three sailors were killed when the boat capsized.",
    "The fish suffocated as oxygen in the water fell.",
    "He died in a car crash near the border.",
  ])("%s", (sentence) => {
    expect(statesCauseOfDeath(folded(sentence))).toBe(true);
  });

  it.each([
    "Another brother, Tomas Reyes, predeceased him.",
    "Reyes died on Tuesday, his family said.",
    "The guard, who died in 2015, was 54.",
    "The singer is survived by two daughters.",
  ])("%s does not", (sentence) => {
    expect(statesCauseOfDeath(folded(sentence))).toBe(false);
  });
});

const PAINTER = [
  "The painter Ilse Marwood died on Monday at the age of 91, her gallery said.",
  "Her work hangs in museums in Oslo, Lyon and Boston.",
  "Her brother, the architect Tomas Reyes Marwood, predeceased her.",
  "Marwood is survived by a daughter and two grandsons.",
].join("\n\n");
const FLOOD = [
  "Floodwater swept through the valley town of Keswin on Saturday.",
  "Two farmers died when their tractor was swept off the Keswin road.",
  "The army sent boats to reach villages cut off by the water.",
].join("\n\n");

describe("the gate for a question about a death", () => {
  const engine = createEngine([article("painter", PAINTER), article("flood", FLOOD)]);
  const evidence = (question: string) => topEvidence(engine, question);


  it("a passage that only reports the death is not the answer", () => {
    const { top, e } = evidence("How did the architect Tomas Reyes Marwood die?");
    expect(top).toContain("predeceased");
    expect(e.typeMissing).toBe(1);
    expect(mayBeHigh(e)).toBe(false);
  });

  it("a passage with the cause passes the check", () => {
    const { top, e } = evidence("How did the two farmers in Keswin die?");
    expect(top).toContain("swept off");
    expect(e.typeMissing).toBe(0);
  });
});
