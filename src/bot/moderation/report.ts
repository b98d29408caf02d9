/**
 * Reporting a cited passage: the "Report" button under an answer and the
 * "Report citation" message command both open the report form for that
 * answer message; submitting it stores the report (merged per passage, once
 * per user), acknowledges privately, then updates the mod-log.
 */
import { z } from "zod";
import { encodeCustomId, parseCustomId, reportAckText, type CustomId } from "../../moderation/index.js";
import { STORE_DEFAULTS } from "../../store/defaults.js";
import { passageKey, snowflake } from "../../store/schemas.js";
import type { ButtonHandler } from "../buttons/types.js";
import { UserFacingError, type Invocation, type Outcome } from "../invocation.js";
import type { ModalHandler, ModalValues } from "../modals.js";
import type { ButtonSpec } from "../render/index.js";
import { moderationScope, tell } from "./context.js";
import { FIELDS, reportForm } from "./forms.js";
import { MODERATION_TEXTS } from "./texts.js";

type ReportButton = Extract<CustomId, { kind: "report" }>;
type ReportModal = Extract<CustomId, { kind: "report-modal" }>;

/** The one "Report" button under every answer page (the form asks which passage). */
export function reportButtons(): ButtonSpec[] {
  return [{ customId: encodeCustomId({ kind: "report" }), label: "Report", style: "secondary" }];
}

/**
 * Open the report form for an answer message of this server. Refused
 * privately when the message is not a recorded answer here (another
 * server's, not the bot's, or past retention) or has nothing left to report.
 */
export async function openReportForm(call: Invocation, messageId: string | undefined, onlyKey?: string): Promise<Outcome> {
  const scope = await moderationScope(call);
  if (!scope) return "refused";
  const target = snowflake.safeParse(messageId);
  const answer = target.success ? scope.mod.store.findAnswerByMessage(scope.guildId, target.data) : undefined;
  if (!answer) return tell(call, MODERATION_TEXTS.cannotReport, "refused");
  const suppressed = scope.mod.store.suppressedKeys(scope.guildId);
  const candidates = answer.passages
    .map((passage, i) => ({ passage, number: i + 1 }))
    .filter(({ passage }) => !suppressed.has(passage.key) && (onlyKey === undefined || passage.key === onlyKey));
  if (candidates.length === 0) {
    return tell(call, reportAckText(onlyKey === undefined || suppressed.has(onlyKey) ? { status: "already-suppressed" } : { status: "unknown-passage" }), "refused");
  }
  if (!call.responder.showModal) return tell(call, MODERATION_TEXTS.off, "refused");
  await call.responder.showModal(reportForm(answer.messageId, candidates, scope.mod.passages));
  return "form";
}

export const reportButton: ButtonHandler<ReportButton> = {
  name: "report",
  parse(customId) {
    const id = parseCustomId(customId);
    return id?.kind === "report" ? id : undefined;
  },
  execute: (call, action) => openReportForm(call, call.message?.id, action.passageKey),
};

const reportValues = z.object({
  [FIELDS.passage]: z.array(passageKey).max(1).optional(),
  [FIELDS.reason]: z.string().max(STORE_DEFAULTS.maxReasonLength).optional(),
});

function parseValues(values: ModalValues) {
  const parsed = reportValues.safeParse(values);
  if (parsed.success) return parsed.data;
  const tooLong = parsed.error.issues.some((issue) => issue.path[0] === FIELDS.reason);
  throw new UserFacingError(tooLong ? MODERATION_TEXTS.reasonTooLong : MODERATION_TEXTS.choosePassage);
}

async function submitReport(call: Invocation, action: ReportModal, values: ModalValues): Promise<Outcome> {
  const scope = await moderationScope(call);
  if (!scope) return "refused";
  const form = parseValues(values);
  const key = action.passageKey ?? form.passage?.[0];
  if (key === undefined) return tell(call, MODERATION_TEXTS.choosePassage, "refused");
  // The store checks that the message is an answer of *this* server and cited that passage.
  const result = scope.mod.store.addReport({ guildId: scope.guildId, messageId: action.messageId, passageKey: key, reporterId: call.userId, reason: form.reason });
  // Stored (committed) before the person is told so.
  await tell(call, reportAckText(result), "reported");
  if (result.status !== "created" && result.status !== "merged") return "refused";
  await scope.mod.modlog.refresh(scope.guildId, result.report.id);
  return "reported";
}

export const reportModal: ModalHandler<ReportModal> = {
  name: "report",
  parse(customId) {
    const id = parseCustomId(customId);
    return id?.kind === "report-modal" ? id : undefined;
  },
  execute: submitReport,
};
