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
  article("council", "The Legislative Council met in Hong Kong on Wednesday. Protesters shouted as the Legislative Council opened."),
  article("defence", "The Department of Defense sent engineers to the dam. The Museum of Modern Art closed its doors for the storm."),
  article("schools", "The Department for Education will fund new classrooms, a spokesperson said."),
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

  it("reads an acronym in mixed case: a capital's letters go on spelling its word, or are the initials of small words after it", () => {
    expect(termsOf("Why did protesters shout at the LegCo in Hong Kong?")).toEqual(expect.arrayContaining(spelled("Legislative Council")));
    expect(termsOf("Where did the DoD send engineers?")).toEqual(expect.arrayContaining(spelled("Department Defense")));
    expect(termsOf("Why did MoMA close for the storm?")).toEqual(expect.arrayContaining(spelled("Museum Modern Art")));
    expect(termsOf("What will the DfE fund?")).toEqual(expect.arrayContaining(spelled("Department Education")));
  });

  it("leaves a mixed-case name alone when no run of words spells it", () => {
    // "McCain" has two capitals, but no two words of the story begin "Mc" and "Cain".
    expect(termsOf("Did McCain visit the dam the Department of Defense repaired?")).toContain("mccain");
    // A lower-case letter no small word begins with must go on spelling its word: "Dx" is not "Department of".
    expect(termsOf("Where did the DxD send engineers?")).not.toContain("defens");
  });

  it("keeps an acronym the corpus itself writes", () => {
    expect(termsOf("What did the BBC report?")).toContain("bbc");
  });
});
