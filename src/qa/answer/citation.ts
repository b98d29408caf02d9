/**
 * Citations and the exactness invariant: the quote of every citation equals
 * the article body at the recorded offsets, checked whenever one is built.
 */
import type { CorpusModel } from "../corpus/model.js";
import type { Article, Citation, Sentence } from "../types.js";

/** Stable key of a passage, `articleId:start-end`: suppression and buttons use it. */
export function passageKey(s: Pick<Sentence, "articleId" | "start" | "end">): string {
  return `${s.articleId}:${s.start}-${s.end}`;
}

/** Parse a passage key; undefined when it is not one. */
export function parsePassageKey(key: string): { articleId: string; start: number; end: number } | undefined {
  const m = /^([a-z0-9-]{1,40}):(\d{1,9})-(\d{1,9})$/.exec(key);
  if (!m) return undefined;
  return { articleId: m[1] as string, start: Number(m[2]), end: Number(m[3]) };
}

export class CitationError extends Error {
  override readonly name = "CitationError";
}

/** Throws when a quote does not match its article at its offsets: a bug, never user error. */
export function assertExact(article: Article, start: number, end: number, quote: string): void {
  if (article.body.slice(start, end) !== quote) {
    throw new CitationError(`citation of ${article.id} at ${start}-${end} does not match the article text`);
  }
}

/** A quoted span of an article; paragraph and sentence are 0-based. */
export interface CitedSpan {
  start: number;
  end: number;
  text: string;
  paragraph: number;
  sentence: number;
}

/** The citation of any quoted span (a sentence, a quote), checked against the article text. */
export function citeSpan(article: Article, span: CitedSpan): Citation {
  assertExact(article, span.start, span.end, span.text);
  const citation: Citation = {
    articleId: article.id,
    headline: article.headline,
    headlineSupplied: article.headlineSupplied,
    outlet: article.outlet,
    published: article.published,
    paragraph: span.paragraph + 1,
    sentence: span.sentence + 1,
    start: span.start,
    end: span.end,
    quote: span.text,
  };
  if (article.author !== undefined) citation.author = article.author;
  if (article.url !== undefined) citation.url = article.url;
  return citation;
}

export function citationOf(model: CorpusModel, sentence: Sentence): Citation {
  const article = model.articles[model.byId.get(sentence.articleId) ?? -1];
  if (!article) throw new CitationError(`sentence ${sentence.id} names unknown article ${sentence.articleId}`);
  return citeSpan(article, { ...sentence, sentence: sentence.index });
}
