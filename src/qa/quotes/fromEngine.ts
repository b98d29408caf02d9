/**
 * Glue until the engine carries the quote index: build it from an engine's
 * already-segmented corpus (restored from the cache when there is one), so
 * only the quote extraction itself runs. When the engine exposes
 * `engine.quotes`, callers switch to that and this file goes.
 */
import { engineInternals } from "../engine.js";
import type { QaEngine, Sentence } from "../types.js";
import { buildQuoteIndex, type QuoteSource } from "./build.js";
import type { QuoteIndex } from "./types.js";

/** The engine's articles with their paragraphs and sentences, as the quote index build takes them. */
export function quoteSourcesOf(engine: QaEngine): { sources: QuoteSource[]; aliases: ReturnType<typeof engineInternals>["model"]["aliases"] } {
  const { model } = engineInternals(engine);
  const sources = model.articles.map((article, i) => ({
    article,
    paragraphs: model.paragraphs[i] ?? [],
    sentences: (model.articleSentences[i] ?? []).map((id) => model.sentences[id]).filter((s): s is Sentence => s !== undefined),
  }));
  return { sources, aliases: model.aliases };
}

/** Build the quote index of an engine's corpus. */
export function quoteIndexOf(engine: QaEngine): QuoteIndex {
  const { sources, aliases } = quoteSourcesOf(engine);
  return buildQuoteIndex(sources, aliases);
}
