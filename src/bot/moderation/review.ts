/**
 * `/review`: the open reports (oldest first), past decisions (newest first),
 * and suppressing or restoring a passage or quote attribution by key with a
 * required reason. Moderators only, checked here on every use; every reply
 * is private. A suppress or restore by key also updates the passage's
 * mod-log post, after the reply.
 */
import { decisionAckText } from "../../moderation/index.js";
import { STORE_DEFAULTS } from "../../store/defaults.js";
import type { Invocation, Outcome } from "../invocation.js";
import { moderatorScope, showDecision } from "./decide.js";
import { tell } from "./context.js";
import { renderHistory, renderQueue } from "./render-lists.js";
import { MODERATION_TEXTS } from "./texts.js";

/** What /review was asked, once its options are validated (see commands/review.ts). */
export type ReviewRequest =
  | { subcommand: "queue" | "history"; page: number }
  | { subcommand: "suppress" | "restore"; key: string; reason: string };

const pageOf = (page: number) => ({ offset: (page - 1) * STORE_DEFAULTS.pageSize, limit: STORE_DEFAULTS.pageSize });

export async function review(call: Invocation, request: ReviewRequest): Promise<Outcome> {
  const scope = await moderatorScope(call);
  if (!scope) return "refused";
  const { store, passages } = scope.mod;
  switch (request.subcommand) {
    case "queue":
      await call.responder.send(renderQueue(store.listOpenReports(scope.guildId, pageOf(request.page))), "private");
      return "listed";
    case "history":
      await call.responder.send(renderHistory(store.history(scope.guildId, pageOf(request.page))), "private");
      return "listed";
    case "suppress": {
      // Only keys that name something citable: a typo would otherwise "suppress" nothing, silently.
      const known = passages.find(request.key);
      if (!known) return tell(call, MODERATION_TEXTS.unknownKey, "refused");
      const result = store.decide({ guildId: scope.guildId, moderatorId: call.userId, action: "suppress", passageKey: known.key, kind: known.kind, reason: request.reason });
      await tell(call, decisionAckText(result), result.status === "done" ? "decided" : "refused");
      await showDecision(scope, result);
      return result.status === "done" ? "decided" : "refused";
    }
    case "restore": {
      // Any suppressed key can be restored, even one the corpus no longer has.
      const result = store.decide({ guildId: scope.guildId, moderatorId: call.userId, action: "restore", passageKey: request.key, reason: request.reason });
      const outcome = await tell(call, decisionAckText(result), result.status === "done" ? "decided" : "refused");
      await showDecision(scope, result);
      return outcome;
    }
  }
}
