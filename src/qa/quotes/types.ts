/**
 * Plain data of the quotes module. Everything here is serialisable: the
 * QuoteIndex goes into the on-disk cache with the answering index, and the
 * results go to the bot and to `--json` output unchanged.
 */
import type { Citation } from "../types.js";

/**
 * "full": the quote is a sentence or more of the speaker's words, standing on
 * its own (“Politics is the art of compromise,” he said). "partial": a
 * fragment worked into the writer's sentence (said Russia was ready for
 * “compromises”).
 */
export type QuoteKind = "full" | "partial";

/**
 * How the speaker was reached. "named": the speaker is written in the
 * quote's sentence (Putin said; a European official told). "resolved": the
 * sentence has a pronoun or a description (he said; the Russian leader said)
 * that was resolved to a named person of the article. "inherited": the quote
 * has no attribution of its own and continues the previous speaker's words
 * (a quote running over paragraphs, or the second half of a split quote).
 */
export type AttributionMethod = "named" | "resolved" | "inherited";

/** Which marks enclose the quote. Single marks count only as the rules in spans.ts allow; "none" is a transcript's words after a speaker's label (transcript.ts). */
export type QuoteMarks = "double" | "single" | "none";

/** Why a quoted span is not reported as a quote. Expected outcomes, not errors. */
export type RejectReason =
  /** The paragraph is page furniture (teaser, subheading, caption ...). */
  | "boilerplate"
  /** A title in title case inside narration (the programme “Results of the Year”). */
  | "title"
  /** A one- or two-word phrase in narration with no speaker in its sentence. */
  | "scare-quote"
  /** Longer quoted words with no speaker in the sentence and nothing to inherit from. */
  | "unattributed";

/** A speaker as one article writes it, before speakers are merged across the corpus. */
export interface ArticleAttribution {
  /**
   * The person's (or organisation's) name as this article gives it in full
   * ("Volodymyr Zelenskyy"), or null for an unnamed source.
   */
  name: string | null;
  /** The words that name the speaker in the text, as written ("he", "a European official", "Putin"). */
  label: string;
  method: AttributionMethod;
}

/** A quote found in one article. Offsets are into `Article.body`. */
export interface ExtractedQuote {
  articleId: string;
  /**
   * The words inside the quote marks, `[start, end)`: the marks themselves,
   * surrounding spaces and a trailing comma (American punctuation that belongs
   * to the writer's sentence) are left out. `body.slice(start, end) === text`.
   */
  start: number;
  end: number;
  text: string;
  kind: QuoteKind;
  marks: QuoteMarks;
  /** 0-based paragraph index. */
  paragraph: number;
  /** 0-based index (within the article) of the sentence the quote starts in. */
  sentence: number;
  attribution: ArticleAttribution;
}

/** A quoted span that is not reported, with the reason: for evaluation and debugging. */
export interface RejectedSpan {
  articleId: string;
  start: number;
  end: number;
  text: string;
  reason: RejectReason;
  /** The span's shape, for every reason but "boilerplate" (those paragraphs are not read). */
  kind?: QuoteKind;
}

/** A person (or organisation) one article names, with what the article calls them. */
export interface ArticlePerson {
  articleId: string;
  /** The fullest name the article gives ("Vladimir Putin"); a single word when that is all it gives. */
  name: string;
  kind: "person" | "organisation";
  /** Titles and descriptions written before the name, lower case ("russian president", "kremlin spokesperson"). */
  roles: string[];
  /** Honorific forms written in the article ("Mr Trump", "Ms Meloni", "President Putin"). */
  honorifics: string[];
  /** Grammatical gender when an honorific shows it; used only to resolve he/she. */
  gender?: "male" | "female";
  /** How many times the article mentions the name (full or surname) in narration. */
  mentions: number;
  /** Other names the article gives, such as an acronym in brackets after the name ("RCMP"). */
  aliases?: string[];
}

