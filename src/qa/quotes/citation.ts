/**
 * The citation of a quote: like an answer's (answer/citation.ts), but the
 * span is the quote itself, and the invariant is checked when it is built.
 */
import { assertExact } from "../answer/citation.js";
import type { Article, Citation } from "../types.js";
import type { ExtractedQuote } from "./types.js";

/** Citation of an extracted quote; paragraph and sentence numbers are 1-based. Throws CitationError on a mismatch (a bug). */
export function quoteCitation(article: Article, quote: ExtractedQuote): Citation {
  assertExact(article, quote.start, quote.end, quote.text);
  const citation: Citation = {
    articleId: article.id,
    headline: article.headline,
    headlineSupplied: article.headlineSupplied,
    outlet: article.outlet,
    published: article.published,
    paragraph: quote.paragraph + 1,
    sentence: quote.sentence + 1,
    start: quote.start,
    end: quote.end,
    quote: quote.text,
  };
  if (article.author !== undefined) citation.author = article.author;
  if (article.url !== undefined) citation.url = article.url;
  return citation;
}
