/**
 * The engine over one corpus: the public face of the library. Pure and
 * synchronous once built; building from articles runs the NLP, restoring
 * from a snapshot does not.
 */
import { z } from "zod";
import { answerQuestion, DEFAULT_RANK_OPTIONS, type RankOptions } from "./answer/ask.js";
import { citationOf, parsePassageKey, passageKey } from "./answer/citation.js";
import { SuppressionScope } from "./answer/suppression.js";
import { analyseArticleEntry, type ArticleEntry, restoreArticleEntry, StaleEntry } from "./articleEntry.js";
import { type CorpusModel, type CorpusSnapshot, corpusSnapshot, modelFromSnapshot } from "./corpus/model.js";
import type { CorpusStatistics } from "./corpus/statistics.js";
import { type AliasTable, EMPTY_ALIASES } from "./nlp/aliases.js";
import { withIdioms } from "./nlp/idioms.js";
import type { Meaning } from "./meaning.js";
import { DEFAULTS } from "./options.js";
import type { PackedQuotePass, QuotePass } from "./quotes/articlePass.js";
import { buildQuoteIndexWithRejects, type QuoteSource } from "./quotes/build.js";
import type { ArticleContribution } from "./quotes/contribution.js";
import { findQuotes } from "./quotes/find.js";
import { suggestSpeakers } from "./quotes/suggest.js";
import { Speech } from "./rank/speech.js";
import type { FindQuotesOptions, QuoteIndex } from "./quotes/types.js";
import { type PackedIndex, SentenceIndex } from "./search/sentenceIndex.js";
import type { Article, AskOptions, ContextView, CorpusSummary, QaEngine, Sentence } from "./types.js";
import { collapseWhitespace } from "./text.js";

/** Bad input from a caller (an empty or over-long question): the message is one line for a person. */
export class QaInputError extends Error {
  override readonly name = "QaInputError";
}

const QuestionSchema = z
  .string()
  .transform(collapseWhitespace)
  .refine((q) => q !== "", "the question is empty: ask something, e.g. \"Who was killed in Moscow?\"")
  .refine((q) => q.length <= DEFAULTS.maxQuestionLength, `the question is too long: at most ${DEFAULTS.maxQuestionLength} characters`);

const AskOptionsSchema = z.object({
  limit: z.number().int().min(1).max(50).default(DEFAULTS.answersPerPage),
  offset: z.number().int().min(0).max(10_000).default(0),
});

/** Validate and tidy a question; throws QaInputError with a one-line reason. */
export function validateQuestion(question: string): string {
  const parsed = QuestionSchema.safeParse(question);
  if (!parsed.success) throw new QaInputError(parsed.error.issues[0]?.message ?? "invalid question");
  return parsed.data;
}

function summarise(model: CorpusModel): CorpusSummary {
  const dates = model.articles.map((a) => a.published).sort();
  const summary: CorpusSummary = {
    articles: model.articles.length,
    sentences: model.citableCount,
    outlets: [...new Set(model.articles.map((a) => a.outlet))].sort(),
  };
  if (dates.length > 0) {
    summary.from = dates[0] as string;
    summary.to = dates[dates.length - 1] as string;
  }
  return summary;
}

class Engine implements QaEngine {
  readonly summary: CorpusSummary;
  readonly articles: readonly Article[];
  private readonly quoteKeys: Set<string>;
  /** A suppressed key covers its wire copies and the quotes in it; every `suppressed` option is expanded by it. */
  private readonly suppression: SuppressionScope;

  constructor(
    readonly model: CorpusModel,
    readonly index: SentenceIndex,
    readonly quotes: QuoteIndex,
    private readonly rank: RankOptions,
  ) {
    this.summary = summarise(model);
    this.articles = model.articles;
    this.quoteKeys = new Set(quotes.quotes.map((q) => q.key));
    this.suppression = new SuppressionScope(model, quotes, (key) => this.sentenceOfKey(key), rank.wireCopySimilarity);
  }

  private meaning?: Meaning;
  private spoken?: Speech;

  /** Who is quoted where, made by the first question that needs it rather than at load. */
  private get speech(): Speech {
    this.spoken ??= new Speech(this.quotes, this.model.aliases);
    return this.spoken;
  }

  /** Attach sentence meaning (open.ts does, when asked); `answer` then uses it where vectors exist. */
  attachMeaning(meaning: Meaning): void {
    this.meaning = meaning;
  }

