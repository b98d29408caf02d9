/**
 * Acknowledge only when the answer is slow. Deferring costs a request to
 * Discord and a second one to fill the answer in; an answer ready at once
 * goes out as the reply itself. A slow one (a large corpus, a busy answer
 * thread) is acknowledged once `budgetMs` has passed, well inside Discord's
 * 3-second window, and the answer follows when it is ready. An answer
 * already there is never held back: it is the quickest reply there is.
 */
import { BOT_DEFAULTS } from "./options.js";
import type { Responder, Visibility } from "./responder.js";

/** How long an answer may take before it is acknowledged: the usual wait, cut short for a request that is already old. */
export function acknowledgeBudget(responder: Responder): number {
  const age = responder.ageMs?.();
  const left = age === undefined ? Infinity : BOT_DEFAULTS.acknowledgeDeadlineMs - age;
  return Math.max(0, Math.min(BOT_DEFAULTS.acknowledgeAfterMs, left));
}

export async function deferIfSlow<T>(responder: Responder, visibility: Visibility, pending: Promise<T>, budgetMs = acknowledgeBudget(responder)): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const slow = new Promise<"slow">((resolve) => {
    timer = setTimeout(resolve, budgetMs, "slow");
  });
  try {
    // A failure counts as ready: the error boundary then answers with one private line, with nothing public to take back.
    const first = await Promise.race([pending.then(() => "ready" as const, () => "ready" as const), slow]);
    if (first === "slow") await responder.defer(visibility);
  } finally {
    clearTimeout(timer);
  }
  return pending;
}
