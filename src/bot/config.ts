/**
 * The bot's configuration: environment variables (and a .env file) validated
 * with zod into one typed object. Every problem is collected so start-up can
 * stop with a single message that lists them all.
 */
import { existsSync, statSync } from "node:fs";
import { z } from "zod";
// The defaults file only: config must not load the SQLite binding (`npm run chat` needs no database).
import { STORE_DEFAULTS } from "../store/defaults.js";
import { BOT_DEFAULTS, LOG_LEVELS, type LogLevel } from "./options.js";

/** Validated settings. Defaults come from {@link BOT_DEFAULTS}. */
export interface BotConfig {
  discord: {
    /** DISCORD_TOKEN. Secret: never logged or echoed. */
    token?: string;
    /** DISCORD_APPLICATION_ID. */
    applicationId?: string;
    /** DISCORD_GUILD_ID: register commands in this guild only (instant; for development). */
    guildId?: string;
    /** DISCORD_API_URL: talk to another Discord (a local fake in tests). Default: discord.com. */
    apiUrl?: string;
  };
  /** CORPUS_DIR. Default {@link BOT_DEFAULTS.corpusDir}. */
  corpusDir: string;
  /** CACHE_DIR. Default {@link BOT_DEFAULTS.cacheDir}. */
  cacheDir: string;
  /** COOLDOWN_SECONDS. Default {@link BOT_DEFAULTS.cooldownSeconds}. */
  cooldownSeconds: number;
  /** ANSWERS_PER_PAGE. Default {@link BOT_DEFAULTS.answersPerPage}. */
  answersPerPage: number;
  /** PAGING_MINUTES. Default {@link BOT_DEFAULTS.pagingMinutes}. */
  pagingMinutes: number;
  /** LOG_LEVEL. Default {@link BOT_DEFAULTS.logLevel}. */
  logLevel: LogLevel;
  /** LOG_PRETTY=on: human-readable log lines through pino-pretty (a dev dependency). Default off: JSON. */
  logPretty?: boolean;
  /** SENTENCE_MEANING: rank by sentence meaning too (vectors filled in the background). Default on. */
  sentenceMeaning?: boolean;
  /** ANSWER_THREADS: worker threads answering questions (see answer-threads.ts); 0 or unset answers on the event loop. */
  answerThreads?: number;
  /** The moderation database. Only the Discord bot opens it; `npm run chat` runs without moderation. */
  database: {
    /** CITEBOT_DB. Default {@link BOT_DEFAULTS.databasePath}. */
    path: string;
    /** RETENTION_DAYS: days questions are kept. Default {@link STORE_DEFAULTS.retentionDays}. */
    retentionDays: number;
  };
}

/** What the entry point is about to do, which decides what must be set. */
export interface ConfigNeeds {
  /** Connecting to Discord: token and application id are required. */
  discord: boolean;
}

export type ConfigResult = { ok: true; config: BotConfig } | { ok: false; problems: string[] };

const blankIsUnset = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankIsUnset, schema.optional());

const snowflake = z.string().regex(/^\d{17,20}$/, "must be a Discord id (17–20 digits)");
// A token pasted with its "Bot " prefix or quotes is the usual mistake; the value itself is never echoed.
const token = z.string().regex(/^[\w-]+\.[\w-]+\.[\w-]+$/, "does not look like a bot token (three parts separated by dots)");
const wholeNumber = (min: number, max: number) => {
  const message = `must be a whole number from ${min} to ${max}`;
  return z.string().regex(/^\d+$/, message).transform(Number).pipe(z.number().int().min(min, message).max(max, message));
};

