/**
 * "Context n": the sentences around passage n (an answer's sentence or a
 * /quote page's quote), privately, with its citation. Anyone who can see the
 * answer or the quotes may ask for context.
 */
import { passageKey } from "../../qa/index.js";
import { parseCustomId, type ButtonAction } from "../custom-ids.js";
import type { Invocation, Outcome } from "../invocation.js";
import { NOTICES, renderContext, renderNotice } from "../render/index.js";
import { suppressedIn } from "../runtime.js";
import type { ButtonHandler } from "./types.js";

type ShowContext = Extract<ButtonAction, { kind: "context" }>;

async function execute(call: Invocation, action: ShowContext): Promise<Outcome> {
  const { runtime, responder } = call;
  const suppressed = suppressedIn(runtime, call.guildId);
  // Looked up without suppressions first, so a reader learns whether the passage is gone or withdrawn here;
  // the engine leaves suppressed neighbours out of the view it returns.
  const view = runtime.engine.context(action.key, { window: runtime.settings.contextWindow, suppressed });
  const exists = view ?? runtime.engine.context(action.key, { window: 0 });
  if (exists === undefined) {
    await responder.send(renderNotice(NOTICES.unknownPassage), "private");
    return "unknown-passage";
  }
  // A quote's key leads to the sentence the quote starts in, which moderators may have suppressed under that
  // sentence's own key.
  if (view === undefined || suppressed.has(passageKey(view.sentence))) {
    await responder.send(renderNotice(NOTICES.withdrawnPassage), "private");
    return "withdrawn-passage";
  }
  await responder.send(renderContext(view), "private");
  return "context";
}

export const showContext: ButtonHandler<ShowContext> = {
  name: "show-context",
  parse(customId) {
    const action = parseCustomId(customId);
    return action?.kind === "context" ? action : undefined;
  },
  execute,
};
