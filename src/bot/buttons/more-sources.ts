/**
 * "More sources": the next page of passages, replacing the answer in place.
 * Only the person who asked may page; others are told so privately.
 */
import { parseCustomId, type ButtonAction } from "../custom-ids.js";
import type { Invocation, Outcome } from "../invocation.js";
import { NOTICES, renderAnswerPage, renderNotice } from "../render/index.js";
import { announceAnswer, askPage, extraButtonsIn } from "../runtime.js";
import type { ButtonHandler } from "./types.js";

type More = Extract<ButtonAction, { kind: "more" }>;

async function execute(call: Invocation, action: More): Promise<Outcome> {
  const { runtime, responder } = call;
  if (call.userId !== action.userId) {
    await responder.send(renderNotice(NOTICES.notYourAnswer), "private");
    return "refused";
  }
  const asked = runtime.paging.recall(action.askId);
  if (asked === undefined) {
    await responder.send(renderNotice(NOTICES.pagingExpired), "private");
    return "expired";
  }
  const result = askPage(runtime, call.guildId, asked.question, action.offset);
  if (!result.answered || result.answers.length === 0) {
    await responder.send(renderNotice(NOTICES.noMoreSources), "private");
    return "no-more";
  }
  const page = renderAnswerPage({
    answers: result.answers,
    total: result.total,
    offset: action.offset,
    askId: action.askId,
    userId: action.userId,
    extraButtons: extraButtonsIn(runtime, call.guildId),
  });
  const where = await responder.update(page.reply);
  if (where) await announceAnswer(runtime, { ...where, guildId: call.guildId, userId: action.userId, ...asked, offset: action.offset, shown: page.shown });
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
