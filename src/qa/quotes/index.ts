/**
 * The quotes module: direct quotes with their speakers, extracted at corpus
 * load into a serialisable QuoteIndex, and the lookups over it. The bot and
 * the CLI import from here (or from qa/index.ts once it re-exports this).
 */
export type * from "./types.js";
export { QUOTE_DEFAULTS } from "./defaults.js";
export { QuoteInputError } from "./errors.js";
export { extractQuotes, type ExtractOptions } from "./extract.js";
export { buildSpeakers, slugOf, type SpeakerTable } from "./speakers.js";
export { buildQuoteIndex, buildQuoteIndexWithRejects, quoteGroup, type QuoteSource } from "./build.js";
export { findQuotes } from "./find.js";
export { suggestSpeakers, closestSpeakers, lookupSpeaker } from "./suggest.js";
export { quoteCitation } from "./citation.js";
export { evaluateQuotes, LabelledSetSchema, LabelledQuoteSchema, type LabelledQuote, type EvalReport, type EvalMiss } from "./evaluate.js";
