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
import { type ArticleContribution, recordingCorpus, stillHolds } from "./contribution.js";
import { attributeReading } from "./extract.js";
import { type QuotePass, readQuotePass } from "./articlePass.js";
import { buildSpeakers, type SpeakerTable } from "./speakers.js";
import type { ExtractedQuote, IndexedQuote, QuoteIndex, RejectedSpan } from "./types.js";

/** One article with its segmentation (from segmentArticle, or the corpus model). */
export interface QuoteSource {
  article: Article;
  paragraphs: readonly Paragraph[];
  sentences: readonly Sentence[];
  /** The article already read for quotes (from its segmentation's NLP, or the cache); read here when absent. */
  pass?: QuotePass;
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

/**
 * One article's quotes, attributed with what the corpus knows, ready for the
 * index but for speaker ids. Whatever attribution learns from the rest of the
 * corpus must reach it through `recordingCorpus`: an input that bypassed it
 * would not be recorded, and an edit elsewhere that changed it would leave
 * this article's cached contribution standing.
 */
function contribute(source: QuoteSource, pass: QuotePass, corpus: SpeakerTable, aliases: AliasTable): ArticleContribution {
  const { reading, people } = pass.read();
  const recording = recordingCorpus(corpus, pass.people);
  const result = attributeReading(reading, people, source.sentences, { aliases, rolesOf: recording.rolesOf, knownSurname: recording.knownSurname });
  const quotes = result.quotes.map((q) => {
    const terms = termsOfText(q.text, aliases);
    const quote = {
      key: passageKey(q),
      text: q.text,
      kind: q.kind,
      label: q.attribution.label,
      method: q.attribution.method,
      citation: quoteCitation(source.article, q),
      terms,
      contextTerms: contextTerms(q, source, terms, aliases),
      group: quoteGroup(q.text),
    };
    return { quote, name: q.attribution.name };
  });
  return { quotes, people: result.people, rejected: result.rejected, asked: recording.asked() };
}

/** Build the quote index; also returns the rejected spans, for evaluation, and each article's contribution, for the cache. */
export function buildQuoteIndexWithRejects(sources: readonly QuoteSource[], aliases: AliasTable): { index: QuoteIndex; rejected: RejectedSpan[]; contributions: ArticleContribution[] } {
  const passes = sources.map((s) => s.pass ?? readQuotePass(s.article, s.paragraphs, aliases).pass);
  const first = buildSpeakers(
    passes.flatMap((p) => p.people),
    aliases,
  );
  // An article's last contribution stands while the corpus answers its attribution the same (see contribution.ts).
  const contributions = sources.map((source, i) => {
    const pass = passes[i] as QuotePass;
    return pass.previous && stillHolds(pass.previous.asked, pass.people, first) ? pass.previous : contribute(source, pass, first, aliases);
  });
  const table = buildSpeakers(
    contributions.flatMap((c) => c.people),
    aliases,
  );

  const quotes: IndexedQuote[] = [];
  for (const c of contributions) {
    for (const { quote: q, name } of c.quotes) {
      quotes.push({
        key: q.key,
        text: q.text,
        kind: q.kind,
        speakerId: name === null ? null : (table.idOf(q.citation.articleId, name) ?? null),
        label: q.label,
        method: q.method,
        citation: q.citation,
        terms: q.terms,
        contextTerms: q.contextTerms,
        group: q.group,
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
    rejected: contributions.flatMap((c) => c.rejected),
    contributions,
  };
}

/** Build the serialisable quote index of a corpus. */
export function buildQuoteIndex(sources: readonly QuoteSource[], aliases: AliasTable): QuoteIndex {
  return buildQuoteIndexWithRejects(sources, aliases).index;
}
