/**
 * "Which N" questions: news names a thing beside what kind of thing it is
 * ("the Army Research and Referral Hospital", "Equally American, an advocacy
 * group"), so a name beside N is of the kind asked for (rank/answerEvidence.ts
 * kindAnswer). Every question and sentence is invented.
 */
import { describe, expect, it } from "vitest";
import { createEngine } from "../src/qa/index.js";
import { engineInternals } from "../src/qa/engine.js";
import { kindAnswer } from "../src/qa/rank/answerEvidence.js";
import { analyseQuestion } from "../src/qa/rank/question.js";
import { article } from "./fixtures/qa-helpers.js";

const engine = createEngine([
  article(
    "a",
    [
      "The former minister died on Monday after a long illness.",
      "He died at the Saint Brigid Memorial Hospital in Carlow, his family said.",
      "The hospital said visitors would be limited this week.",
      "Tenants Together, an advocacy group, backed the three families who sued the landlord.",
      "Several groups said they would watch the case closely.",
      "The case was filed in the District Court for the Western District of Ohio.",
      "The minister was first taken to Carlow Hospital on Sunday.",
    ].join(" "),
  ),
]);
const { model } = engineInternals(engine);
const idOf = (start: string) => model.sentences.findIndex((s) => s.text.startsWith(start));
const kindOf = (question: string) => analyseQuestion(question, model).kind;
const fires = (question: string, start: string) => kindAnswer(model.features(idOf(start))!, analyseQuestion(question, model));

describe("the kind a which-question asks for", () => {
  it.each([
    ["Which hospital did the former minister die in?", "hospit"],
    ["Which advocacy group backed the families?", "group"],
    ["In which Irish counties is the alert in force?", "counti"],
    ["What court was the case filed in?", "court"],
    ["What is the name of the advocacy group that backed the families?", "group"],
    ["What's the full name of the hospital?", "hospit"],
  ])("%s asks for a %s", (question, kind) => {
    expect(kindOf(question)).toBe(kind);
  });

  it.each(["What did the family say?", "Which of the tenants sued?", "What kind of illness did he have?", "Who backed the families?", "What year was the case filed?"])("%s names no kind", (question) => {
    expect(kindOf(question)).toBeUndefined();
  });
});

describe("a name beside the kind asked for", () => {
  it("is found where the sentence names the thing beside its kind", () => {
    expect(fires("Which hospital did the former minister die in?", "He died at the Saint Brigid")).toBe(1);
    expect(fires("Which advocacy group backed the families?", "Tenants Together")).toBe(1);
    expect(fires("Which court was the case filed in?", "The case was filed")).toBe(1);
  });

  it("is not found where the kind stands without a new name, or a name without the kind", () => {
    expect(fires("Which hospital did the former minister die in?", "The hospital said")).toBe(0);
    expect(fires("Which advocacy group backed the families?", "Several groups said")).toBe(0);
    expect(fires("Which hospital did the former minister die in?", "Tenants Together")).toBe(0);
  });

  it("does not count the question's own names", () => {
    expect(fires("Which hospital in Carlow was the minister taken to first?", "The minister was first taken")).toBe(0);
    expect(fires("Which hospital was the minister taken to first?", "The minister was first taken")).toBe(1);
  });
});
