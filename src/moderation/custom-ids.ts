/**
 * Custom ids of the moderation buttons and modals, encoded as short strings
 * (Discord allows 100 characters) and parsed back with zod. All start with
 * `cbm:` so other components' ids never parse as these.
 */
import { z } from "zod";
import { passageKey, snowflake } from "../store/schemas.js";

/** Prefix of every moderation custom id. */
export const CUSTOM_ID_PREFIX = "cbm";
/** Discord's limit on custom id length. */
export const MAX_CUSTOM_ID_LENGTH = 100;

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

/** Encode a custom id. Throws when the parts are invalid (a programming error). */
export function encodeCustomId(id: CustomId): string {
  const v = customIdSchema.parse(id);
  let text: string;
  switch (v.kind) {
    case "report":
      text = v.passageKey === undefined ? `${CUSTOM_ID_PREFIX}:report` : `${CUSTOM_ID_PREFIX}:report:${v.passageKey}`;
      break;
    case "report-modal":
      text = `${CUSTOM_ID_PREFIX}:report-modal:${v.messageId}${v.passageKey === undefined ? "" : `:${v.passageKey}`}`;
      break;
    case "uphold":
    case "suppress":
      text = `${CUSTOM_ID_PREFIX}:${v.kind}:${v.reportId}`;
      break;
    case "decide-modal":
      text = `${CUSTOM_ID_PREFIX}:decide-modal:${v.action}:${v.reportId}`;
      break;
  }
  if (text.length > MAX_CUSTOM_ID_LENGTH) throw new Error(`custom id longer than ${MAX_CUSTOM_ID_LENGTH}: ${text}`);
  return text;
}

const PATTERNS: Array<[RegExp, (m: RegExpExecArray) => unknown]> = [
  [/^cbm:report$/, () => ({ kind: "report" })],
  [/^cbm:report:(.+)$/, (m) => ({ kind: "report", passageKey: m[1] })],
  [/^cbm:report-modal:(\d+)$/, (m) => ({ kind: "report-modal", messageId: m[1] })],
  [/^cbm:report-modal:(\d+):(.+)$/, (m) => ({ kind: "report-modal", messageId: m[1], passageKey: m[2] })],
  [/^cbm:(uphold|suppress):(\d{1,16})$/, (m) => ({ kind: m[1], reportId: Number(m[2]) })],
  [/^cbm:decide-modal:(uphold|suppress):(\d{1,16})$/, (m) => ({ kind: "decide-modal", action: m[1], reportId: Number(m[2]) })],
];

/**
 * Parse a custom id from an interaction. Undefined for anything that is not a
 * well-formed moderation id (other components' ids, tampered or truncated ids).
 */
export function parseCustomId(text: string): CustomId | undefined {
  if (typeof text !== "string" || text.length > MAX_CUSTOM_ID_LENGTH) return undefined;
  for (const [pattern, build] of PATTERNS) {
    const match = pattern.exec(text);
    if (!match) continue;
    const parsed = customIdSchema.safeParse(build(match));
    return parsed.success ? parsed.data : undefined;
  }
  return undefined;
}
