/**
 * The public entry point of the answering library. The bot, the CLI and the
 * benchmarks import from here only.
 */
export type * from "./types.js";
export type * from "./quotes/types.js";
export { QUOTE_DEFAULTS, QuoteInputError, suggestSpeakers, closestSpeakers, lookupSpeaker } from "./quotes/index.js";
export { openEngine, DEFAULT_CACHE_DIR, type OpenOptions, type LoadInfo } from "./open.js";
export { createEngine, restoreEngine, validateQuestion, QaInputError, type EngineOptions, type EngineSnapshot } from "./engine.js";
export { CorpusError } from "./corpus/readCorpus.js";
export { parseArticleFile } from "./corpus/articleFile.js";
export { passageKey, parsePassageKey, CitationError } from "./answer/citation.js";
export { DEFAULTS } from "./options.js";
export { collapseWhitespace } from "./text.js";
