/**
 * What a question asks for and whether a sentence holds it
 * (rank/question.ts, rank/answerEvidence.ts), and story-first article
 * scoring (search/articleScore.ts). Every sentence here is invented, in the
 * shapes news prose uses.
 */
import { describe, expect, it } from "vitest";
import { engineInternals } from "../src/qa/engine.js";
import { createEngine } from "../src/qa/index.js";
import { typedAnswer } from "../src/qa/rank/answerEvidence.js";
import { analyseQuestion, answerTypeOf } from "../src/qa/rank/question.js";
import { scoreArticles } from "../src/qa/search/articleScore.js";
import { article } from "./fixtures/qa-helpers.js";

describe("answer types", () => {
  it.each([
    ["Why did the mayor close the bridge?", "reason"],
    ["What caused the blackout in the harbour district?", "reason"],
    ["For what reason was the match abandoned?", "reason"],
    ["What did the coach say about the referee?", "quote"],
    ["What did the striker's agent tell reporters?", "quote"],
    ["How did the climbers get down the mountain?", "manner"],
    ["How many climbers reached the summit?", "number"],
    ["How long did the rescue take?", "number"],
    ["Which newspaper first reported the leak?", "name"],
    ["Who replaced the minister?", "name"],
    ["When did the ferry sink?", "date"],
    ["What is the population of the island?", "number"],
    ["What was the cost of the new bridge?", "number"],
    ["What was the death toll of the storm?", "number"],
    ["What was the date of the vote?", "date"],
    ["How strong were the gusts when the storm reached the coast?", "number"],
    ["How quickly must the council reply to a complaint?", "number"],
    ["Which hospital was the driver taken to?", "name"],
    ["At which park did the children find the kitten?", "name"],
    ["Which court heard the appeal?", "name"],
    ["What was the stray dog's name?", "name"],
    ["What is the new ferry's full name?", "name"],
    ["What fruit did the farmers grow?", "none"],
  ])("%s -> %s", (question, type) => {
    expect(answerTypeOf(question)).toBe(type);
  });

  it("takes the first cue: a 'how did' question about a count is a number question", () => {
    expect(answerTypeOf("How many boats did the fleet lose, and how did it happen?")).toBe("number");
  });
});

describe("typed answers in sentences", () => {
  const bodies = [
    "The bridge was closed because engineers found cracks in two pillars.",
    "The bridge was closed on Tuesday morning.",
    "The climbers came down by abseiling from the north ridge.",
    "The climbers came down on Sunday.",
    '"We did everything we could," the coach said after the match.',
    "The coach spoke after the match.",
    "The warehouse burned down on Tuesday night in March.",
    "The warehouse belongs to Harlow Grain, a family firm.",
  ];
  const e = createEngine([article("types", bodies.join("\n\n"))]);
  const { model } = engineInternals(e);
  const holds = (question: string, text: string) => {
    const id = model.sentences.findIndex((s) => s.text === text);
    const f = model.features(id);
    if (!f) throw new Error(`no sentence ${text}`);
    return typedAnswer(f, model.folded(id), text, analyseQuestion(question, model));
  };

  it("a why-question finds a stated cause, not a bare event", () => {
    expect(holds("Why was the bridge shut?", bodies[0] as string)).toBe(1);
    expect(holds("Why was the bridge shut?", bodies[1] as string)).toBe(0);
  });

  it("a how-did question finds a means", () => {
    expect(holds("How did the climbers descend?", bodies[2] as string)).toBe(1);
    expect(holds("How did the climbers descend?", bodies[3] as string)).toBe(0);
  });

  it("a who-question finds a name, and a day or month is not one", () => {
    expect(holds("Who owns the warehouse?", bodies[7] as string)).toBe(1);
    expect(holds("Who owns the warehouse?", bodies[6] as string)).toBe(0);
  });

  it("a what-did-X-say question finds quoted words", () => {
    expect(holds("What did the coach say after the match?", bodies[4] as string)).toBe(1);
    expect(holds("What did the coach say after the match?", bodies[5] as string)).toBe(0);
  });
});

describe("story first", () => {
  // The question shares no word with its answer sentence, but many with the story.
  const storm = article(
    "storm",
    ["Storm Ida hit the coastal town of Marlow overnight.", "Most residents had left before the storm arrived.", "Forty homes lost their roofs."].join("\n\n"),
    { headline: "Storm Ida batters Marlow" },
  );
  const market = article("market", ["Shares in Marlow Brewing rose on Monday.", "The brewer expects more visitors this summer."].join("\n\n"), { headline: "Brewer shares rise" });
  const e = createEngine([storm, market]);
  const { model, index } = engineInternals(e);

  it("ranks the article whose headline and body carry the question's words first", () => {
    const hits = scoreArticles(model, index, analyseQuestion("How much damage did Storm Ida do in Marlow?", model).terms);
    expect(model.articles[hits[0]?.article ?? -1]?.id).toBe("storm");
    expect(hits[0]?.score).toBeGreaterThan(hits[1]?.score ?? 0);
  });

  it("counts a headline term above the same term in one sentence of the body", () => {
    const withHeadline = createEngine([article("a", "The ferry sailed.\n\nIt was late.", { headline: "Ferry delayed" }), article("b", "The ferry sailed.\n\nIt was late.", { headline: "Late sailing" })]);
    const internals = engineInternals(withHeadline);
    const hits = scoreArticles(internals.model, internals.index, ["ferri"]);
    expect(hits.map((h) => h.article)).toEqual([0, 1]);
    expect(hits[0]?.score).toBeGreaterThan(hits[1]?.score ?? 0);
  });
});
