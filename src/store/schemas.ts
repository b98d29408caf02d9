/**
 * Zod schemas for everything that enters the store: arguments from the bot
 * and rows read back from SQLite (stored records are an edge too).
 */
import { z } from "zod";
import { parsePassageKey } from "../qa/index.js";
import { STORE_DEFAULTS } from "./defaults.js";
import { StoreError } from "./errors.js";

/** A Discord snowflake id: 17 to 20 decimal digits. */
export const snowflake = z.string().regex(/^\d{17,20}$/, "expected a Discord id (17-20 digits)");

/** An article id as used in passage keys: `[a-z0-9-]`, 1 to 40 characters. */
export const articleId = z.string().regex(/^[a-z0-9-]{1,40}$/, "expected an article id ([a-z0-9-], 1-40 chars)");

/** A passage key, `articleId:start-end` with `start < end`. */
export const passageKey = z
  .string()
  .refine((key) => parsePassageKey(key) !== undefined, "expected a passage key articleId:start-end")
  .refine((key) => {
    const span = parsePassageKey(key);
    return span !== undefined && span.start < span.end;
  }, "passage key start must be below end");

/** What a key names: a cited passage, or the attribution of a quote. */
export const passageKind = z.enum(["passage", "attribution"]);
export type PassageKind = z.infer<typeof passageKind>;

/** Where an answer was asked. */
export const answerSource = z.enum(["ask", "mention", "quote"]);
export type AnswerSource = z.infer<typeof answerSource>;

/** A sha256 hex digest (see `passageHash` in src/moderation). */
export const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, "expected a sha256 hex digest");

/** An optional report reason: trimmed, at most 500 characters, empty means none. */
export const reportReason = z
  .string()
  .trim()
  .max(STORE_DEFAULTS.maxReasonLength, `reason is longer than ${STORE_DEFAULTS.maxReasonLength} characters`)
  .optional()
  .transform((reason) => (reason === undefined || reason === "" ? null : reason));

/** A required moderator reason: trimmed, 1 to 500 characters. */
export const decisionReason = z
  .string()
  .trim()
  .min(1, "a reason is required")
  .max(STORE_DEFAULTS.maxReasonLength, `reason is longer than ${STORE_DEFAULTS.maxReasonLength} characters`);

/** A database row id. */
export const rowId = z.number().int().positive();

/** Paging arguments. */
export const paging = z
  .object({
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(STORE_DEFAULTS.maxPageSize).default(STORE_DEFAULTS.pageSize),
  })
  .default({ offset: 0, limit: STORE_DEFAULTS.pageSize });
export type PageInput = z.input<typeof paging>;

/**
 * Parse `value` with `schema`, or throw a one-line {@link StoreError}
 * (`invalid-input`) naming the first problem and where it is.
 */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, what: string): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue && issue.path.length > 0 ? ` at ${issue.path.join(".")}` : "";
  throw new StoreError("invalid-input", `invalid ${what}${where}: ${issue?.message ?? "invalid value"}`);
}

/**
 * Parse a row read from the database. A row that does not match means the file
 * was changed outside citebot; that is reported as corruption, not ignored.
 */
export function parseRow<S extends z.ZodType>(schema: S, row: unknown, table: string): z.output<S> {
  const result = schema.safeParse(row);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new StoreError(
    "corrupt",
    `unexpected row in ${table}${issue && issue.path.length > 0 ? ` at ${issue.path.join(".")}` : ""}: ${issue?.message ?? "invalid"}`,
  );
}

/** `SELECT COUNT(*) AS n` rows. */
export const countRow = z.object({ n: z.number().int().nonnegative() });
/** `SELECT id` rows. */
export const idRow = z.object({ id: rowId });

/** Epoch milliseconds as stored in the database. */
export const epochMs = z.number().int().nonnegative();

/** ISO 8601 text of stored epoch milliseconds. */
export function iso(ms: number): string {
  return new Date(ms).toISOString();
}
