/**
 * What every handler shares: the engine, the settings, the per-process state
 * (cooldown, paging memory), the log, and the hooks other features plug into.
 * Built once per process by the Discord shell and the terminal alike.
 */
import type { Answer, AskResult, QaEngine, QuoteResult, SpeakerRef } from "../qa/index.js";
import { AnswerCache, type Answerer } from "./answer-cache.js";
import type { ButtonHandler } from "./buttons/types.js";
import type { BotConfig } from "./config.js";
import { ChannelBackoff } from "./channel-backoff.js";
import { Cooldown } from "./cooldown.js";
import type { Logger } from "./log.js";
import type { ModalHandler } from "./modals.js";
import type { ModerationContext } from "./moderation/context.js";
import { BOT_DEFAULTS } from "./options.js";
import { PagingMemory, type QuoteRequest } from "./paging.js";
import type { ButtonSpec } from "./render/index.js";

/**
 * Extension points for features that live outside src/bot, such as
 * moderator review. All optional; the defaults change nothing.
 */
export interface BotHooks {
  /** Passage keys that must not be cited in a guild (null: DMs, terminal). Default: none. */
  suppressed?(guildId: string | null): ReadonlySet<string>;
  /**
   * Buttons to add under each answer page and /quote page in a server, e.g.
   * "Report" (custom ids must be the hook's own); never in DMs. Default: none.
   */
  answerButtons?(shown: readonly ShownPassage[], firstNumber: number): ButtonSpec[];
  /** Handlers for those buttons, consulted after citebot's own. Default: none. */
  buttons?: readonly ButtonHandler[];
  /** Handlers for submitted forms (modals) the hooks' buttons and commands open. Default: none. */
  modals?: readonly ModalHandler[];
  /**
   * The moderation store and services behind /review, /config and "Report
   * citation". Absent in the terminal chat, where those say moderation is off.
   */
  moderation?: ModerationContext;
  /**
   * Called once an answer page is on Discord (first page and every "More
   * sources" page; the same for /quote and "More quotes", with source
   * "quote"), e.g. to record it so reports can refer to it. A failure
   * is logged; the person already has their answer. Default: nothing.
   */
  onAnswered?(answer: AnswerDelivered): void | Promise<void>;
}

/** What hooks see of a passage on a page: an /ask answer and a /quote quote alike carry these. */
export type ShownPassage = Pick<Answer, "text" | "citation" | "alsoIn" | "key">;

/** An answer page (/ask, a mention) or a /quote page, as delivered. */
export type AnswerDelivered = QuestionDelivered | QuotesDelivered;

/** A page of an answer to a question. */
export interface QuestionDelivered extends PageDelivered {
  source: "ask" | "mention";
  question: string;
  /** The passages shown on this page. */
  shown: readonly Answer[];
}

/** A page of /quote: the quotes shown, each with its attribution (passage keys are the quote spans). */
export interface QuotesDelivered extends PageDelivered {
  source: "quote";
  /** The lookup as typed, e.g. `/quote speaker:Zelensky topic:peace`. */
  question: string;
  speaker: SpeakerRef;
  shown: readonly QuoteResult[];
}

/** Where and for whom a page was delivered. */
export interface PageDelivered {
  /** Null in DMs. */
  guildId: string | null;
  channelId: string;
  /** The bot's message holding the answer; pages replace it, so it stays the same. */
  messageId: string;
  /** Who asked. */
  userId: string;
  /** Answers (or quotes) before this page: 0 for the first page. */
  offset: number;
}

/** Settings handlers read; see {@link BOT_DEFAULTS} for what each means. */
export interface RuntimeSettings {
  answersPerPage: number;
  quotesPerPage: number;
  contextWindow: number;
  nearestShown: number;
}

