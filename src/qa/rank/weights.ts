/**
 * How much each ranking feature counts. Fitted by listwise logistic
 * regression on the "fit" questions of the shared SQuAD half
 * (bench/fit-weights.ts, 4,000 epochs); figures are reported on the held-out
 * questions. Negative weights are real: long sentences match by chance, and a
 * name match adds little once coverage has counted it.
 */
import type { FeatureVector } from "./features.js";

export const WEIGHTS: FeatureVector = {
  bm25: 0.52,
  coverage: 9.5,
  proximity: 0.19,
  phrase: -0.23,
  wording: 3.08,
  neighbours: 4.19,
  paragraph: 0.1,
  paragraphBm25: 4.24,
  article: 3.55,
  headline: 7.62,
  answerDate: 3.08,
  answerNumber: 3.19,
  answerName: 1,
  names: -0.78,
  novelty: 0.06,
  length: -1.93,
};

export function scoreOf(features: FeatureVector, weights: FeatureVector = WEIGHTS): number {
  let s = 0;
  for (const k in features) s += features[k as keyof FeatureVector] * weights[k as keyof FeatureVector];
  return s;
}
