/**
 * The citation of a quote: like an answer's (answer/citation.ts), but the
 * span is the quote itself, and the invariant is checked when it is built.
 */
import { citeSpan } from "../answer/citation.js";
import type { Article, Citation } from "../types.js";
import type { ExtractedQuote } from "./types.js";

/** Citation of an extracted quote; paragraph and sentence numbers are 1-based. Throws CitationError on a mismatch (a bug). */
export function quoteCitation(article: Article, quote: ExtractedQuote): Citation {
  return citeSpan(article, quote);
}
