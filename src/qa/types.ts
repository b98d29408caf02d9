import type { FindQuotesOptions, FindQuotesResult, QuoteIndex, SpeakerSuggestion } from "./quotes/types.js";

/**
 * Plain data types shared across the answering library. Everything here is
 * serialisable (it goes into the on-disk index cache and into `--json` output).
 */

/** One article as loaded from a corpus file. */
export interface Article {
  /** Stable id, `[a-z0-9-]`, at most 40 characters (it travels inside Discord custom ids). */
  id: string;
  headline: string;
  /** True when the source had no headline and a descriptive one was written by hand. */
  headlineSupplied: boolean;
  outlet: string;
  /** ISO 8601 date or date-time of publication. */
  published: string;
  author?: string;
  url?: string;
  /** The article text, verbatim; every citation offset points into this string. */
  body: string;
  /** The corpus file it came from, relative to the corpus directory. */
  file: string;
}

/** Why a passage is kept out of answers (see corpus/boilerplate.ts). */
export type BoilerplateReason =
  | "caption"
  | "teaser"
  | "related-headline"
  | "schedule"
  | "copyright"
  | "author-bio"
  | "byline"
  | "dateline"
  | "subheading"
  | "duplicate-line";

/** A paragraph: one non-empty line (or block) of the article body. */
export interface Paragraph {
  articleId: string;
  /** 0-based position among the article's paragraphs. */
  index: number;
  /** Offsets into `Article.body`, `[start, end)`. */
  start: number;
  end: number;
  /** Undefined when the paragraph may be cited. */
  boilerplate?: BoilerplateReason;
}

/** A sentence, the unit that is indexed and cited. */
export interface Sentence {
  /** Global 0-based id across the whole corpus. */
  id: number;
  articleId: string;
  /** 0-based paragraph index within the article. */
  paragraph: number;
  /** 0-based sentence index within the article (all paragraphs counted). */
  index: number;
  /** Offsets into `Article.body`, `[start, end)`; `body.slice(start, end) === text`. */
  start: number;
  end: number;
  text: string;
  /** Undefined when the sentence may be cited. */
  boilerplate?: BoilerplateReason;
}

/** Where a quoted passage comes from. Numbers shown to people are 1-based. */
export interface Citation {
  articleId: string;
  headline: string;
  headlineSupplied: boolean;
  outlet: string;
  published: string;
  author?: string;
  url?: string;
  /** 1-based paragraph number. */
  paragraph: number;
  /** 1-based sentence number within the article. */
  sentence: number;
  /** Offsets into the article body, `[start, end)`. */
  start: number;
  end: number;
  /** The quoted text: always equal to the article body sliced at `[start, end)`. */
  quote: string;
}

/** A `[start, end)` range inside an answer's `text` to show in bold. */
export interface Highlight {
  start: number;
  end: number;
}

/** One cited passage of an answer. */
export interface Answer {
  /** The sentence, verbatim. */
  text: string;
  score: number;
  citation: Citation;
  /**
   * Other articles that carry the same sentence (wire copy, or the same quote
   * with a different attribution tag), earliest first; each with its own exact quote.
   */
  alsoIn: Citation[];
  /** Words of `text` that matched the question. */
  highlights: Highlight[];
  /** Stable key of the passage (`articleId:start-end`), used for suppression and buttons. */
  key: string;
}

/** An article named as the closest match when no answer is given. */
export interface NearestArticle {
  articleId: string;
  headline: string;
  outlet: string;
  published: string;
  url?: string;
  score: number;
}

export type NoAnswerReason =
  /** The question has no searchable words (all stop words or punctuation). */
  | "no-terms"
  /** A key term (a name, usually) occurs nowhere in the corpus. */
  | "unknown-terms"
  /** Something matched, but too weakly to be an answer. */
  | "weak-match";

/** How sure the engine is that its top passage answers the question (calibrated on data: rank/confidence.ts). */
export type Confidence = "high" | "low";

export type AskResult =
  | {
      question: string;
      answered: true;
      /**
       * "high": the top passage very probably answers the question. "low": the
       * corpus has relevant passages but none clearly answers; they are the
       * closest, and every surface says so before showing them.
       */
      confidence: Confidence;
      /** The page of answers asked for, best first. */
      answers: Answer[];
      /** How many answers exist in all (for paging). */
      total: number;
    }
  | {
      question: string;
      answered: false;
      reason: NoAnswerReason;
      /** Key words of the question that occur nowhere in the corpus, as the question writes them. */
      unknownTerms: string[];
      nearest: NearestArticle[];
    };

/** What the corpus covers, for `/about`. */
export interface CorpusSummary {
  articles: number;
  sentences: number;
  outlets: string[];
  /** Earliest and latest publication dates (ISO), or undefined for an empty corpus. */
  from?: string;
  to?: string;
}

/** The sentences around a cited one, for "show context". */
export interface ContextView {
  citation: Citation;
  before: Sentence[];
  sentence: Sentence;
  after: Sentence[];
}

/** Options for one question. */
export interface AskOptions {
  /** Answers per page. Default {@link DEFAULTS.answersPerPage} (3). */
  limit?: number;
  /** Answers to skip, for paging. Default 0. */
  offset?: number;
  /**
   * Passage keys (`Answer.key`) that must not be cited, e.g. suppressed by a
   * server's moderators. Default: none.
   */
  suppressed?: ReadonlySet<string>;
}

/** The answering engine over one loaded corpus. Every method but `answer` and `close` is synchronous and pure. */
export interface QaEngine {
  /** Every direct quote with its speaker, extracted at load (plain data; cached with the index). */
  readonly quotes: QuoteIndex;
  /** Direct quotes of a speaker; an unknown speaker is a value (`speaker: null` with the closest ones). Throws QuoteInputError for an empty speaker. */
  findQuotes(options: FindQuotesOptions): FindQuotesResult;
  /** Speakers for autocomplete: most-quoted first, tolerant of typos and spelling variants. */
  suggestSpeakers(input: string, limit?: number): SpeakerSuggestion[];
  readonly summary: CorpusSummary;
  readonly articles: readonly Article[];
  /** Answer a question by its words alone. Throws {@link QaInputError} only for invalid input (empty or too long). */
  ask(question: string, options?: AskOptions): AskResult;
  /**
   * Answer a question with sentence meaning where the corpus's vectors exist
   * (an engine opened with `meaning: true`), by its words alone elsewhere.
   * The one asynchronous step is encoding the question.
   */
  answer(question: string, options?: AskOptions): Promise<AskResult>;
  /** Stop background work (the vector fill); answering still works, by words alone where vectors are missing. */
  close(): Promise<void>;
  /**
   * The sentences around a cited passage (an answer's key, or a quote's key:
   * the sentence the quote starts in), or undefined when the key names no
   * citable passage or is suppressed.
   */
  context(key: string, options?: { window?: number; suppressed?: ReadonlySet<string> }): ContextView | undefined;
}
