/**
 * The error boundary every request passes through once: it times the
 * handler, logs one line (command, guild, latency, outcome), and turns any
 * error into one private line for the user, with the details in the log.
 */
import { QaInputError } from "../qa/index.js";
import { ChannelUnavailableError } from "./channel-backoff.js";
import type { Invocation, Outcome } from "./invocation.js";
import { UserFacingError } from "./invocation.js";
import { escapeMarkdown, NOTICES, renderNotice } from "./render/index.js";

function userLine(error: unknown): string | undefined {
  if (!(error instanceof QaInputError) && !(error instanceof UserFacingError)) return undefined;
  const message = error.message.trim();
  return escapeMarkdown(message.charAt(0).toUpperCase() + message.slice(1));
}

/** Run `work` for `call`, never throwing. `command` names the request in the log ("ask", "button:more"…). */
export async function handle(call: Invocation, command: string, work: () => Promise<Outcome>): Promise<Outcome> {
  const started = performance.now();
  const { log } = call.runtime;
  let outcome: Outcome;
  try {
    outcome = await work();
  } catch (error) {
    if (error instanceof ChannelUnavailableError) {
      // Nobody to tell but the operator, once per channel per interval; a DM per mention would be a storm.
      if (call.runtime.channels.refused(error.channelId)) log.warn("cannot post in channel", { command, guild: call.guildId, channel: error.channelId, errorCode: error.code });
      log.info("handled", { command, guild: call.guildId, latencyMs: Math.round((performance.now() - started) * 10) / 10, outcome: "refused" });
      return "refused";
    }
    const line = userLine(error);
    outcome = line === undefined ? "error" : "input-error";
    if (line === undefined) log.error("handler failed", { command, guild: call.guildId, error });
    try {
      await call.responder.send(renderNotice(line ?? NOTICES.internalError), "private");
    } catch (notifyError) {
      // Nothing more can reach the user (their DMs may be closed, the token may have expired).
      log.warn("could not tell the user about an error", { command, guild: call.guildId, error: notifyError });
    }
  }
  log.info("handled", { command, guild: call.guildId, latencyMs: Math.round((performance.now() - started) * 10) / 10, outcome });
  return outcome;
}
