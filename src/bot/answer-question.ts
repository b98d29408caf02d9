/**
 * Answering a question, the same way for /ask, a mention and the terminal:
 * cooldown, acknowledge, ask the engine, remember the question for paging,
 * send the first page (or "not found" with the closest articles).
 */
import type { Invocation, Outcome } from "./invocation.js";
import { renderAnswerPage, renderCooldown, renderNotFound } from "./render/index.js";
import type { Visibility } from "./responder.js";
import { announceAnswer, askPage, extraButtonsIn } from "./runtime.js";

export interface Question {
  /** As the user typed it; the engine validates and tidies it. */
  question: string;
  visibility: Visibility;
  source: "ask" | "mention";
}

export async function answerQuestion(call: Invocation, { question, visibility, source }: Question): Promise<Outcome> {
  const { runtime, responder } = call;
  const verdict = runtime.cooldown.take(call.userId);
  if (!verdict.ok) {
    // An interaction left unanswered shows an error; a mention can be let go after one notice.
    if (verdict.firstRefusal || responder.mustAnswer) await responder.send(renderCooldown(verdict.retryAt), "private");
    return "cooldown";
  }
  await responder.defer(visibility);
  const result = askPage(runtime, call.guildId, question, 0);
  if (!result.answered || result.answers.length === 0) {
    const reply = result.answered
      ? renderNotFound({ question, answered: false, reason: "weak-match", unknownTerms: [], nearest: [] }, runtime.settings.nearestShown)
      : renderNotFound(result, runtime.settings.nearestShown);
    await responder.send(reply, visibility);
    return "not-found";
  }
  const page = renderAnswerPage({
    answers: result.answers,
    total: result.total,
    offset: 0,
    askId: call.requestId,
    userId: call.userId,
    extraButtons: extraButtonsIn(runtime, call.guildId),
  });
  const where = await responder.send(page.reply, visibility);
  // Remembered once delivered, with where: a page request is honoured only on that message, for its asker.
  runtime.paging.remember(call.requestId, { question, source, userId: call.userId, messageId: where?.messageId });
  if (where) await announceAnswer(runtime, { ...where, guildId: call.guildId, userId: call.userId, source, question, offset: 0, shown: page.shown });
  return "answered";
}
