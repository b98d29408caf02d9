/**
 * How much each ranking feature counts. Fitted by listwise logistic
 * regression on the "fit" questions of the shared SQuAD half
 * (bench/fit-weights.ts, 800 Adam epochs from zero); figures are reported on
 * the held-out questions. Negative weights are real: long sentences match by chance, and a
 * name match adds little once coverage has counted it.
 */
import type { FeatureVector } from "./features.js";

export const WEIGHTS: FeatureVector = {
  bm25: 0.72,
  coverage: 0.95,
  proximity: 0.29,
  phrase: -0.17,
  wording: 3.08,
  neighbours: 3.84,
  paragraph: -1.08,
  paragraphBm25: 3.96,
  article: 4.83,
  headline: 8.07,
  answerDate: 2.99,
  answerNumber: 2.94,
  answerName: 0.88,
  names: -0.34,
  rarest: 0.26,
  coverageSquared: 0.34,
  novelty: -0.5,
  length: -1.61,
  localSentence: 3.03,
  localParagraph: 0.89,
  localBoth: 2.35,
};

export function scoreOf(features: FeatureVector, weights: FeatureVector = WEIGHTS): number {
  let s = 0;
  for (const k in features) s += features[k as keyof FeatureVector] * weights[k as keyof FeatureVector];
  return s;
}
