/**
 * How much each ranking feature counts. Fitted by listwise logistic
 * regression on the "fit" questions of the shared SQuAD half
 * (bench/fit-weights.ts, 800 Adam epochs from zero); figures are reported on
 * the held-out questions. Negative weights are real: long sentences match by chance, and a
 * name match adds little once coverage has counted it.
 */
import type { FeatureVector } from "./features.js";

export const WEIGHTS: FeatureVector = {
  bm25: 0.68,
  coverage: 0.65,
  proximity: 0.29,
  phrase: -0.13,
  wording: 3.17,
  neighbours: 3.11,
  paragraph: -0.99,
  paragraphBm25: 2.11,
  article: 5.51,
  headline: 8.68,
  answerDate: 2.65,
  answerNumber: 2.04,
  answerName: 1.04,
  names: -0.72,
  rarest: 0.29,
  coverageSquared: 0.11,
  novelty: -0.16,
  length: -1.44,
  localSentence: 2.49,
  localParagraph: -0.01,
  localBoth: 2.25,
  paragraphCosine: 3.2,
  paragraphCosineShare: 1.04,
  verbs: 0.46,
  nouns: 0.55,
  paragraphNames: 1.76,
  answerNear: 1.29,
};

export function scoreOf(features: FeatureVector, weights: FeatureVector = WEIGHTS): number {
  let s = 0;
  for (const k in features) s += features[k as keyof FeatureVector] * weights[k as keyof FeatureVector];
  return s;
}
