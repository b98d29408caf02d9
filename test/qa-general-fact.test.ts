/**
 * A question that names nothing and asks about no time, in the present
 * tense, asks a general fact rather than about a story (rank/generalFact.ts).
 * Every question is invented; the corpus is built here.
 */
import { describe, expect, it } from "vitest";
import { createEngine } from "../src/qa/index.js";
import { engineInternals } from "../src/qa/engine.js";
import { analyseQuestion } from "../src/qa/rank/question.js";
import { article, topEvidence } from "./fixtures/qa-helpers.js";

const engine = createEngine([
  article("a", "Halvorsen said the council would vote on the bridge. The council wants the bridge finished before winter."),
  article("b", "Surveyors counted the bones of forty frogs. Adult frogs had more bones in the skull than young ones."),
]);
const { model } = engineInternals(engine);
const general = (question: string) => analyseQuestion(question, model).general;

describe("general-fact questions", () => {
  it.each([
    "How many bones does an adult human have?",
    "What's the boiling point of salt water?",
    "How often should I water a cactus?",
    "Why do cats purr?",
    "What are the rules of chess?",
    "How long does bread keep in the freezer?",
  ])("%s asks a general fact", (question) => {
    expect(general(question)).toBe(true);
  });

  it.each([
    ["How many bones did the surveyors count?", "past tense"],
    ["How many people have died in the floods?", "perfect"],
    ["Why has the price of bread gone up?", "perfect, irregular participle"],
    ["What will the new bridge cost?", "future"],
    ["Who is the mayor of Springfield?", "a name"],
    ["What's the boiling point of water in Fahrenheit?", "a name"],
    ["what does halvorsen want", "a name the corpus writes, asked without capitals"],
    ["How many votes are needed in 2025?", "a number"],
    ["What does the council want now?", "a time word"],
    ["What is the council planning this year?", "a time span"],
    ["Which ships were freed?", "past passive"],
  ])("%s does not (%s)", (question) => {
    expect(general(question)).toBe(false);
  });

  it("is part of the evidence the relevance model reads", () => {
    expect(topEvidence(engine, "How many bones does an adult human have?").e.general).toBe(1);
    expect(topEvidence(engine, "How many bones did the surveyors count?").e.general).toBe(0);
  });
});
