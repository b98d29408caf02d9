/**
 * What moderation's handlers share: the store, the passage lookup and the
 * mod-log. Commands reach it through `runtime.hooks.moderation`; it is absent
 * in the terminal chat, which has no database.
 */
import type { Store } from "../../store/index.js";
import type { Invocation, Outcome } from "../invocation.js";
import type { Logger } from "../log.js";
import { renderNotice } from "../render/index.js";
import type { ChannelMessages, Modlog } from "./modlog.js";
import type { PassageLookup } from "./passages.js";
import { MODERATION_TEXTS } from "./texts.js";

export interface ModerationContext {
  readonly store: Store;
  readonly passages: PassageLookup;
  readonly modlog: Modlog;
  readonly log: Logger;
  /** Where the mod-log is posted; checked by /config modlog. */
  readonly channels: ChannelMessages;
}

/** A moderation request in a server: its context and the server's id. */
export interface ModerationScope {
  readonly mod: ModerationContext;
  readonly guildId: string;
}

/**
 * The scope of a call, or undefined after telling the person privately why
 * there is none (moderation off, or a DM). Every moderation handler starts here.
 */
export async function moderationScope(call: Invocation): Promise<ModerationScope | undefined> {
  const mod = call.runtime.hooks.moderation;
  if (mod === undefined) return refuse(call, MODERATION_TEXTS.off);
  if (call.guildId === null) return refuse(call, MODERATION_TEXTS.serversOnly);
  return { mod, guildId: call.guildId };
}

/** Send a private one-line refusal. Always resolves undefined, so callers can `return refuse(…)`. */
export async function refuse(call: Invocation, text: string): Promise<undefined> {
  await call.responder.send(renderNotice(text), "private");
  return undefined;
}

/** Send a private line and name the outcome for the log. */
export async function tell(call: Invocation, text: string, outcome: Outcome): Promise<Outcome> {
  await call.responder.send(renderNotice(text), "private");
  return outcome;
}
