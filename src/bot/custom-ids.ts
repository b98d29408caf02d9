/**
 * Button custom ids. They come back from Discord as untrusted strings, so
 * they carry only values we can validate (ids, offsets, passage keys) and are
 * parsed back with zod; anything that does not parse is refused. A new
 * button adds one format here ("more:" and "mq:" page answers and /quote
 * results, "ctx:" shows context around an answer's passage or a quote, both
 * keyed `articleId:start-end`, at most 64 characters with the prefix;
 * moderation's own ids start with "cbm:"). Encoding and parsing are
 * src/common/custom-id-codec.ts.
 */
import { z } from "zod";
import { customIdCodec } from "../common/custom-id-codec.js";
import { parsePassageKey } from "../qa/index.js";

/** Highest paging offset the answering library accepts. */
export const MAX_OFFSET = 10_000;

const passageKey = z.string().refine((key) => parsePassageKey(key) !== undefined, "not a passage key");
const page = { askId: z.string(), userId: z.string(), offset: z.number().int().min(1).max(MAX_OFFSET) };

const actionSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("more"), ...page }),
  z.object({ kind: z.literal("context"), key: passageKey }),
  z.object({ kind: z.literal("more-quotes"), ...page }),
]);

/** What a button means, once its custom id has been checked. */
export type ButtonAction = z.infer<typeof actionSchema>;

const codec = customIdCodec(
  actionSchema,
  (action) => {
    switch (action.kind) {
      case "more":
        return `more:${action.askId}:${action.userId}:${action.offset}`;
      case "context":
        return `ctx:${action.key}`;
      case "more-quotes":
        return `mq:${action.askId}:${action.userId}:${action.offset}`;
    }
  },
  [
    [/^more:(\d{1,20}):(\d{1,20}):(\d{1,5})$/, (m) => ({ kind: "more", askId: m[1], userId: m[2], offset: Number(m[3]) })],
    [/^ctx:(.+)$/, (m) => ({ kind: "context", key: m[1] })],
    [/^mq:(\d{1,20}):(\d{1,20}):(\d{1,5})$/, (m) => ({ kind: "more-quotes", askId: m[1], userId: m[2], offset: Number(m[3]) })],
  ],
);

/** The action behind a custom id, or undefined for anything we did not issue. */
export const parseCustomId = codec.parse;

/** The custom id for `action`. Throws if it would not parse back, so we never issue an id we would refuse. */
export const customId = codec.encode;
