/**
 * Reading one article for quotes: every citable paragraph analysed once
 * (words, quoted spans, reporting clauses). Boilerplate paragraphs are not
 * analysed; their quoted spans are only listed as rejected.
 */
import type { Analysis } from "../nlp/wink.js";
import type { Article, Paragraph } from "../types.js";
import { type Clause, findClauses } from "./cues.js";
import { findSpans } from "./spans.js";
import type { RejectedSpan } from "./types.js";
import { type ParagraphReading, readParagraph } from "./words.js";

export interface ArticleReading {
  article: Article;
  /** All paragraphs of the article, boilerplate included. */
  paragraphs: readonly Paragraph[];
  /** Citable paragraphs only, in order. */
  readings: ParagraphReading[];
  /** Reporting clauses of each reading. */
  clauses: Clause[][];
  /** Quoted spans in boilerplate paragraphs. */
  boilerplate: RejectedSpan[];
}

/** `analyses[i]` is paragraph i's NLP when segmentation or the cache has it; others are analysed here. */
export function readArticle(article: Article, paragraphs: readonly Paragraph[], analyses: ReadonlyArray<Analysis | undefined> = []): ArticleReading {
  const readings: ParagraphReading[] = [];
  const boilerplate: RejectedSpan[] = [];
  for (const paragraph of paragraphs) {
    if (paragraph.boilerplate) {
      for (const span of findSpans(article.body.slice(paragraph.start, paragraph.end), paragraph.start)) {
        boilerplate.push({ articleId: article.id, start: span.start, end: span.end, text: article.body.slice(span.start, span.end), reason: "boilerplate" });
      }
      continue;
    }
    readings.push(readParagraph(article.body, paragraph, analyses[paragraph.index]));
  }
  return { article, paragraphs, readings, clauses: readings.map((r) => findClauses(r, article.body)), boilerplate };
}
