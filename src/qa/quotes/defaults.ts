/**
 * Every tunable of the quotes module with its default, in one place. The
 * word lists the rules use (cue verbs, roles, honorifics) live in
 * lexicon.ts because they are vocabulary, not numbers.
 */

export const QUOTE_DEFAULTS = {
  /** Quotes per page of `findQuotes`. */
  quotesPerPage: 5,
  /** Most quotes one page may ask for. */
  maxQuotesPerPage: 25,
  /** Longest speaker or topic text accepted, in characters. */
  maxQueryLength: 200,
  /**
   * A quoted phrase of at most this many words inside narration is a scare
   * quote unless a speaker is attributed in its own sentence.
   */
  scareQuoteMaxWords: 2,
  /**
   * Single-quoted spans longer than this are not taken as quotes: in British
   * style, single marks enclose short headline phrases, and a long run
   * between two apostrophe-shaped marks is more likely a misreading. A span
   * closed after a comma or a full stop ("…winter,’ she said") is no
   * misreading, and has no limit.
   */
  singleQuoteMaxWords: 8,
  /** Suggestions returned by `suggestSpeakers` when no limit is given. */
  suggestions: 5,
  /** Speakers named as closest when a lookup names no known speaker. */
  closestSpeakers: 3,
  /** Weight of a topic term found only in the quote's sentence, relative to one in the quote itself. */
  contextTermWeight: 0.5,
} as const;

/** Typos tolerated by the autocomplete scorer for a typed word of `length` characters. */
export function maxEdits(length: number): number {
  if (length <= 3) return 0;
  if (length <= 5) return 1;
  return 2;
}
