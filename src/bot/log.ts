/**
 * Structured logs: one JSON object per line on stderr (stdout belongs to the
 * terminal chat). Events carry level, command, guild, latency and outcome;
 * never the token, and interaction tokens are cut out of error text.
 */
import type { LogLevel } from "./options.js";

/**
 * Fields a log line may carry: small scalars, free of user text (no
 * questions, no message content). `error` is expanded into name, message and
 * a redacted stack.
 */
export type LogFields = { error?: unknown } & Record<string, unknown>;

export interface Logger {
  debug(event: string, fields?: LogFields): void;
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields): void;
}

const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 99 };

// Interaction and webhook tokens appear in discord.js error URLs; each grants
// 15 minutes of posting as the bot, so they are secrets too.
const TOKEN_IN_PATH = /\/(webhooks|interactions)\/(\d+)\/[\w.-]+/g;

/** Remove secrets from text that is about to be logged. */
export function redact(text: string, secrets: readonly string[] = []): string {
  let out = text.replace(TOKEN_IN_PATH, "/$1/$2/[token]");
  for (const secret of secrets) if (secret) out = out.split(secret).join("[secret]");
  return out;
}

function describeError(error: unknown, secrets: readonly string[]): Record<string, string | number> {
  if (!(error instanceof Error)) return { error: redact(String(error), secrets) };
  const code = (error as { code?: unknown }).code;
  return {
    error: redact(`${error.name}: ${error.message}`, secrets),
    ...(typeof code === "string" || typeof code === "number" ? { errorCode: code } : {}),
    stack: redact(error.stack ?? "", secrets),
  };
}

export interface LoggerOptions {
  /** Lowest level written. Default "info". */
  level?: LogLevel;
  /** Values to blank out wherever they appear (the bot token). */
  secrets?: readonly string[];
  /** Where lines go. Default: stderr. */
  write?: (line: string) => void;
  /** Fields added to every line (e.g. the shard id). */
  base?: LogFields;
}

export function createLogger(options: LoggerOptions = {}): Logger {
  const threshold = RANK[options.level ?? "info"];
  const secrets = options.secrets ?? [];
  const write = options.write ?? ((line: string) => process.stderr.write(line));
  const emit = (level: Exclude<LogLevel, "silent">, event: string, fields: LogFields = {}) => {
    if (RANK[level] < threshold) return;
    const { error, ...rest } = fields;
    const line = { time: new Date().toISOString(), level, event, ...options.base, ...rest, ...(error === undefined ? {} : describeError(error, secrets)) };
    write(`${JSON.stringify(line)}\n`);
  };
  return {
    debug: (event, fields) => emit("debug", event, fields),
    info: (event, fields) => emit("info", event, fields),
    warn: (event, fields) => emit("warn", event, fields),
    error: (event, fields) => emit("error", event, fields),
  };
}
