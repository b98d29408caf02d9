/**
 * A question's acronym for a name the corpus spells out (rank/acronyms.ts).
 * The corpus and questions are invented.
 */
import { describe, expect, it } from "vitest";
import { acronymsIn } from "../src/qa/answer/ask.js";
import { createEngine } from "../src/qa/index.js";
import { engineInternals } from "../src/qa/engine.js";
import { analyseQuestion } from "../src/qa/rank/question.js";
import { article } from "./fixtures/qa-helpers.js";

const engine = createEngine([
  article("weather", "The National Weather Service warned of flooding along the river on Tuesday. The warning covered three counties, the National Weather Service said."),
  article("budget", "The Department of Public Works asked for a larger budget. Officials at the US Federal Aviation Administration did not comment."),
  article("twins", "North Harbor residents met on Friday. New Haven officials said the vote would wait."),
  article("known", "The BBC reported the story first."),
]);
const { model, index } = engineInternals(engine);
const read = acronymsIn(model, index);
const termsOf = (question: string) => analyseQuestion(question, model, undefined, undefined, read).terms;
const spelled = (name: string) => analyseQuestion(name, model).terms;

describe("acronyms", () => {
  it("reads an acronym as the name whose initials it spells in the story the question is about", () => {
    expect(termsOf("What did the NWS warn of?")).toEqual(expect.arrayContaining(spelled("National Weather Service")));
    // The small words of a name carry no initial.
    expect(termsOf("Why did the DPW want a larger budget?")).toEqual(expect.arrayContaining(spelled("Department Public Works")));
    // A stretch of a longer run counts: "US Federal Aviation Administration" gives FAA.
    expect(termsOf("Did the FAA comment on the budget?")).toEqual(expect.arrayContaining(spelled("Federal Aviation Administration")));
  });

  it("looks only in the stories the rest of the question leads to", () => {
    expect(termsOf("Did the NWS ask for a larger budget?")).toContain("nws");
    // Nothing else in the question to lead to a story.
    expect(termsOf("What is the NWS?")).toContain("nws");
  });

  it("leaves alone what is no acronym, or spells two names equally often", () => {
    expect(termsOf("What did the Nws warn of?")).not.toContain("weather");
    expect(termsOf("How did NH residents and officials vote?")).toContain("nh");
  });

  it("answers a question asked with the acronym", () => {
    const r = engine.ask("What did the NWS warn of?");
    expect(r.answered).toBe(true);
    if (r.answered) expect(r.answers[0]?.text).toContain("warned of flooding");
  });

  it("keeps an acronym the corpus itself writes", () => {
    expect(termsOf("What did the BBC report?")).toContain("bbc");
  });
});