  private page(question: string, options: AskOptions) {
    const q = validateQuestion(question);
    const parsed = AskOptionsSchema.safeParse({ limit: options.limit, offset: options.offset });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new QaInputError(`${String(issue?.path[0] ?? "options")}: expected ${issue?.path[0] === "offset" ? "a whole number from 0 to 10000" : "a whole number from 1 to 50"}`);
    }
    return { q, page: { ...parsed.data, suppressed: this.suppression.expand(options.suppressed) } };
  }

  ask(question: string, options: AskOptions = {}) {
    const { q, page } = this.page(question, options);
    return answerQuestion(this.model, this.index, q, page, this.rank, { speech: this.speech });
  }

  async answer(question: string, options: AskOptions = {}) {
    const { q, page } = this.page(question, options);
    const meaning = this.meaning ? await this.meaning.of(q) : undefined;
    return answerQuestion(this.model, this.index, q, page, this.rank, { speech: this.speech, ...(meaning ? { meaning } : {}) });
  }

  async close(): Promise<void> {
    await this.meaning?.stop();
  }

  findQuotes(options: FindQuotesOptions) {
    return findQuotes(this.quotes, { ...options, suppressed: this.suppression.expand(options.suppressed) }, this.model.aliases);
  }

  suggestSpeakers(input: string, limit?: number) {
    return suggestSpeakers(this.quotes, input, limit);
  }

  context(key: string, given: { window?: number; suppressed?: ReadonlySet<string> } = {}): ContextView | undefined {
    const options = { ...given, suppressed: this.suppression.expand(given.suppressed) };
    const span = parsePassageKey(key);
    if (!span || options.suppressed?.has(key)) return undefined;
    // A quote's key is its own span; its context is that of the sentence it starts in.
    const id = this.sentenceOfKey(key) ?? (this.quoteKeys.has(key) ? this.sentenceAt(span.articleId, span.start, span.end) : undefined);
    const sentence = id === undefined ? undefined : this.model.sentences[id];
    if (id === undefined || !sentence || sentence.boilerplate) return undefined;
    const window = options.window ?? DEFAULTS.contextWindow;
    const shown = (other: number) => {
      const s = this.model.sentences[other];
      return s && s.articleId === sentence.articleId && !s.boilerplate && !options.suppressed?.has(passageKey(s)) ? [s] : [];
    };
    const before = [];
    const after = [];
    for (let i = id - window; i < id; i++) before.push(...shown(i));
    for (let i = id + 1; i <= id + window; i++) after.push(...shown(i));
    return { citation: citationOf(this.model, sentence), before, sentence, after };
  }

  /** The sentence whose passage key is `key` (found in its article by offset: a table of every key would cost a string per sentence). */
  private sentenceOfKey(key: string): number | undefined {
    const span = parsePassageKey(key);
    const a = span && this.model.byId.get(span.articleId);
    const ids = a === undefined ? undefined : this.model.articleSentences[a];
    if (!span || !ids) return undefined;
    // An article's sentences are in reading order, so their starts ascend.
    let lo = 0;
    let hi = ids.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = this.model.sentences[ids[mid] as number] as Sentence;
      if (s.start < span.start) lo = mid + 1;
      else if (s.start > span.start) hi = mid - 1;
      else return s.end === span.end && passageKey(s) === key ? s.id : undefined;
    }
    return undefined;
  }

  /** The sentence holding the start of a span that lies within one paragraph of an article. */
  private sentenceAt(articleId: string, start: number, end: number): number | undefined {
    const a = this.model.byId.get(articleId);
    const ids = a === undefined ? [] : (this.model.articleSentences[a] ?? []);
    const id = ids.find((i) => {
      const s = this.model.sentences[i];
      return s !== undefined && s.start <= start && start < s.end;
    });
    const paragraph = id === undefined ? undefined : this.model.paragraphs[a ?? -1]?.[this.model.sentences[id]?.paragraph ?? -1];
    return paragraph && end <= paragraph.end ? id : undefined;
  }
}

/** Options for building an engine. */
export interface EngineOptions {
  /** Spelling variants; default none. */
  aliases?: AliasTable;
  /** Ranking tunables; default DEFAULT_RANK_OPTIONS. */
  rank?: Partial<RankOptions>;
  /** An article's entry from the cache, when it has one for this very text (an edit re-analyses only that article). */
  reuse?: (article: Article) => ArticleEntry | undefined;
}

/** An engine just built, with what the cache writes of it and how many articles went through the NLP. */
export interface BuiltEngine {
  engine: QaEngine;
  snapshot: BuiltSnapshot;
  analysed: number;
}

