/**
 * The cooldown step shared by every request that costs an engine call
 * (questions and quote look-ups).
 */
import type { Invocation } from "./invocation.js";
import { renderCooldown } from "./render/index.js";

/**
 * Count this request against the user's cooldown. False when they must wait:
 * they have then been told when they may ask again, once per cooldown unless
 * the request must be answered (an interaction left unanswered shows an
 * error; a mention can be let go after one notice).
 */
export async function takeTurn(call: Invocation): Promise<boolean> {
  const verdict = call.runtime.cooldown.take(call.userId);
  if (verdict.ok) return true;
  if (verdict.firstRefusal || call.responder.mustAnswer) await call.responder.send(renderCooldown(verdict.retryAt), "private");
  return false;
}
