/**
 * A question's acronym for a name the corpus spells out (rank/acronyms.ts).
 * The corpus and questions are invented.
 */
import { describe, expect, it } from "vitest";
import { createEngine } from "../src/qa/index.js";
import { engineInternals } from "../src/qa/engine.js";
import { expandAcronym } from "../src/qa/rank/acronyms.js";
import { analyseQuestion } from "../src/qa/rank/question.js";
import { article } from "./fixtures/qa-helpers.js";

const engine = createEngine([
  article("weather", "The National Weather Service warned of flooding along the river on Tuesday. The warning covered three counties, the National Weather Service said."),
  article("budget", "The Department of Public Works asked for a larger budget. Officials at the US Federal Aviation Administration did not comment."),
  article("twins", "North Harbor residents met on Friday. New Haven officials said the vote would wait."),
  article("known", "The BBC reported the story first."),
]);
const { model } = engineInternals(engine);

describe("acronyms", () => {
  it("reads an acronym as the name whose initials it spells", () => {
    expect(expandAcronym(model, "NWS")).toEqual(analyseQuestion("National Weather Service", model).terms);
    // The small words of a name carry no initial.
    expect(expandAcronym(model, "DPW")).toEqual(analyseQuestion("Department Public Works", model).terms);
    // A stretch of a longer run counts: "US Federal Aviation Administration" gives FAA.
    expect(expandAcronym(model, "FAA")).toEqual(analyseQuestion("Federal Aviation Administration", model).terms);
  });

  it("leaves alone what is no acronym, or spells two names equally often", () => {
    expect(expandAcronym(model, "Nws")).toBeUndefined();
    expect(expandAcronym(model, "XYZ")).toBeUndefined();
    expect(expandAcronym(model, "NH")).toBeUndefined();
  });

  it("answers a question asked with the acronym", () => {
    const r = engine.ask("What did the NWS warn of?");
    expect(r.answered).toBe(true);
    if (r.answered) expect(r.answers[0]?.text).toContain("warned of flooding");
  });

  it("keeps an acronym the corpus itself writes", () => {
    expect(analyseQuestion("What did the BBC report?", model).terms).toContain("bbc");
  });
});
