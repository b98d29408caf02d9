/**
 * Moderation's forms: reporting a passage of an answer (which passage, and
 * an optional reason) and a moderator's required reason for Uphold or
 * Suppress. Custom ids come from src/moderation's encoder and carry only ids
 * and keys; the answers come back untrusted and are validated on submit.
 */
import { encodeCustomId } from "../../moderation/index.js";
import type { PassageRecord, ReportRecord } from "../../store/index.js";
import { STORE_DEFAULTS } from "../../store/defaults.js";
import { DISCORD_LIMITS, type ModalSpec, type SelectOptionSpec } from "../render/index.js";
import type { PassageLookup } from "./passages.js";
import { collapseWhitespace } from "../../qa/index.js";

/** Field custom ids, shared with the submit handlers. */
export const FIELDS = { passage: "passage", reason: "reason" } as const;

/** A passage of the answer as a choice: "2. Outlet — first words of the quote", with its key as the small print. */
function choice(passage: PassageRecord, number: number, passages: PassageLookup, only: boolean): SelectOptionSpec {
  const info = passages.info(passage);
  const quote = info.text === undefined ? passage.key : `“${collapseWhitespace(info.text)}”`;
  return {
    label: `${number}. ${info.outlet ? `${info.outlet}: ` : ""}${quote}`,
    value: passage.key,
    description: `${passage.kind === "attribution" ? "quote attribution" : "passage"} ${passage.key}`,
    ...(only ? { default: true } : {}),
  };
}

/**
 * The report form for an answer message. `candidates` are the answer's
 * passages that may still be reported, numbered as in the answer (their
 * position among all its passages); a select holds 25, so the latest are offered.
 */
export function reportForm(messageId: string, candidates: ReadonlyArray<{ passage: PassageRecord; number: number }>, passages: PassageLookup): ModalSpec {
  const offered = candidates.slice(-DISCORD_LIMITS.selectOptions);
  return {
    customId: encodeCustomId({ kind: "report-modal", messageId }),
    title: "Report a citation",
    fields: [
      {
        kind: "select",
        customId: FIELDS.passage,
        label: "Which passage?",
        description: "The moderators of this server will review it.",
        placeholder: "Choose the passage you are reporting",
        required: true,
        options: offered.map(({ passage, number }) => choice(passage, number, passages, offered.length === 1)),
      },
      {
        kind: "text",
        customId: FIELDS.reason,
        label: "Why? (optional)",
        style: "paragraph",
        required: false,
        maxLength: STORE_DEFAULTS.maxReasonLength,
        placeholder: "e.g. cut misleadingly, wrong speaker, not wanted here",
      },
    ],
  };
}

/** A moderator's reason for deciding a report from the mod-log. */
export function decisionForm(action: "uphold" | "suppress", report: ReportRecord): ModalSpec {
  return {
    customId: encodeCustomId({ kind: "decide-modal", action, reportId: report.id }),
    title: action === "suppress" ? `Suppress passage (report #${report.id})` : `Uphold citation (report #${report.id})`,
    fields: [
      {
        kind: "text",
        customId: FIELDS.reason,
        label: "Reason",
        description:
          action === "suppress" ? "citebot will never cite this passage here again. Recorded in /review history." : "The citation stays; the report is closed. Recorded in /review history.",
        style: "paragraph",
        required: true,
        minLength: 1,
        maxLength: STORE_DEFAULTS.maxReasonLength,
      },
    ],
  };
}
