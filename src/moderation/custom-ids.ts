/**
 * Custom ids of the moderation buttons and modals, encoded as short strings
 * (Discord allows 100 characters) and parsed back with zod. All start with
 * `cbm:` so other components' ids never parse as these.
 */
import { z } from "zod";
import { customIdCodec } from "../common/custom-id-codec.js";
import { DISCORD_LIMITS } from "../common/discord-limits.js";
import { passageKey, snowflake } from "../store/schemas.js";

/** Prefix of every moderation custom id. */
export const CUSTOM_ID_PREFIX = "cbm";
/** Discord's limit on custom id length. */
export const MAX_CUSTOM_ID_LENGTH = DISCORD_LIMITS.customId;

const reportId = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);

/** What a moderation component stands for. */
export const customIdSchema = z.discriminatedUnion("kind", [
  /** "Report" button on an answer; with a key when the button is for one passage. */
  z.object({ kind: z.literal("report"), passageKey: passageKey.optional() }),
  /** The report modal, for the answer message it reports (a modal submit carries no message otherwise). */
  z.object({ kind: z.literal("report-modal"), messageId: snowflake, passageKey: passageKey.optional() }),
  /** Mod-log button: keep the citation, dismiss the report. */
  z.object({ kind: z.literal("uphold"), reportId }),
  /** Mod-log button: suppress the reported passage. */
  z.object({ kind: z.literal("suppress"), reportId }),
  /** The modal asking a moderator for the reason of an uphold/suppress button. */
  z.object({ kind: z.literal("decide-modal"), action: z.enum(["uphold", "suppress"]), reportId }),
]);
export type CustomId = z.infer<typeof customIdSchema>;

const codec = customIdCodec(
  customIdSchema,
  (v) => {
    switch (v.kind) {
      case "report":
        return v.passageKey === undefined ? `${CUSTOM_ID_PREFIX}:report` : `${CUSTOM_ID_PREFIX}:report:${v.passageKey}`;
      case "report-modal":
        return `${CUSTOM_ID_PREFIX}:report-modal:${v.messageId}${v.passageKey === undefined ? "" : `:${v.passageKey}`}`;
      case "uphold":
      case "suppress":
        return `${CUSTOM_ID_PREFIX}:${v.kind}:${v.reportId}`;
      case "decide-modal":
        return `${CUSTOM_ID_PREFIX}:decide-modal:${v.action}:${v.reportId}`;
    }
  },
  [
    [/^cbm:report$/, () => ({ kind: "report" })],
    [/^cbm:report:(.+)$/, (m) => ({ kind: "report", passageKey: m[1] })],
    [/^cbm:report-modal:(\d+)$/, (m) => ({ kind: "report-modal", messageId: m[1] })],
    [/^cbm:report-modal:(\d+):(.+)$/, (m) => ({ kind: "report-modal", messageId: m[1], passageKey: m[2] })],
    [/^cbm:(uphold|suppress):(\d{1,16})$/, (m) => ({ kind: m[1], reportId: Number(m[2]) })],
    [/^cbm:decide-modal:(uphold|suppress):(\d{1,16})$/, (m) => ({ kind: "decide-modal", action: m[1], reportId: Number(m[2]) })],
  ],
);

/** Encode a custom id. Throws when the parts are invalid (a programming error). */
export const encodeCustomId = codec.encode;

/**
 * Parse a custom id from an interaction. Undefined for anything that is not a
 * well-formed moderation id (other components' ids, tampered or truncated ids).
 */
export const parseCustomId = codec.parse;
