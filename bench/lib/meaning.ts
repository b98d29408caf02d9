/**
 * Sentence meaning for the fitting benchmarks: question and sentence vectors
 * precomputed into files (see .scratch/encode.ts during development).
 * TEMPORARY until the encoder module lands.
 */
import { existsSync, readFileSync } from "node:fs";
import type { QuestionMeaning } from "../../src/qa/rank/features.js";

const DIM = 512;

export interface MeaningSource {
  /** The meaning of the i-th question of the set, against this corpus's sentences. */
  question(text: string): QuestionMeaning | undefined;
  /** Meaning of a question vector from another source, against this corpus's sentences. */
  against(vector: Float32Array): QuestionMeaning;
  vector(text: string): Float32Array | undefined;
}

export function loadMeaning(prefix: string): MeaningSource | undefined {
  if (!existsSync(`${prefix}.sent.bin`)) return undefined;
  const sent = new Float32Array(readFileSync(`${prefix}.sent.bin`).buffer.slice(0));
  const qv = new Float32Array(readFileSync(`${prefix}.q.bin`).buffer.slice(0));
  const texts = JSON.parse(readFileSync(`${prefix}.q.json`, "utf8")) as string[];
  const byText = new Map(texts.map((t, i) => [t, i] as const));
  const against = (v: Float32Array): QuestionMeaning => ({
    cosine(id) {
      let s = 0;
      const o = id * DIM;
      for (let k = 0; k < DIM; k++) s += (v[k] as number) * (sent[o + k] as number);
      return s;
    },
  });
  const vector = (text: string) => {
    const i = byText.get(text);
    return i === undefined ? undefined : qv.subarray(i * DIM, (i + 1) * DIM);
  };
  return {
    vector,
    against,
    question(text) {
      const v = vector(text);
      return v ? against(v) : undefined;
    },
  };
}