export interface BotRuntime {
  readonly engine: QaEngine;
  /** The engine's ask, through the cache of recent answers. */
  readonly answers: AnswerCache;
  readonly settings: RuntimeSettings;
  readonly cooldown: Cooldown;
  /**
   * Help and error lines given instead of an answer to a mention (an empty
   * mention, an invalid question): at most one per person per cooldown, and
   * apart from the question cooldown, so a mistake does not use that up.
   */
  readonly notices: Cooldown;
  /** Channels where Discord refused the bot's posts, left alone for a while. */
  readonly channels: ChannelBackoff;
  readonly paging: PagingMemory;
  /** /quote lookups remembered for "More quotes" (speaker and filters are user text: never in custom ids). */
  readonly quotePaging: PagingMemory<QuoteRequest>;
  readonly log: Logger;
  readonly hooks: BotHooks;
}

export interface RuntimeOptions {
  engine: QaEngine;
  config: Pick<BotConfig, "cooldownSeconds" | "answersPerPage" | "pagingMinutes">;
  log: Logger;
  hooks?: BotHooks;
  /** Answers cached. Default {@link BOT_DEFAULTS.answerCacheSize}. */
  answerCacheSize?: number;
  /** Who answers questions (engines in worker threads, see answer-threads.ts). Default: `engine`, on this thread. */
  answerer?: Answerer;
  /** Clock for cooldown and paging expiry. Default Date.now. */
  now?: () => number;
}

const NO_SUPPRESSIONS: ReadonlySet<string> = new Set();

export function createRuntime(options: RuntimeOptions): BotRuntime {
  const { config, now } = options;
  return {
    engine: options.engine,
    // The engine's `answer` adds sentence meaning where its vectors exist (engines opened with `meaning: true`).
    answers: new AnswerCache(options.answerer ?? { ask: (question, o) => options.engine.answer(question, o) }, options.answerCacheSize ?? BOT_DEFAULTS.answerCacheSize),
    settings: { answersPerPage: config.answersPerPage, quotesPerPage: BOT_DEFAULTS.quotesPerPage, contextWindow: BOT_DEFAULTS.contextWindow, nearestShown: BOT_DEFAULTS.nearestShown },
    cooldown: new Cooldown({ seconds: config.cooldownSeconds, now }),
    notices: new Cooldown({ seconds: config.cooldownSeconds, now }),
    channels: new ChannelBackoff({ intervalMs: BOT_DEFAULTS.channelBackoffMs, now }),
    paging: new PagingMemory({ ttlMs: config.pagingMinutes * 60_000, capacity: BOT_DEFAULTS.pagingCapacity, now }),
    quotePaging: new PagingMemory<QuoteRequest>({ ttlMs: config.pagingMinutes * 60_000, capacity: BOT_DEFAULTS.pagingCapacity, now }),
    log: options.log,
    hooks: options.hooks ?? {},
  };
}

/**
 * The hooks' buttons for a page shown in a guild, or none in DMs: they are
 * moderation's ("Report"), and a report needs a server (a DM answer is not
 * recorded, and a report from it could only be refused).
 */
export function extraButtonsIn(runtime: BotRuntime, guildId: string | null): BotHooks["answerButtons"] {
  return guildId === null ? undefined : runtime.hooks.answerButtons;
}

/** The suppressed passage keys for a guild, through the hook. */
export function suppressedIn(runtime: BotRuntime, guildId: string | null): ReadonlySet<string> {
  return runtime.hooks.suppressed?.(guildId) ?? NO_SUPPRESSIONS;
}

/** Tell the onAnswered hook about a delivered page; the hook is another subsystem, so its failure stops here. */
export async function announceAnswer(runtime: BotRuntime, answer: AnswerDelivered): Promise<void> {
  if (!runtime.hooks.onAnswered) return;
  try {
    await runtime.hooks.onAnswered(answer);
  } catch (error) {
    runtime.log.error("onAnswered hook failed", { guild: answer.guildId, error });
  }
}

/** One page of answers to `question` as seen from a guild (its suppressions applied). */
export function askPage(runtime: BotRuntime, guildId: string | null, question: string, offset: number): Promise<AskResult> {
  return runtime.answers.ask(question, { limit: runtime.settings.answersPerPage, offset, suppressed: suppressedIn(runtime, guildId) });
}
