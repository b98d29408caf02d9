/**
 * `npx tsx bench/fit-threshold.ts --squad FILE`
 * Choose the no-answer threshold (DEFAULTS.minCoverage) on data, using the
 * "fit" half of a SQuAD file's questions only:
 * - answerable: each question against the whole corpus;
 * - unanswerable: the same question with its own article's sentences
 *   removed from the candidates, so nothing in the corpus answers it.
 * Prints, per threshold, how many answerable questions are wrongly refused
 * and how many unanswerable ones are rightly refused: one table for
 * questions whose words all occur in the corpus (DEFAULTS.minCoverage), one
 * for those with a word it never uses (DEFAULTS.minCoverageWithUnknown).
 */
import { parseArgs } from "node:util";
import { DEFAULT_RANK_OPTIONS, type Ranked, rankCandidates } from "../src/qa/answer/ask.js";
import { createEngine } from "../src/qa/index.js";
import { engineInternals } from "../src/qa/engine.js";
import { analyseQuestion } from "../src/qa/rank/question.js";
import { readSquad } from "./lib/squad.js";

const { values } = parseArgs({ options: { squad: { type: "string" } } });
if (!values.squad) throw new Error("--squad FILE is required");
const set = readSquad(values.squad);
const engine = createEngine(set.articles);
const { model, index } = engineInternals(engine);

interface Trial {
  answerable: number;
  unanswerable: number;
}
/** Questions with a word the corpus never uses are judged by their own bar (DEFAULTS.minCoverageWithUnknown). */
const groups: Record<"known" | "unknown", Trial[]> = { known: [], unknown: [] };
/** The statistic the refusal rule reads: the best coverage among the candidates. */
const best = (ranked: readonly Ranked[]) => Math.max(0, ...ranked.map((r) => r.features.coverage));
for (const q of set.questions.filter((x) => x.split === "fit")) {
  const analysis = analyseQuestion(q.question, model);
  const answerable = best(rankCandidates(model, index, analysis, DEFAULT_RANK_OPTIONS));
  // More candidates, so enough from other articles remain once the question's own is removed.
  const wide = rankCandidates(model, index, analysis, { ...DEFAULT_RANK_OPTIONS, candidates: 60 });
  const unanswerable = best(wide.filter((r) => model.sentences[r.id]?.articleId !== q.articleId));
  const group = analysis.terms.some((t) => !model.df.has(t)) ? "unknown" : "known";
  groups[group].push({ answerable, unanswerable });
}
for (const [name, trials] of Object.entries(groups)) {
  console.log(`\n${name === "known" ? "every question word occurs in the corpus" : "some question word occurs nowhere in the corpus"} (${trials.length} questions)`);
  console.log("threshold  answerable wrongly refused  unanswerable rightly refused");
  for (let t = 0.1; t <= 0.61; t += 0.02) {
    const wrong = trials.filter((x) => x.answerable < t).length / trials.length;
    const right = trials.filter((x) => x.unanswerable < t).length / trials.length;
    console.log(`${t.toFixed(2)}       ${wrong.toFixed(3)}                       ${right.toFixed(3)}`);
  }
}
