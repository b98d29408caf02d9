/**
 * Sentence meaning for ranking (issue 14): Universal Sentence Encoder lite
 * vectors of every corpus sentence, filled in off the main thread after
 * start-up and cached per article, and cosines against a question.
 *
 * Design:
 * - encoder.ts is the only module that imports the model library; it
 *   returns unit float32 vectors. encoderWorker.ts runs the same encoder in
 *   a worker thread (encodeThread.ts), started by workerThread.ts under tsx,
 *   vitest or compiled JavaScript alike.
 * - Stored vectors are int8 with one factor each (packed.ts): 516 bytes a
 *   sentence instead of 2 KB, cosines within 0.001 of float32.
 * - SentenceVectors (vectors.ts) holds one packed block per article and
 *   answers `undefined` for an article not yet filled: ranking stays
 *   lexical there and never waits.
 * - startVectorFill (fill.ts) reads each article's cache file
 *   (cacheFile.ts, keyed by model id + a hash of the article's sentence
 *   texts), then encodes the misses in a worker, article by article, and
 *   writes their files. Failed writes are reported, never thrown.
 *   `prioritise` moves articles a question touches to the front of the
 *   queue; `prune` removes files of articles no longer in the corpus.
 *
 * Typical use, after openEngine:
 *   const { model } = engineInternals(engine);
 *   const vectors = new SentenceVectors(model.articleSentences);
 *   const fill = startVectorFill({ vectors, articles: vectorFillArticles(model), cacheDir, onWarning });
 *   const questions = await loadEncoder();           // ~0.15 s, on the answering thread
 *   const [q] = await questions.encode([question]);  // ~15 ms
 *   vectors.cosine(q, sentenceId);                   // undefined until that article is in
 */
export { loadEncoder, type Encoder } from "./encoder.js";
export { EncoderWorker } from "./encoderWorker.js";
export { DIMENSIONS, encoderModelId } from "./modelInfo.js";
export { SentenceVectors } from "./vectors.js";
export { packVectors, type PackedVectors } from "./packed.js";
export { articleVectorKey, pruneVectorFiles, vectorFileName } from "./cacheFile.js";
export { vectorFillArticles } from "./sources.js";
export {
  startVectorFill,
  type VectorFill,
  type VectorFillArticle,
  type VectorFillOptions,
  type VectorFillProgress,
  type VectorFillResult,
  type VectorFillWarning,
} from "./fill.js";
