/**
 * Every tunable of the sentence-meaning module with its default, in one place.
 */

export const EMBED_DEFAULTS = {
  /**
   * Sentences per call into the model, taken in order of length. A call has
   * a fixed overhead, but the model pads a batch to its longest sentence:
   * measured on news sentences, 4-16 sorted by length cost least per
   * sentence (about 0.6x of one at a time), 64 cost more than one at a time.
   */
  batchSize: 8,
  /**
   * Articles handed to the encoding worker before the previous ones come
   * back: two keep it busy while the main thread stores a result, without
   * queueing the whole corpus (which would stop `close` from being prompt).
   */
  articlesInFlight: 2,
  /** Cache files read at once on a warm start. */
  cacheReadsInFlight: 16,
  /** Longest text encoded, in characters: the tokenizer is quadratic in length, and a sentence this long is furniture. */
  maxTextLength: 2000,
} as const;
