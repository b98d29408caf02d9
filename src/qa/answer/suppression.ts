/**
 * What a suppression covers. Moderators suppress one passage by its key,
 * but the same words can be cited from elsewhere: another outlet's wire copy
 * of the sentence, the direct quotes inside it, the same quote as carried by
 * other articles. Expanding the suppressed keys to all of those, once per
 * key (the corpus never changes under an engine), lets every caller filter by
 * the existing `suppressed` option and see the same thing gone everywhere.
 */
import type { CorpusModel } from "../corpus/model.js";
import { QuotesByArticle, type Span } from "../quotes/overlap.js";
import type { IndexedQuote, QuoteIndex } from "../quotes/types.js";
import { passageKey } from "./citation.js";
import { isWireCopy } from "./wireCopy.js";

/** Keys a suppression covers, memoised per key. */
export class SuppressionScope {
  private readonly covered = new Map<string, readonly string[]>();
  private readonly quoteByKey: Map<string, IndexedQuote>;
  private byArticle?: QuotesByArticle;

  constructor(
    private readonly model: CorpusModel,
    private readonly quotes: QuoteIndex,
    /** The sentence id of a passage key (the engine's lookup). */
    private readonly sentenceByKey: (key: string) => number | undefined,
    /** Term overlap at which two sentences are one wire copy (the ranking's own setting). */
    private readonly similarity: number,
  ) {
    this.quoteByKey = new Map(quotes.quotes.map((q) => [q.key, q] as const));
  }

  /** `keys` with every key each of them covers; the same set when none covers anything more. */
  expand(keys: ReadonlySet<string> | undefined): ReadonlySet<string> | undefined {
    if (keys === undefined || keys.size === 0) return keys;
    const out = new Set(keys);
    for (const key of keys) for (const more of this.coveredBy(key)) out.add(more);
    return out.size === keys.size ? keys : out;
  }

  private coveredBy(key: string): readonly string[] {
    let keys = this.covered.get(key);
    if (keys === undefined) {
      keys = this.compute(key);
      this.covered.set(key, keys);
    }
    return keys;
  }

  private compute(key: string): string[] {
    const id = this.sentenceByKey(key);
    if (id !== undefined) {
      const copies = this.wireCopies(id);
      return [...copies.map((s) => passageKey(s)), ...this.quotesWithin(copies).flatMap((q) => this.sameQuote(q))];
    }
    const quote = this.quoteByKey.get(key);
    return quote ? this.sameQuote(quote) : [];
  }

  /** A quote attribution wherever carried: the same words by the same speaker. */
  private sameQuote(quote: IndexedQuote): string[] {
    return this.quotes.quotes.filter((q) => q.group === quote.group && q.speakerId === quote.speakerId).map((q) => q.key);
  }

  /** Sentence `id` and the sentences of other articles that carry the same words. */
  private wireCopies(id: number) {
    const { sentences } = this.model;
    const lead = sentences[id]!;
    const terms = this.model.termSet(id);
    return sentences.filter((s) => {
      if (s.id === id) return true;
      if (s.articleId === lead.articleId) return false;
      // Too few terms to compare by overlap (isWireCopy's floor): only the identical text counts.
      const other = this.model.termSet(s.id);
      return s.text === lead.text || (terms !== undefined && other !== undefined && isWireCopy(terms, other, this.similarity));
    });
  }

  /** The direct quotes overlapping any of `sentences` (wire copies: one sentence per article). */
  private quotesWithin(sentences: readonly Span[]): IndexedQuote[] {
    // Made by the first suppression that needs it, not at load.
    this.byArticle ??= new QuotesByArticle(this.quotes.quotes);
    const byArticle = this.byArticle;
    return sentences.flatMap((s) => byArticle.within(s));
  }
}
