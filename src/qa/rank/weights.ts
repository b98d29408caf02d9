/**
 * How much each ranking feature counts. Fitted by coordinate ascent on hit@1
 * over the "fit" questions of the shared SQuAD half (bench/fit-weights.ts);
 * figures are reported on the held-out questions.
 */
import type { FeatureVector } from "./features.js";

export const WEIGHTS: FeatureVector = {
  bm25: 1,
  coverage: 1,
  proximity: 0.3,
  phrase: 0.3,
  neighbours: 0.2,
  paragraph: 0.2,
  article: 0.5,
  headline: 0.2,
  answerType: 0.3,
  names: 0.3,
  novelty: 0.2,
  length: 0,
};

export function scoreOf(features: FeatureVector, weights: FeatureVector = WEIGHTS): number {
  let s = 0;
  for (const k in features) s += features[k as keyof FeatureVector] * weights[k as keyof FeatureVector];
  return s;
}
