/**
 * How much each ranking feature counts. Fitted by coordinate ascent on hit@1
 * over the "fit" questions of the shared SQuAD half (bench/fit-weights.ts);
 * figures are reported on the held-out questions.
 */
import type { FeatureVector } from "./features.js";

export const WEIGHTS: FeatureVector = {
  bm25: 1,
  coverage: 1.5,
  proximity: 0.2,
  phrase: 0.05,
  wording: 1.25,
  neighbours: 1,
  paragraph: 0.5,
  article: 0.75,
  headline: 3,
  answerType: 0.75,
  names: -0.1,
  novelty: 0.05,
  length: 0,
};

export function scoreOf(features: FeatureVector, weights: FeatureVector = WEIGHTS): number {
  let s = 0;
  for (const k in features) s += features[k as keyof FeatureVector] * weights[k as keyof FeatureVector];
  return s;
}
