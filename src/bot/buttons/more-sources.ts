/**
 * "More sources": the next page of passages, replacing the answer in place.
 * Only the person who asked may page, on the message the answer is in;
 * others are told so privately.
 */
import { parseCustomId, type ButtonAction } from "../custom-ids.js";
import type { Invocation, Outcome } from "../invocation.js";
import { recallPage } from "../paging.js";
import { NOTICES, renderAnswerPage, renderNotice } from "../render/index.js";
import { announceAnswer, askPage, extraButtonsIn } from "../runtime.js";
import type { ButtonHandler } from "./types.js";

type More = Extract<ButtonAction, { kind: "more" }>;

async function execute(call: Invocation, action: More): Promise<Outcome> {
  const { runtime, responder } = call;
  const access = recallPage(runtime.paging, action, call);
  if (!access.ok) {
    await responder.send(renderNotice(access.reason === "refused" ? NOTICES.notYourAnswer : NOTICES.pagingExpired), "private");
    return access.reason;
  }
  const asked = access.request;
  const result = await askPage(runtime, call.guildId, asked.question, action.offset);
  if (!result.answered || result.answers.length === 0) {
    await responder.send(renderNotice(NOTICES.noMoreSources), "private");
    return "no-more";
  }
  const page = renderAnswerPage({
    confidence: result.confidence,
    answers: result.answers,
    total: result.total,
    offset: action.offset,
    askId: action.askId,
    userId: action.userId,
    extraButtons: extraButtonsIn(runtime, call.guildId),
  });
  const where = await responder.update(page.reply);
  if (where) {
    const { question, source } = asked;
    await announceAnswer(runtime, { ...where, guildId: call.guildId, userId: asked.userId, question, source, offset: action.offset, shown: page.shown });
  }
  return "paged";
}

export const moreSources: ButtonHandler<More> = {
  name: "more-sources",
  parse(customId) {
    const action = parseCustomId(customId);
    return action?.kind === "more" ? action : undefined;
  },
  execute,
};
