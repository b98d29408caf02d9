/**
 * One article through the NLP once: its segmentation and ranking features,
 * and its reading for quotes from the same wink pass. What the cache keeps of
 * it (ArticleEntry) restores it without the NLP, so an edit re-reads only the
 * edited article.
 */
import { type ArticleAnalysis, analysisOf } from "./corpus/model.js";
import { segmentArticle } from "./corpus/segment.js";
import type { AliasTable } from "./nlp/aliases.js";
import { type PackedQuotePass, type QuotePass, readQuotePass, unpackQuotePass } from "./quotes/articlePass.js";
import { checkedContribution } from "./quotes/contribution.js";
import type { Article } from "./types.js";

/** One article as the cache keeps it. */
export interface ArticleEntry {
  analysis: ArticleAnalysis;
  quotes: PackedQuotePass;
  /** Its contribution to the last quote index, as read (checked when restored). */
  previous?: unknown;
  /** Its analysis lines (head and features, one string) as read, written back as they are (the same hash, so the same analysis). */
  line?: string;
}

/** One article ready for the corpus-wide passes (statistics, index, speakers and attribution). */
export interface AnalysedArticle {
  analysis: ArticleAnalysis;
  quotes: PackedQuotePass;
  pass: QuotePass;
  line?: string;
}

/** A cache entry whose packed reading turned out not to fit its article when it was needed. */
export class StaleEntry extends Error {
  override readonly name = "StaleEntry";
  constructor(readonly article: number) {
    super(`the cached reading of article ${article} does not fit it`);
  }
}

/** Run the NLP over one article (one wink pass serves segmentation and quotes). */
export function analyseArticleEntry(article: Article, aliases: AliasTable): AnalysedArticle {
  const seg = segmentArticle(article, aliases);
  const { pass, packed } = readQuotePass(article, seg.paragraphs, aliases, seg.analyses);
  return { analysis: analysisOf(article, seg, aliases), quotes: packed, pass };
}

/**
 * Article `n` from its cache entry, or undefined when the entry does not fit
 * the article (it is then analysed again). Its reading is unpacked only if
 * attribution must run again; should it not fit then, `read` throws StaleEntry.
 */
export function restoreArticleEntry(article: Article, n: number, entry: ArticleEntry): AnalysedArticle | undefined {
  let pass: QuotePass;
  try {
    pass = unpackQuotePass(article, entry.analysis.paragraphs, entry.quotes);
  } catch {
    return undefined;
  }
  const { read } = pass;
  pass.read = () => {
    try {
      return read();
    } catch {
      // Anything a damaged entry makes the reading trip over: the NLP gives it again.
      throw new StaleEntry(n);
    }
  };
  const previous = checkedContribution(entry.previous, article.body, article.id);
  if (previous) pass.previous = previous;
  return { analysis: entry.analysis, quotes: entry.quotes, pass, ...(entry.line === undefined ? {} : { line: entry.line }) };
}
