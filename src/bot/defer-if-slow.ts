/**
 * Acknowledge only when the answer is slow. Deferring costs a request to
 * Discord and a second one to fill the answer in; an answer ready at once
 * goes out as the reply itself. A slow one (a large corpus, a busy answer
 * thread) is acknowledged once `budgetMs` has passed, well inside Discord's
 * 3-second window, and the answer follows when it is ready.
 */
import type { Responder, Visibility } from "./responder.js";

export async function deferIfSlow<T>(responder: Responder, visibility: Visibility, pending: Promise<T>, budgetMs: number): Promise<T> {
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
