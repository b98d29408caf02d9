/**
 * `npx tsx bench/fit-weights.ts --squad FILE`
 * Fit the ranking weights by coordinate ascent on hit@1 over the "fit" half
 * of a SQuAD file's questions only; prints weights to paste into
 * src/qa/rank/weights.ts and the hit@1 they reach on both halves.
 */
import { parseArgs } from "node:util";
import { DEFAULT_RANK_OPTIONS, rankCandidates } from "../src/qa/answer/ask.js";
import { createEngine } from "../src/qa/index.js";
import { engineInternals } from "../src/qa/engine.js";
import { FEATURE_NAMES, type FeatureVector } from "../src/qa/rank/features.js";
import { analyseQuestion } from "../src/qa/rank/question.js";
import { scoreOf, WEIGHTS } from "../src/qa/rank/weights.js";
import { containsGold, readSquad } from "./lib/squad.js";

const { values } = parseArgs({ options: { squad: { type: "string" }, rounds: { type: "string", default: "3" } } });
if (!values.squad) throw new Error("--squad FILE is required");
const set = readSquad(values.squad);
const engine = createEngine(set.articles);
const { model, index } = engineInternals(engine);

interface Case {
  split: "fit" | "holdout";
  candidates: Array<{ features: FeatureVector; gold: boolean }>;
}
const cases: Case[] = set.questions.map((q) => ({
  split: q.split,
  candidates: rankCandidates(model, index, analyseQuestion(q.question, model), DEFAULT_RANK_OPTIONS).map((r) => ({
    features: r.features,
    gold: containsGold(model.sentences[r.id]?.text ?? "", q.answers),
  })),
}));

function hit1(weights: FeatureVector, split: "fit" | "holdout"): number {
  let hits = 0;
  let n = 0;
  for (const c of cases) {
    if (c.split !== split) continue;
    n++;
    let best = -Infinity;
    let gold = false;
    for (const cand of c.candidates) {
      const s = scoreOf(cand.features, weights);
      if (s > best) {
        best = s;
        gold = cand.gold;
      }
    }
    if (gold) hits++;
  }
  return hits / n;
}

const weights: FeatureVector = { ...WEIGHTS };
let score = hit1(weights, "fit");
console.log(`start: fit ${score.toFixed(4)} holdout ${hit1(weights, "holdout").toFixed(4)}`);
const grid = [-1, -0.5, -0.3, -0.2, -0.1, 0, 0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.75, 1, 1.25, 1.5, 2, 2.5, 3, 4];
for (let round = 0; round < Number(values.rounds); round++) {
  for (const name of FEATURE_NAMES) {
    if (name === "bm25") continue; // the scale anchor
    for (const v of grid) {
      const trial = { ...weights, [name]: v };
      const s = hit1(trial, "fit");
      if (s > score + 1e-9) {
        score = s;
        weights[name] = v;
      }
    }
  }
  console.log(`round ${round + 1}: fit ${score.toFixed(4)} holdout ${hit1(weights, "holdout").toFixed(4)}`);
}
console.log(JSON.stringify(weights, null, 2));