const EnvSchema = z.object({
  DISCORD_TOKEN: optional(token),
  DISCORD_APPLICATION_ID: optional(snowflake),
  DISCORD_GUILD_ID: optional(snowflake),
  DISCORD_API_URL: optional(z.url({ protocol: /^https?$/, error: "must be an http(s) URL" })),
  CORPUS_DIR: optional(z.string()),
  CACHE_DIR: optional(z.string()),
  COOLDOWN_SECONDS: optional(wholeNumber(0, 3600)),
  ANSWERS_PER_PAGE: optional(wholeNumber(1, 5)),
  PAGING_MINUTES: optional(wholeNumber(1, 24 * 60)),
  LOG_LEVEL: optional(z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(", ")}` })),
  CITEBOT_DB: optional(z.string()),
  RETENTION_DAYS: optional(wholeNumber(1, STORE_DEFAULTS.maxRetentionDays)),
  ANSWER_THREADS: optional(wholeNumber(0, BOT_DEFAULTS.maxAnswerThreads)),
  SENTENCE_MEANING: optional(z.enum(["on", "off"], { error: "must be on or off" })),
  LOG_PRETTY: optional(z.enum(["on", "off"], { error: "must be on or off" })),
});

const SECRET = new Set(["DISCORD_TOKEN"]);

/** Read and check the settings in `env`. Pure apart from checking that CORPUS_DIR exists. */
export function readConfig(env: Record<string, string | undefined>, needs: ConfigNeeds): ConfigResult {
  const parsed = EnvSchema.safeParse(env);
  const problems: string[] = [];
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const name = String(issue.path[0] ?? "environment");
      const raw = env[name];
      const got = SECRET.has(name) || raw === undefined ? "" : ` (got ${JSON.stringify(raw.length > 40 ? `${raw.slice(0, 40)}…` : raw)})`;
      problems.push(`${name} ${issue.message}${got}`);
    }
  }
  const vars = parsed.success ? parsed.data : undefined;
  if (needs.discord) {
    if (!env.DISCORD_TOKEN?.trim()) problems.push("DISCORD_TOKEN is not set (Developer Portal › your app › Bot › Reset Token)");
    if (!env.DISCORD_APPLICATION_ID?.trim()) problems.push("DISCORD_APPLICATION_ID is not set (Developer Portal › your app › General Information)");
  }
  // Checked even when other settings are invalid, so every problem is listed in one go.
  const corpusDir = env.CORPUS_DIR?.trim() || BOT_DEFAULTS.corpusDir;
  if (!existsSync(corpusDir) || !statSync(corpusDir).isDirectory()) problems.push(`CORPUS_DIR ${JSON.stringify(corpusDir)} is not a directory`);
  if (!vars || problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    config: {
      discord: { token: vars.DISCORD_TOKEN, applicationId: vars.DISCORD_APPLICATION_ID, guildId: vars.DISCORD_GUILD_ID, apiUrl: vars.DISCORD_API_URL },
      corpusDir,
      cacheDir: vars.CACHE_DIR ?? BOT_DEFAULTS.cacheDir,
      cooldownSeconds: vars.COOLDOWN_SECONDS ?? BOT_DEFAULTS.cooldownSeconds,
      answersPerPage: vars.ANSWERS_PER_PAGE ?? BOT_DEFAULTS.answersPerPage,
      pagingMinutes: vars.PAGING_MINUTES ?? BOT_DEFAULTS.pagingMinutes,
      logLevel: vars.LOG_LEVEL ?? BOT_DEFAULTS.logLevel,
      ...(vars.LOG_PRETTY === "on" ? { logPretty: true } : {}),
      answerThreads: vars.ANSWER_THREADS ?? BOT_DEFAULTS.answerThreads,
      sentenceMeaning: (vars.SENTENCE_MEANING ?? "on") === "on",
      database: {
        path: vars.CITEBOT_DB?.trim() || BOT_DEFAULTS.databasePath,
        retentionDays: vars.RETENTION_DAYS ?? STORE_DEFAULTS.retentionDays,
      },
    },
  };
}

/** The one message shown when start-up stops on bad settings. */
export function describeProblems(problems: readonly string[], what: string): string {
  const missingDiscord = problems.some((p) => /^DISCORD_(TOKEN|APPLICATION_ID) is not set/.test(p));
  return [
    `citebot cannot ${what}: fix these settings (environment or .env; see .env.example):`,
    ...problems.map((p) => `  - ${p}`),
    ...(missingDiscord ? ["To try citebot without Discord, run: npm run chat"] : []),
  ].join("\n");
}

/** Load ./.env into process.env when it exists; variables already set win. */
export function loadDotEnv(path = ".env"): void {
  if (existsSync(path)) process.loadEnvFile(path);
}
