/**
 * A question asked as a request ("tell me about …", "can you explain why
 * …", "…, please"): the request is taken off before the question is read
 * (rank/request.ts). Invented articles and questions.
 */
import { describe, expect, it } from "vitest";
import { createEngine } from "../src/qa/index.js";
import { engineInternals } from "../src/qa/engine.js";
import { analyseQuestion } from "../src/qa/rank/question.js";
import { withoutRequest } from "../src/qa/rank/request.js";
import { article } from "./fixtures/qa-helpers.js";

describe("the request around a question", () => {
  it("is taken off at the start and courtesies at the end; a question that is all request stays as typed", () => {
    expect(withoutRequest("Tell me about the Varn missile")).toBe("the Varn missile");
    expect(withoutRequest("Can you tell me who built the dam?")).toBe("who built the dam?");
    expect(withoutRequest("Explain why the talks failed")).toBe("why the talks failed");
    expect(withoutRequest("hey, what do you know about the Carrow bridge, please?")).toBe("the Carrow bridge?");
    expect(withoutRequest("Give me the latest on the rail strike thanks!")).toBe("the rail strike!");
    expect(withoutRequest("I want to know how many drivers walked out")).toBe("how many drivers walked out");
    expect(withoutRequest("Any news on the rail strike?")).toBe("the rail strike?");
    expect(withoutRequest("updates about the Varn missile")).toBe("the Varn missile");
    expect(withoutRequest("what's the latest on the Carrow bridge")).toBe("the Carrow bridge");
    expect(withoutRequest("What is new with the rail strike?")).toBe("the rail strike?");
    // A question about news is a question: "news" is its subject here, not a request.
    expect(withoutRequest("Which news agency broke the story?")).toBe("Which news agency broke the story?");
    // Not a request: words of the question itself.
    expect(withoutRequest("What did the minister tell the drivers?")).toBe("What did the minister tell the drivers?");
    expect(withoutRequest("tell me")).toBe("tell me");
    expect(withoutRequest("May members vote as they please?")).toBe("May members vote as they please?");
  });

  it("a rare word of the request no longer outweighs the question's own words", () => {
    const engine = createEngine([
      article("missile", ["The Varn missile was first fired at a depot near Ostrel on Monday.", "Its maker says the Varn flies at ten times the speed of sound."].join("\n\n")),
      article("talks", ["“Nobody can tell what comes next,” the envoy said after the talks in Lisk collapsed.", "The envoy left Lisk on Tuesday."].join("\n\n")),
    ]);
    const top = (question: string) => {
      const r = engine.ask(question);
      return r.answered ? r.answers[0]?.text : undefined;
    };
    const { model } = engineInternals(engine);
    expect(analyseQuestion("Tell me about the Varn missile", model).terms).toEqual(analyseQuestion("the Varn missile", model).terms);
    expect(top("Tell me about the Varn missile")).toBe(top("the Varn missile"));
    expect(top("Tell me about the Varn missile")).toContain("Varn");
  });
});
