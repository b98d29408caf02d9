/**
 * One request to the bot, as handlers see it: who asked, where, how to
 * answer, and the shared runtime.
 */
import type { MemberAccess } from "../moderation/index.js";
import type { Responder } from "./responder.js";
import type { BotRuntime } from "./runtime.js";

export interface Invocation {
  readonly runtime: BotRuntime;
  readonly responder: Responder;
  /** Discord user id of whoever asked or pressed the button. */
  readonly userId: string;
  /** Null in DMs and the terminal. */
  readonly guildId: string | null;
  /** Unique id of this request (the interaction's or message's id); questions are remembered for paging under it. */
  readonly requestId: string;
  /**
   * The member's permissions (in this channel) and roles exactly as Discord
   * sent them with this interaction. Undefined in DMs, for mentions and in the
   * terminal. Moderator checks read this on every action.
   */
  readonly member?: MemberAccess;
  /** The message whose button was pressed, or whose button opened the submitted form. */
  readonly message?: { readonly id: string; readonly channelId: string };
}

/** How a request ended, for the log. */
export type Outcome =
  | "answered"
  | "not-found"
  | "cooldown"
  | "shown"
  | "paged"
  | "refused"
  | "expired"
  | "no-more"
  | "context"
  | "unknown-passage"
  | "withdrawn-passage"
  | "unknown-button"
  | "form"
  | "reported"
  | "decided"
  | "listed"
  | "configured"
  | "input-error"
  | "error";

/** An error whose message is written for the person who asked (one line, safe to show). */
export class UserFacingError extends Error {
  override readonly name = "UserFacingError";
}
