/**
 * Structured logs: one JSON object per line on stderr (stdout belongs to the
 * terminal chat), written by pino. Events carry level, command, guild, latency
 * and outcome; never the token, and interaction tokens are cut out of error
 * text. This is the one module that knows pino.
 */
import { pino, stdTimeFunctions, type DestinationStream } from "pino";
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

// Interaction and webhook tokens appear in discord.js error URLs; each grants
// 15 minutes of posting as the bot, so they are secrets too.
const TOKEN_IN_PATH = /\/(webhooks|interactions)\/(\d+)\/[\w.-]+/g;

/** Fields that hold a secret whatever their value; pino blanks them before a line is written. */
const SECRET_FIELDS = ["token", "authorization", "*.token", "*.authorization", "headers.authorization"];

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
  /**
   * Coloured, human-readable lines through pino-pretty (a dev dependency, in a
   * worker thread) instead of JSON. For development only; ignored with `write`.
   */
  pretty?: boolean;
}

function destination(options: LoggerOptions): DestinationStream {
  const { write } = options;
  // Synchronous writes: a line is out before the call returns, so nothing is lost on exit or crash.
  if (write) return { write: (line: string) => write(line) };
  if (options.pretty) return pino.transport({ target: "pino-pretty", options: { destination: 2, messageKey: "event" } }) as DestinationStream;
  return pino.destination({ dest: 2, sync: true });
}

export function createLogger(options: LoggerOptions = {}): Logger {
  const secrets = options.secrets ?? [];
  const logger = pino(
    {
      level: options.level ?? "info",
      base: options.base ?? null,
      timestamp: stdTimeFunctions.isoTime,
      redact: { paths: SECRET_FIELDS, censor: "[secret]" },
      formatters: {
        level: (label) => ({ level: label }),
        log: ({ error, ...rest }) => (error === undefined ? rest : { ...rest, ...describeError(error, secrets) }),
      },
    },
    destination(options),
  );
  const emit = (level: Exclude<LogLevel, "silent">) => (event: string, fields: LogFields = {}) => logger[level]({ event, ...fields });
  return { debug: emit("debug"), info: emit("info"), warn: emit("warn"), error: emit("error") };
}
