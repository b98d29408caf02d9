/**
 * How much each ranking feature counts. Fitted by listwise logistic
 * regression on the "fit" questions of the shared SQuAD half
 * (bench/fit-weights.ts, 4,000 epochs); figures are reported on the held-out
 * questions. Negative weights are real: a paragraph that matches while the
 * sentence does not points away from the sentence, and long sentences match
 * by chance.
 */
import type { FeatureVector } from "./features.js";

export const WEIGHTS: FeatureVector = {
  bm25: 0.26,
  coverage: 8.38,
  proximity: 0.17,
  phrase: -0.23,
  wording: 3.25,
  neighbours: 4.36,
  paragraph: -1.94,
  paragraphBm25: 3.41,
  article: 4.05,
  headline: 7.91,
  answerDate: 3.02,
  answerNumber: 2.93,
  answerName: 1.17,
  names: -0.7,
  novelty: 0.18,
  length: -2.34,
};

export function scoreOf(features: FeatureVector, weights: FeatureVector = WEIGHTS): number {
  let s = 0;
  for (const k in features) s += features[k as keyof FeatureVector] * weights[k as keyof FeatureVector];
  return s;
}
