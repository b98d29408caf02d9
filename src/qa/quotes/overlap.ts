/**
 * The quote index's quotes by article, to find those a passage overlaps
 * without walking every quote: what suppressing a sentence also hides,
 * and whom a sentence quotes.
 */
import type { IndexedQuote } from "./types.js";

/** A stretch of one article's body, `[start, end)`. */
export interface Span {
  articleId: string;
  start: number;
  end: number;
}

export class QuotesByArticle {
  private readonly byArticle = new Map<string, IndexedQuote[]>();

  constructor(quotes: readonly IndexedQuote[]) {
    // The index is in corpus order, so each article's list is in order of offset.
    for (const q of quotes) {
      const list = this.byArticle.get(q.citation.articleId);
      if (list) list.push(q);
      else this.byArticle.set(q.citation.articleId, [q]);
    }
  }

  /** The quotes overlapping `span`, in order of offset. */
  within(span: Span): IndexedQuote[] {
    return (this.byArticle.get(span.articleId) ?? []).filter((q) => q.citation.start < span.end && span.start < q.citation.end);
  }
}
