/**
 * Article-local term weights (rank/localWeight.ts): inside an article about
 * Luther, "Luther" tells sentences apart not at all, so the sentence holding
 * the question's other words must win even though it never names him.
 */
import { describe, expect, it } from "vitest";
import { createEngine } from "../src/qa/index.js";
import { engineInternals } from "../src/qa/engine.js";
import { LocalWeights } from "../src/qa/rank/localWeight.js";
import { analyseQuestion } from "../src/qa/rank/question.js";
import { article } from "./fixtures/qa-helpers.js";


const LUTHER = [
  "Luther was born in Eisleben in 1483.",
  "Luther studied law at Erfurt before he entered the monastery.",
  "Luther nailed his theses to the church door in Wittenberg.",
  "Luther married Katharina von Bora, a former nun, in June 1525.",
  "Luther translated the Bible into German while hiding at the Wartburg.",
  "Their wedding was a small ceremony attended by a few friends.",
].join("\n\n");

const engine = createEngine([
  article("luther", LUTHER),
  article("other", "Katharina Schmidt won the regional chess title in 2019.\n\nThe ceremony was held in the town hall."),
]);
const { model } = engineInternals(engine);
const idOf = (text: string) => model.sentences.findIndex((s) => s.text === text);

describe("CorpusModel.articleFrequencies", () => {
  it("counts sentences of each article holding a term, not occurrences across the corpus", () => {
    const [luther, other] = model.articleFrequencies;
    const term = (word: string) => analyseQuestion(word, model).terms[0] as string;
    expect(luther?.sentences).toBe(6);
    expect(luther?.df.get(term("Luther"))).toBe(5);
    expect(luther?.df.get(term("Katharina"))).toBe(1);
    expect(other?.df.get(term("Luther"))).toBeUndefined();
    expect(other?.df.get(term("Katharina"))).toBe(1);
  });
});

describe("LocalWeights", () => {
  const q = analyseQuestion("Whom did Luther marry in 1525?", model);
  const local = new LocalWeights(model.articleFrequencies, q);
  const coverageOf = (text: string) => {
    const id = idOf(text);
    const s = model.sentences[id];
    if (!s) throw new Error(`no sentence "${text}"`);
    const para = model.paragraphTable.stats(model.paragraphOf[id] ?? -1)?.tf ?? new Map();
    return local.coverage(model.byId.get(s.articleId) ?? -1, model.termSet(id) ?? new Set(), para);
  };

  it("weights the article's subject near zero, so matching it alone covers little", () => {
    const born = coverageOf("Luther was born in Eisleben in 1483.");
    const married = coverageOf("Luther married Katharina von Bora, a former nun, in June 1525.");
    expect(born.sentence).toBeLessThan(0.15);
    expect(married.sentence).toBeGreaterThan(0.9);
    expect(married.both).toBeGreaterThan(born.both);
  });

  it("is in [0, 1] and matches its paragraph's share for one-sentence paragraphs", () => {
    for (const s of model.sentences) {
      const c = coverageOf(s.text);
      for (const x of [c.sentence, c.paragraph, c.both]) {
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThanOrEqual(1);
      }
      expect(c.paragraph).toBeCloseTo(c.sentence, 9);
    }
  });
});

describe("ask", () => {
  it("cites the sentence with the question's distinctive words, not one that only names the subject", () => {
    const r = engine.ask("Whom did Luther marry in 1525?");
    expect(r.answered && r.answers[0]?.text).toBe("Luther married Katharina von Bora, a former nun, in June 1525.");
  });
});
