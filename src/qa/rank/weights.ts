/**
 * How much each ranking feature counts. Fitted by listwise logistic
 * regression on the "fit" questions of the shared SQuAD half
 * (bench/fit-weights.ts, 4,000 epochs); figures are reported on the held-out
 * questions. Negative weights are real: long sentences match by chance, and a
 * name match adds little once coverage has counted it.
 */
import type { FeatureVector } from "./features.js";

export const WEIGHTS: FeatureVector = {
  bm25: 0.28,
  coverage: 10.84,
  proximity: 0.25,
  phrase: -0.2,
  wording: 3.19,
  neighbours: 4.27,
  paragraph: -0.13,
  paragraphBm25: 4.14,
  article: 2.99,
  headline: 8.64,
  answerDate: 3.01,
  answerNumber: 3.1,
  answerName: 0.86,
  names: -0.74,
  rarest: 0.49,
  coverageSquared: -1.5,
  novelty: -0.51,
  length: -1.73,
};

export function scoreOf(features: FeatureVector, weights: FeatureVector = WEIGHTS): number {
  let s = 0;
  for (const k in features) s += features[k as keyof FeatureVector] * weights[k as keyof FeatureVector];
  return s;
}