/** Build from parsed articles: the NLP over every article `reuse` does not give, then the corpus-wide passes. */
export function buildEngine(articles: readonly Article[], options: EngineOptions = {}): BuiltEngine {
  const refused = new Set<number>();
  for (;;) {
    try {
      return buildOnce(articles, options, refused);
    } catch (e) {
      // A cached reading found damaged only when needed: that article is analysed afresh and the build run again.
      if (!(e instanceof StaleEntry) || refused.has(e.article)) throw e;
      refused.add(e.article);
    }
  }
}

function buildOnce(articles: readonly Article[], options: EngineOptions, refused: ReadonlySet<number>): BuiltEngine {
  const aliases = withIdioms(options.aliases ?? EMPTY_ALIASES);
  let analysed = 0;
  const done = articles.map((article, n) => {
    const hit = refused.has(n) ? undefined : options.reuse?.(article);
    const restored = hit && restoreArticleEntry(article, n, hit);
    if (restored) return restored;
    analysed++;
    return analyseArticleEntry(article, aliases);
  });
  const corpus = corpusSnapshot(articles, done.map((d) => d.analysis));
  const model = modelFromSnapshot(corpus, aliases);
  const index = SentenceIndex.build(model.sentences.filter((s) => !s.boilerplate).map((s) => ({ id: s.id, terms: model.features(s.id)?.terms ?? [] })));
  const quotes = buildQuoteIndexWithRejects(quoteSources(model, done.map((d) => d.pass)), aliases);
  const engine = new Engine(model, index, quotes.index, { ...DEFAULT_RANK_OPTIONS, ...options.rank });
  const snapshot = { corpus, index: index.toPacked(), quotes: quotes.index, statistics: model.statistics, articleQuotes: done.map((d) => d.quotes), contributions: quotes.contributions, articleLines: done.map((d) => d.line) };
  return { engine, snapshot, analysed };
}

/** Build from parsed articles (runs the NLP over the whole corpus). */
export function createEngine(articles: readonly Article[], options: EngineOptions = {}): QaEngine & { snapshot(): EngineSnapshot } {
  const { engine, snapshot } = buildEngine(articles, options);
  return Object.assign(engine, { snapshot: () => snapshot });
}

/** Articles with their paragraphs and sentences (and, when given, their reading for quotes), as quote extraction reads them. */
export function quoteSources(model: CorpusModel, passes: ReadonlyArray<QuotePass | undefined> = []): QuoteSource[] {
  return model.articles.map((article, i) => {
    const source: QuoteSource = {
      article,
      paragraphs: model.paragraphs[i] ?? [],
      sentences: (model.articleSentences[i] ?? []).flatMap((id) => model.sentences[id] ?? []),
    };
    const pass = passes[i];
    if (pass) source.pass = pass;
    return source;
  });
}

/** What the on-disk cache restores a whole engine from. */
export interface EngineSnapshot {
  corpus: CorpusSnapshot;
  index: PackedIndex;
  quotes: QuoteIndex;
  /** The corpus-wide counts of this very corpus, when kept (else counted again). */
  statistics?: CorpusStatistics;
}

/** What the cache writes after a build: the snapshot, and each article's packed reading for quotes and contribution to the quote index. */
export interface BuiltSnapshot extends EngineSnapshot {
  statistics: CorpusStatistics;
  articleQuotes: PackedQuotePass[];
  contributions: ArticleContribution[];
  /** Each reused article's analysis lines (head and features, one string) as the cache had them. */
  articleLines: Array<string | undefined>;
}

/** Restore an engine from a snapshot without re-running the NLP. */
export function restoreEngine(snapshot: EngineSnapshot, options: EngineOptions = {}): QaEngine {
  const aliases = withIdioms(options.aliases ?? EMPTY_ALIASES);
  const model = modelFromSnapshot(snapshot.corpus, aliases, snapshot.statistics);
  return new Engine(model, SentenceIndex.fromPacked(snapshot.index), snapshot.quotes, { ...DEFAULT_RANK_OPTIONS, ...options.rank });
}

/** Attach sentence meaning to an engine built here (open.ts does, when asked). */
export function attachMeaning(engine: QaEngine, meaning: Meaning): void {
  if (!(engine instanceof Engine)) throw new Error("not an engine built by createEngine");
  engine.attachMeaning(meaning);
}

/** Internals for the benchmarks that fit and measure ranking; not for the bot. */
export function engineInternals(engine: QaEngine): { model: CorpusModel; index: SentenceIndex; quotes: QuoteIndex } {
  if (!(engine instanceof Engine)) throw new Error("not an engine built by createEngine");
  return { model: engine.model, index: engine.index, quotes: engine.quotes };
}
