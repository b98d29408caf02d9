/**
 * Button custom ids. They come back from Discord as untrusted strings, so
 * they carry only values we can validate (ids, offsets, passage keys) and are
 * parsed back with zod; anything that does not parse is refused. A new
 * button adds one format here ("more:" and "mq:" page answers and /quote
 * results, "ctx:" shows context around an answer's passage or a quote, both
 * keyed `articleId:start-end`, at most 64 characters with the prefix;
 * moderation's own ids start with "cbm:").
 */
import { z } from "zod";
import { parsePassageKey } from "../qa/index.js";
import { DISCORD_LIMITS } from "./render/limits.js";

/** Highest paging offset the answering library accepts. */
export const MAX_OFFSET = 10_000;

const MORE = /^more:(\d{1,20}):(\d{1,20}):(\d{1,5})$/;
const CONTEXT = /^ctx:(.+)$/;
const MORE_QUOTES = /^mq:(\d{1,20}):(\d{1,20}):(\d{1,5})$/;

const passageKey = z.string().refine((key) => parsePassageKey(key) !== undefined, "not a passage key");

const more = z
  .string()
  .regex(MORE)
  .transform((raw) => {
    const [, askId = "", userId = "", offset = ""] = MORE.exec(raw) ?? [];
    return { askId, userId, offset: Number(offset) };
  })
  .pipe(z.object({ askId: z.string(), userId: z.string(), offset: z.number().int().min(1).max(MAX_OFFSET) }))
  .transform((fields) => ({ kind: "more" as const, ...fields }));

const context = z
  .string()
  .regex(CONTEXT)
  .transform((raw) => CONTEXT.exec(raw)?.[1] ?? "")
  .pipe(passageKey)
  .transform((key) => ({ kind: "context" as const, key }));

const moreQuotes = z
  .string()
  .regex(MORE_QUOTES)
  .transform((raw) => {
    const [, askId = "", userId = "", offset = ""] = MORE_QUOTES.exec(raw) ?? [];
    return { askId, userId, offset: Number(offset) };
  })
  .pipe(z.object({ askId: z.string(), userId: z.string(), offset: z.number().int().min(1).max(MAX_OFFSET) }))
  .transform((fields) => ({ kind: "more-quotes" as const, ...fields }));

const customIdSchema = z.string().max(DISCORD_LIMITS.customId).pipe(z.union([more, context, moreQuotes]));

/** What a button means, once its custom id has been checked. */
export type ButtonAction = z.infer<typeof customIdSchema>;

/** The action behind a custom id, or undefined for anything we did not issue. */
export function parseCustomId(raw: string): ButtonAction | undefined {
  const parsed = customIdSchema.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}

function format(action: ButtonAction): string {
  switch (action.kind) {
    case "more":
      return `more:${action.askId}:${action.userId}:${action.offset}`;
    case "context":
      return `ctx:${action.key}`;
    case "more-quotes":
      return `mq:${action.askId}:${action.userId}:${action.offset}`;
  }
}

/** The custom id for `action`. Throws if it would not parse back, so we never issue an id we would refuse. */
export function customId(action: ButtonAction): string {
  const raw = format(action);
  if (parseCustomId(raw) === undefined) throw new Error(`refusing to build an invalid custom id for ${action.kind}`);
  return raw;
}
