/**
 * The quote index of a corpus, built once at load (it runs the NLP) and
 * cached with the answering index as plain JSON. Two passes: every article's
 * people first, merged into speakers, so that attribution can use what the
 * whole corpus knows (a title given in one article resolves "the Russian
 * leader" in another; a surname alone finds the full name given elsewhere);
 * then the quotes.
 */
import { passageKey } from "../answer/citation.js";
import type { AliasTable } from "../nlp/aliases.js";
import { wordParts } from "../nlp/normalize.js";
import { termsOfText } from "../nlp/terms.js";
import type { Article, Paragraph, Sentence } from "../types.js";
import { quoteCitation } from "./citation.js";
import { attributeReading } from "./extract.js";
import { collectPeople } from "./people.js";
import { readArticle } from "./read.js";
import { buildSpeakers } from "./speakers.js";
import type { ExtractedQuote, IndexedQuote, QuoteIndex, RejectedSpan } from "./types.js";

/** One article with its segmentation (from segmentArticle, or the corpus model). */
export interface QuoteSource {
  article: Article;
  paragraphs: readonly Paragraph[];
  sentences: readonly Sentence[];
}

/** Normalised text of a quote: two occurrences with the same group are the same words. */
export function quoteGroup(text: string): string {
  return text.split(/\s+/).flatMap(wordParts).join(" ");
}

function contextTerms(quote: ExtractedQuote, source: QuoteSource, own: readonly string[], aliases: AliasTable): string[] {
  const around = source.sentences.filter((s) => s.end > quote.start && s.start < quote.end).map((s) => s.text).join(" ");
  const mine = new Set(own);
  return termsOfText(around, aliases).filter((t) => !mine.has(t));
}

/** Build the quote index; also returns the rejected spans, for evaluation. */
export function buildQuoteIndexWithRejects(sources: readonly QuoteSource[], aliases: AliasTable): { index: QuoteIndex; rejected: RejectedSpan[] } {
  const read = sources.map((s) => {
    const reading = readArticle(s.article, s.paragraphs);
    return { source: s, reading, people: collectPeople(s.article.id, reading.readings, reading.clauses, s.article.body, aliases) };
  });
  const first = buildSpeakers(
    read.flatMap((r) => r.people.people),
    aliases,
  );
  const extracted = read.map((r) => ({
    source: r.source,
    result: attributeReading(r.reading, r.people, r.source.sentences, { aliases, rolesOf: first.rolesOf, knownSurname: first.knownSurname }),
  }));
  const table = buildSpeakers(
    extracted.flatMap((e) => e.result.people),
    aliases,
  );

  const quotes: IndexedQuote[] = [];
  for (const { source, result } of extracted) {
    for (const q of result.quotes) {
      const terms = termsOfText(q.text, aliases);
      quotes.push({
        key: passageKey(q),
        text: q.text,
        kind: q.kind,
        speakerId: q.attribution.name === null ? null : (table.idOf(q.articleId, q.attribution.name) ?? null),
        label: q.attribution.label,
        method: q.attribution.method,
        citation: quoteCitation(source.article, q),
        terms,
        contextTerms: contextTerms(q, source, terms, aliases),
        group: quoteGroup(q.text),
      });
    }
  }

  const groups = new Map<string, Set<string>>();
  for (const q of quotes) if (q.speakerId !== null) groups.set(q.speakerId, (groups.get(q.speakerId) ?? new Set()).add(q.group));
  const speakers = table.speakers.map((s) => ({ ...s, quoteCount: groups.get(s.id)?.size ?? 0 }));
  speakers.sort((a, b) => b.quoteCount - a.quoteCount || a.name.localeCompare(b.name));
  const unnamed = new Map<string, { label: string; quotes: number }>();
  for (const q of quotes) {
    if (q.speakerId !== null) continue;
    const entry = unnamed.get(q.label.toLowerCase()) ?? { label: q.label, quotes: 0 };
    entry.quotes++;
    unnamed.set(q.label.toLowerCase(), entry);
  }
  return {
    index: { version: 1, speakers, quotes, unnamed: [...unnamed.values()] },
    rejected: extracted.flatMap((e) => e.result.rejected),
  };
}

/** Build the serialisable quote index of a corpus. */
export function buildQuoteIndex(sources: readonly QuoteSource[], aliases: AliasTable): QuoteIndex {
  return buildQuoteIndexWithRejects(sources, aliases).index;
}
