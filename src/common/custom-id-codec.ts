/**
 * The one way custom ids of buttons and modals are encoded and parsed. An id
 * comes back from Discord as an untrusted string, so parsing matches it
 * against a fixed list of formats and checks the captured parts with zod;
 * anything else is undefined. Encoding refuses an id that would not parse back,
 * so nothing is ever issued that the bot would then refuse.
 */
import type { z } from "zod";
import { DISCORD_LIMITS } from "./discord-limits.js";

/** One accepted form: a whole-string pattern and the raw fields its groups stand for. */
export type IdFormat = readonly [pattern: RegExp, fields: (match: RegExpExecArray) => unknown];

export interface CustomIdCodec<T> {
  /** The id for `value`; throws (a programming error) when it would not parse back. */
  encode(value: T): string;
  /** What `raw` stands for, or undefined for anything not issued by this codec. */
  parse(raw: string): T | undefined;
}

/**
 * A codec from a schema of the values, the text of each value, and the forms
 * accepted back. The first format whose pattern matches decides; its fields
 * must then pass `schema`.
 */
export function customIdCodec<S extends z.ZodType>(
  schema: S,
  text: (value: z.output<S>) => string,
  formats: readonly IdFormat[],
): CustomIdCodec<z.output<S>> {
  const parse = (raw: string): z.output<S> | undefined => {
    if (typeof raw !== "string" || raw.length > DISCORD_LIMITS.customId) return undefined;
    for (const [pattern, fields] of formats) {
      const match = pattern.exec(raw);
      if (!match) continue;
      const parsed = schema.safeParse(fields(match));
      return parsed.success ? parsed.data : undefined;
    }
    return undefined;
  };
  const encode = (value: z.output<S>): string => {
    const raw = text(value);
    if (raw.length > DISCORD_LIMITS.customId) throw new Error(`custom id longer than ${DISCORD_LIMITS.customId}: ${raw}`);
    if (parse(raw) === undefined) throw new Error(`refusing to build an invalid custom id: ${raw}`);
    return raw;
  };
  return { encode, parse };
}
