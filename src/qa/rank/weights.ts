/**
 * The fitted numbers of ranking and confidence, read from weights.json and
 * checked against the feature registry at load. The file is data with
 * provenance: bench/fit-ranker.ts writes it, with the data, commit, date and
 * the fitted and cross-validated scores that produced it.
 *
 * Two ranking weight sets: `meaning` for questions whose candidates all have
 * sentence vectors, `lexical` for the rest (no vectors yet, or none at all).
 * Negative weights are real: long sentences match by chance, and a name
 * match adds little once coverage has counted it.
 */
import { z } from "zod";
import file from "./weights.json" with { type: "json" };
import { FEATURE_NAMES, type FeatureVector } from "./features.js";

const Vector = z.record(z.string(), z.number());
/** A logistic model (weights per named input and a bias) and the probability bar its decision uses. */
const Logistic = z.object({ bias: z.number(), weights: Vector, bar: z.number().min(0).max(1) });
const WeightsFileSchema = z.object({
  about: z.string(),
  provenance: z.object({ script: z.string(), data: z.string(), commit: z.string(), date: z.string(), scores: z.record(z.string(), z.unknown()) }),
  lexical: Vector,
  meaning: Vector,
  /** P(top passage answers) from the ranker's evidence, per weight set; at or above the bar an answer has high confidence. */
  confidence: z.object({ lexical: Logistic, meaning: Logistic }),
  /** P(the corpus has anything to do with the question), per weight set; below the bar the answer is "not found". */
  relevance: z.object({ lexical: Logistic, meaning: Logistic }),
});

export type LogisticModel = z.infer<typeof Logistic>;
export type WeightsFile = z.infer<typeof WeightsFileSchema>;

function toVector(name: string, v: Record<string, number>): FeatureVector {
  const missing = FEATURE_NAMES.filter((n) => !(n in v));
  const extra = Object.keys(v).filter((n) => !(FEATURE_NAMES as readonly string[]).includes(n));
  if (missing.length > 0 || extra.length > 0) {
    throw new Error(`rank/weights.json: the ${name} weights do not match the features in rank/features.ts (missing: ${missing.join(", ") || "none"}; unknown: ${extra.join(", ") || "none"}); rerun bench/fit-ranker.ts`);
  }
  return v as FeatureVector;
}

export const WEIGHTS_FILE: WeightsFile = WeightsFileSchema.parse(file);
export const WEIGHTS = { lexical: toVector("lexical", WEIGHTS_FILE.lexical), meaning: toVector("meaning", WEIGHTS_FILE.meaning) } as const;

/** Each weight set in registry order, made once per set rather than once per question (a set is never changed once made). */
const ordered = new WeakMap<FeatureVector, readonly number[]>();

/** Each feature's weight in registry order, for features.ts `scoredFeatures`. */
export function inRegistryOrder(weights: FeatureVector): readonly number[] {
  let out = ordered.get(weights);
  if (!out) ordered.set(weights, (out = FEATURE_NAMES.map((k) => weights[k])));
  return out;
}

export function scoreOf(features: FeatureVector, weights: FeatureVector): number {
  // In the registry's order, the order features are made in: the same sum to the last bit as iterating the
  // vector. A vector stored before a feature existed (a fitting cache) counts it 0.
  let s = 0;
  for (let i = 0; i < FEATURE_NAMES.length; i++) {
    const k = FEATURE_NAMES[i] as keyof FeatureVector;
    s += (features[k] ?? 0) * weights[k];
  }
  return s;
}

/** The probability a logistic model gives to named inputs; an input the model does not name counts 0. */
export function probability(model: LogisticModel, inputs: Readonly<Record<string, number>>): number {
  let z = model.bias;
  // for-in walks the keys in Object.entries' order (the same sum), without an array per key per call.
  const { weights } = model;
  for (const k in weights) z += (weights[k] as number) * (inputs[k] ?? 0);
  return 1 / (1 + Math.exp(-z));
}