/** What extracting one article gives. */
export interface ArticleQuotes {
  quotes: ExtractedQuote[];
  rejected: RejectedSpan[];
  people: ArticlePerson[];
}

/** One canonical speaker of the corpus. */
export interface Speaker {
  /** Short stable slug, `[a-z0-9-]{1,40}` (it travels in Discord custom ids). */
  id: string;
  /** Display name: the fullest name, in the alias file's spelling when it has one. */
  name: string;
  kind: "person" | "organisation";
  /** Every way of writing the speaker: full names, surname, spelling variants, honorific forms. */
  aliases: string[];
  /** Titles and descriptions the articles use ("russian president", "president"). */
  roles: string[];
  /** Distinct quotes attributed to the speaker (wire copies counted once). */
  quoteCount: number;
}

/** A speaker as quotes and suggestions refer to it. */
export interface SpeakerRef {
  id: string;
  name: string;
}

/** One quote occurrence in the index: serialisable, with everything `findQuotes` needs. */
export interface IndexedQuote {
  /** Passage key `articleId:start-end` of the quote span; moderators suppress by it. */
  key: string;
  text: string;
  kind: QuoteKind;
  /** Speaker id, or null for an unnamed source. */
  speakerId: string | null;
  label: string;
  method: AttributionMethod;
  citation: Citation;
  /** Index terms of the quote text (the shared term pipeline). */
  terms: string[];
  /** Index terms of the sentences the quote is in, beyond the quote's own. */
  contextTerms: string[];
  /** Normalised text: occurrences with the same group and speaker are one quote carried by several outlets. */
  group: string;
}

/** Everything the quote lookups need, built at corpus load and cached with the index. */
export interface QuoteIndex {
  version: 1;
  speakers: Speaker[];
  /** All occurrences, in corpus order (article, then offset). */
  quotes: IndexedQuote[];
  /** Labels of unnamed sources with how many quotes each has, for listings. */
  unnamed: Array<{ label: string; quotes: number }>;
}

/** Options of one lookup. */
export interface FindQuotesOptions {
  /** Speaker id, name, surname or any alias; spelling variants are accepted. Required. */
  speaker: string;
  /** Words the quote or its sentence must match (at least one term); results are ranked by overlap. Default: none. */
  topic?: string;
  /** Case-insensitive substring of the outlet name. Default: any outlet. */
  outlet?: string;
  /** Quotes per page. Default {@link QUOTE_DEFAULTS.quotesPerPage}. */
  limit?: number;
  /** Quotes to skip, for paging. Default 0. */
  offset?: number;
  /** Passage keys (`IndexedQuote.key`) to leave out, e.g. suppressed by moderators. Default: none. */
  suppressed?: ReadonlySet<string>;
}

/** One quote of a lookup result. */
export interface QuoteResult {
  text: string;
  kind: QuoteKind;
  attribution: {
    /** Null for an unnamed source. */
    speaker: SpeakerRef | null;
    /** As written in the cited article ("the Russian leader", "he"). */
    label: string;
    method: AttributionMethod;
  };
  /** The earliest publication carrying the quote; `quote` is the exact quote text. */
  citation: Citation;
  /** Other articles carrying the same quote, earliest first, each with its own exact quote. */
  alsoIn: Citation[];
  /** Passage key of the cited occurrence. */
  key: string;
}

/** A suggested speaker, for autocomplete and for "did you mean". */
export interface SpeakerSuggestion extends SpeakerRef {
  quoteCount: number;
}

export type FindQuotesResult =
  | {
      speaker: SpeakerRef;
      /** The page asked for. */
      quotes: QuoteResult[];
      /** Quotes in all, for paging. */
      total: number;
    }
  | {
      /** The speaker asked for is not known. */
      speaker: null;
      query: string;
      /** Known speakers closest to what was typed, best first. */
      closest: SpeakerSuggestion[];
    };
