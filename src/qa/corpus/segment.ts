/**
 * Split an article into paragraphs and sentences with exact offsets, mark
 * boilerplate, and keep what ranking needs from the analysis of each sentence
 * (terms by position, entities, proper nouns), so questions never re-run the
 * NLP over the corpus.
 */
import type { AliasTable } from "../nlp/aliases.js";
import { termsOfTokens } from "../nlp/terms.js";
import { type Analysis, analyse, type EntityType } from "../nlp/wink.js";
import type { Article, Paragraph, Sentence } from "../types.js";
import { classifyParagraphs, metadataPrefixLength } from "./boilerplate.js";
import { ArticleNames } from "./names.js";

/** What ranking knows about a sentence beyond its text. */
export interface SentenceFeatures {
  /** Index terms in reading order (a term per position; positions with no term are skipped). */
  terms: string[];
  /** Terms of the names in it: proper nouns (PROPN) and capitalised words, an opening word only where it reads as a name (corpus/names.ts). */
  proper: string[];
  /** Typed entities with the terms they contain; a typed question looks for these. */
  entities: Array<{ type: EntityType; terms: string[] }>;
  /** Number of surface words, for length normalisation. */
  words: number;
}

export interface SegmentedArticle {
  paragraphs: Paragraph[];
  /** Sentences with `id` relative to the article (0-based); the corpus renumbers them. */
  sentences: Sentence[];
  features: SentenceFeatures[];
  /**
   * The NLP of each citable paragraph's whole text (undefined for
   * boilerplate), from the same wink pass: quote reading (quotes/read.ts)
   * takes it instead of analysing the paragraph again.
   */
  analyses: Array<Analysis | undefined>;
}

/** Paragraphs are the non-blank lines of the body, trimmed of surrounding space. */
function splitParagraphs(body: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  const line = /[^\n]+/g;
  for (let m = line.exec(body); m; m = line.exec(body)) {
    const lead = m[0].length - m[0].trimStart().length;
    const text = m[0].trim();
    if (text !== "") out.push({ start: m.index + lead, end: m.index + lead + text.length });
  }
  return out;
}

export function segmentArticle(article: Article, aliases: AliasTable): SegmentedArticle {
  const spans = splitParagraphs(article.body);
  const reasons = classifyParagraphs(article, spans.map((s) => ({ text: article.body.slice(s.start, s.end) })));
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  const features: SentenceFeatures[] = [];
  const analyses: Array<Analysis | undefined> = [];
  const names = new ArticleNames();

  spans.forEach((span, index) => {
    const paragraph: Paragraph = { articleId: article.id, index, start: span.start, end: span.end };
    const reason = reasons[index];
    if (reason) paragraph.boilerplate = reason;
    paragraphs.push(paragraph);

    const skip = index === 0 ? metadataPrefixLength(article.body.slice(span.start, span.end)) : 0;
    const base = span.start + skip;
    const text = article.body.slice(base, span.end);
    const analysis = analyse(text);
    // A skipped dateline ("MOSCOW (Reuters) -") is part of the paragraph quotes read: that one paragraph is analysed whole as well.
    if (!reason) analyses[index] = skip === 0 ? analysis : analyse(article.body.slice(span.start, span.end));
    const termsByToken = termsOfTokens(analysis.tokens.map((t) => t.text), aliases);

    for (const s of analysis.sentences) {
      const raw = text.slice(s.start, s.end);
      const lead = raw.length - raw.trimStart().length;
      const trimmed = raw.trim();
      if (trimmed === "") continue;
      const start = base + s.start + lead;
      const sentence: Sentence = {
        id: sentences.length,
        articleId: article.id,
        paragraph: index,
        index: sentences.length,
        start,
        end: start + trimmed.length,
        text: trimmed,
      };
      if (reason) sentence.boilerplate = reason;
      sentences.push(sentence);

      const terms: string[] = [];
      let words = 0;
      for (let t = s.firstToken; t < s.endToken; t++) {
        const token = analysis.tokens[t];
        if (token && token.type !== "punctuation") words++;
        terms.push(...(termsByToken[t] ?? []));
      }
      names.add(analysis.tokens, termsByToken, s.firstToken, s.endToken);
      const entities = analysis.entities
        .filter((e) => e.firstToken >= s.firstToken && e.endToken <= s.endToken)
        .map((e) => ({ type: e.type, terms: termsByToken.slice(e.firstToken, e.endToken).flat() }));
      // Names are filled in once the whole article is read.
      features.push({ terms, proper: [], entities, words });
    }
  });
  names.names().forEach((proper, i) => ((features[i] as SentenceFeatures).proper = proper));
  return { paragraphs, sentences, features, analyses };
}
