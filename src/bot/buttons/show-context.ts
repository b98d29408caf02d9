/**
 * "Context n": the sentences around passage n, privately, with its citation.
 * Anyone who can see the answer may ask for context.
 */
import { parseCustomId, type ButtonAction } from "../custom-ids.js";
import type { Invocation, Outcome } from "../invocation.js";
import { NOTICES, renderContext, renderNotice } from "../render/index.js";
import { suppressedIn } from "../runtime.js";
import type { ButtonHandler } from "./types.js";

type ShowContext = Extract<ButtonAction, { kind: "context" }>;

async function execute(call: Invocation, action: ShowContext): Promise<Outcome> {
  const { runtime, responder } = call;
  const view = runtime.engine.context(action.key, { window: runtime.settings.contextWindow, suppressed: suppressedIn(runtime, call.guildId) });
  if (view === undefined) {
    await responder.send(renderNotice(NOTICES.unknownPassage), "private");
    return "unknown-passage";
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
