/**
 * `npx tsx bench/fit-threshold.ts --squad FILE`
 * Choose the no-answer threshold (DEFAULTS.minCoverage) on data, using the
 * "fit" half of a SQuAD file's questions only:
 * - answerable: each question against the whole corpus;
 * - unanswerable: the same question with its own article's sentences
 *   removed from the candidates, so nothing in the corpus answers it.
 * Prints, per threshold, how many answerable questions are wrongly refused
 * and how many unanswerable ones are rightly refused.
 */
import { parseArgs } from "node:util";
import { DEFAULT_RANK_OPTIONS, rankCandidates } from "../src/qa/answer/ask.js";
import { createEngine } from "../src/qa/index.js";
import { engineInternals } from "../src/qa/engine.js";
import { analyseQuestion } from "../src/qa/rank/question.js";
import { readSquad } from "./lib/squad.js";

const { values } = parseArgs({ options: { squad: { type: "string" } } });
if (!values.squad) throw new Error("--squad FILE is required");
const set = readSquad(values.squad);
const engine = createEngine(set.articles);
const { model, index } = engineInternals(engine);

const answerable: number[] = [];
const unanswerable: number[] = [];
for (const q of set.questions.filter((x) => x.split === "fit")) {
  const ranked = rankCandidates(model, index, analyseQuestion(q.question, model), { ...DEFAULT_RANK_OPTIONS, candidates: 60 });
  answerable.push(ranked[0]?.features.coverage ?? 0);
  const other = ranked.find((r) => model.sentences[r.id]?.articleId !== q.articleId);
  unanswerable.push(other?.features.coverage ?? 0);
}
console.log("threshold  answerable wrongly refused  unanswerable rightly refused");
for (let t = 0.1; t <= 0.61; t += 0.04) {
  const wrong = answerable.filter((c) => c < t).length / answerable.length;
  const right = unanswerable.filter((c) => c < t).length / unanswerable.length;
  console.log(`${t.toFixed(2)}       ${wrong.toFixed(3)}                       ${right.toFixed(3)}`);
}
