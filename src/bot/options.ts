/**
 * Every tunable of the bot with its default, in one place. Environment
 * variables (see config.ts and .env.example) override the first group; the
 * rest are fixed by Discord or by design and are here so nothing is a magic
 * number elsewhere.
 */
export const BOT_DEFAULTS = {
  /** Corpus directory, relative to the working directory. */
  corpusDir: "corpus",
  /** Where the answering library caches its index. */
  cacheDir: ".cache",
  /** Seconds a user waits between two questions. 0 turns the cooldown off. */
  cooldownSeconds: 10,
  /** Passages per answer page (one "Context" button each, so at most 5). */
  answersPerPage: 3,
  /** Quotes per /quote page (each may get an extra button, e.g. "Report", so at most 5). */
  quotesPerPage: 5,
  /** Sentences shown on each side of a cited one by "Show context". */
  contextWindow: 2,
  /** Minutes during which "More sources" keeps working after a question. */
  pagingMinutes: 60,
  /** Questions remembered for paging; the oldest are forgotten first. */
  pagingCapacity: 10_000,
  /** Answers kept for repeated questions and pages (0: none). */
  answerCacheSize: 1_000,
  /**
   * Worker threads answering questions off the event loop, each with its own
   * copy of the index (0: answer on the event loop, fine for small corpora).
   */
  answerThreads: 0,
  maxAnswerThreads: 8,
  /** JSON log lines at this level and above go to stderr. */
  logLevel: "info",
  /** The moderation database (answers, reports, decisions), relative to the working directory. */
  databasePath: "data/citebot.sqlite",
  /** How often the retention clean-up runs after the one at start-up (hourly). */
  purgeIntervalMs: 60 * 60 * 1000,
  /** How long a channel the bot was refused in is left alone (mentions there skipped, the refusal logged once). */
  channelBackoffMs: 10 * 60 * 1000,
  /**
   * An answer ready within this many milliseconds is sent as the reply itself
   * (one request to Discord); a slower one is acknowledged first ("citebot is
   * thinking…", then filled in), since Discord drops an interaction not
   * answered within 3 s. Far below 3 s: the reply still has to travel.
   */
  acknowledgeAfterMs: 500,
  /**
   * However long that wait, an interaction is acknowledged by this many
   * milliseconds after Discord created it (its window is 3 s; the rest is
   * for the request to travel), so one that reached the bot late, behind a
   * busy event loop, is not answered too late.
   */
  acknowledgeDeadlineMs: 2_000,
  /** Closest articles listed when the corpus cannot answer. */
  nearestShown: 3,
  /**
   * @discordjs/rest throttles all non-callback requests to 50/s, its guess at
   * Discord's global limit. Discord exempts interaction webhooks (our edits
   * and follow-ups) from that limit, so at the default a burst of questions
   * queues behind the throttle for seconds. Mentions and DMs are the only
   * bot-token requests we make; Discord's 429s still pace those.
   */
  restRequestsPerSecond: 1_000,
  /** Longest question Discord lets people type into /ask (the engine's limit too). */
  maxQuestionLength: 2000,
  /**
   * V8's semi-space, in MB (its default is 16): the young generation holds
   * what a question allocates (about 650 KB through the engine and the
   * Discord shell at 20k sentences) and whatever is still in flight when it
   * fills. With 50 questions in flight, a 16 MB semi-space is collected every
   * 25 or so questions and promotes much of what is in flight to the old
   * generation, to be collected again there. At 32 MB: half the scavenges, a
   * quarter less GC time on the bot's thread and a seventh less promoted
   * (bench:bot's GC line, 20k sentences); it costs up to 32 MB more memory.
   * `npm start` and the shard processes pass it as --max-semi-space-size,
   * worker threads (answer threads, the benchmarks' bot) as a resource limit.
   */
  semiSpaceMb: 32,
  /** Accent colour of citebot's embeds (a muted newsprint blue). */
  embedColor: 0x3b6ea5,
} as const;

/** The log levels, quietest last: LOG_LEVEL's values, and bench:bot's --log-level. */
export const LOG_LEVELS = ["debug", "info", "warn", "error", "silent"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];
