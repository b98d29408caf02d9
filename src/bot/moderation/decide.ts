/**
 * Deciding a report from the mod-log: Uphold (keep the citation, dismiss the
 * report) or Suppress (never cite the passage here again). The button asks
 * for a reason in a form; the form's submission records the decision. Both
 * steps check that the person is a moderator, from what Discord sent with
 * that step: a form could be submitted by someone else than who opened it.
 */
import { z } from "zod";
import { decisionAckText, parseCustomId, type CustomId } from "../../moderation/index.js";
import { STORE_DEFAULTS } from "../../store/defaults.js";
import type { DecideResult } from "../../store/index.js";
import type { ButtonHandler } from "../buttons/types.js";
import { UserFacingError, type Invocation, type Outcome } from "../invocation.js";
import type { ModalHandler, ModalValues } from "../modals.js";
import { requireModerator } from "./access.js";
import { moderationScope, tell, type ModerationScope } from "./context.js";
import { FIELDS, decisionForm } from "./forms.js";
import { MODERATION_TEXTS } from "./texts.js";

type DecisionButton = Extract<CustomId, { kind: "uphold" | "suppress" }>;
type DecisionModal = Extract<CustomId, { kind: "decide-modal" }>;

/** The scope of a moderator action, or undefined once the person has been told why not. */
export async function moderatorScope(call: Invocation): Promise<ModerationScope | undefined> {
  const scope = await moderationScope(call);
  if (!scope || !(await requireModerator(call, scope))) return undefined;
  return scope;
}

export const decisionButton: ButtonHandler<DecisionButton> = {
  name: "decide",
  parse(customId) {
    const id = parseCustomId(customId);
    return id?.kind === "uphold" || id?.kind === "suppress" ? id : undefined;
  },
  async execute(call, action) {
    const scope = await moderatorScope(call);
    if (!scope) return "refused";
    const report = scope.mod.store.getReport(scope.guildId, action.reportId);
    if (!report) return tell(call, decisionAckText({ status: "unknown-report" }), "refused");
    if (report.status !== "open") return tell(call, decisionAckText({ status: "report-closed", reportId: report.id }), "refused");
    if (!call.responder.showModal) return tell(call, MODERATION_TEXTS.off, "refused");
    await call.responder.showModal(decisionForm(action.kind, report));
    return "form";
  },
};

/** A moderator's reason: required, trimmed, at most 500 characters (the store checks again). */
export const decisionReason = z.string().trim().min(1, MODERATION_TEXTS.reasonRequired).max(STORE_DEFAULTS.maxReasonLength, MODERATION_TEXTS.reasonTooLong);

function reasonOf(values: ModalValues): string {
  const parsed = decisionReason.safeParse(values[FIELDS.reason]);
  if (!parsed.success) throw new UserFacingError(parsed.error.issues[0]?.message ?? MODERATION_TEXTS.reasonRequired);
  return parsed.data;
}

async function submitDecision(call: Invocation, action: DecisionModal, values: ModalValues): Promise<Outcome> {
  const scope = await moderatorScope(call);
  if (!scope) return "refused";
  const reason = reasonOf(values);
  // Another server's report id is "unknown-report": the store looks reports up within this server only.
  const result = scope.mod.store.decide({ guildId: scope.guildId, moderatorId: call.userId, action: action.action, reportId: action.reportId, reason });
  await tell(call, decisionAckText(result), result.status === "done" ? "decided" : "refused");
  if (result.status !== "done") return "refused";
  await showDecision(scope, result);
  return "decided";
}

/**
 * After a decision is stored and the moderator told, bring the passage's
 * mod-log post up to date: the report it closed, or for a decision by key
 * (a restore) the passage's latest report, whose post would otherwise still
 * show the old state. The mod-log never throws, so the decision stands.
 */
export async function showDecision(scope: ModerationScope, result: DecideResult): Promise<void> {
  if (result.status === "done" && result.latestReportId !== null) await scope.mod.modlog.refresh(scope.guildId, result.latestReportId);
}

export const decisionModal: ModalHandler<DecisionModal> = {
  name: "decide",
  parse(customId) {
    const id = parseCustomId(customId);
    return id?.kind === "decide-modal" ? id : undefined;
  },
  execute: submitDecision,
};
