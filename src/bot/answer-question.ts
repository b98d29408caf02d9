/**
 * Answering a question, the same way for /ask, a mention and the terminal:
 * check the question, cooldown, ask the engine (acknowledging first only if
 * it is slow), remember the question for paging, send the first page (or
 * "not found" with the closest articles). An empty or invalid question is
 * refused before the cooldown, so a mistake does not cost the asker their
 * next question.
 */
import { QaInputError, validateQuestion } from "../qa/index.js";
import { deferIfSlow } from "./defer-if-slow.js";
import type { Invocation, Outcome } from "./invocation.js";
import { escapeMarkdown, renderAnswerPage, renderNotFound, renderNotice } from "./render/index.js";
import type { Visibility } from "./responder.js";
import { announceAnswer, askPage, extraButtonsIn } from "./runtime.js";
import { takeTurn } from "./take-turn.js";

export interface Question {
  /** As the user typed it; the engine validates and tidies it. */
  question: string;
  visibility: Visibility;
  source: "ask" | "mention";
}

export async function answerQuestion(call: Invocation, { question, visibility, source }: Question): Promise<Outcome> {
  const { runtime, responder } = call;
  const problem = questionProblem(question);
  if (problem !== undefined) {
    // A mention can be let go; its author is told at most once per cooldown, not on every try.
    if (responder.mustAnswer || runtime.notices.take(call.userId).ok) await responder.send(renderNotice(problem), "private");
    return "input-error";
  }
  if (!(await takeTurn(call))) return "cooldown";
  const result = await deferIfSlow(responder, visibility, askPage(runtime, call.guildId, question, 0));
  if (!result.answered || result.answers.length === 0) {
    const reply = result.answered
      ? renderNotFound({ question, answered: false, reason: "weak-match", unknownTerms: [], nearest: [] }, runtime.settings.nearestShown)
      : renderNotFound(result, runtime.settings.nearestShown);
    await responder.send(reply, visibility);
    return "not-found";
  }
  const page = renderAnswerPage({
    confidence: result.confidence,
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

/** Why the engine would refuse `question`, as one line for the asker, or undefined if it is a question. */
function questionProblem(question: string): string | undefined {
  try {
    validateQuestion(question);
    return undefined;
  } catch (error) {
    if (!(error instanceof QaInputError)) throw error;
    return escapeMarkdown(error.message.charAt(0).toUpperCase() + error.message.slice(1));
  }
}
