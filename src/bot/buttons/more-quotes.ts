/**
 * "More quotes": the next page of a /quote lookup, replacing it in place.
 * Only the person who asked may page, on the message the quotes are in;
 * others are told so privately. The
 * lookup itself (speaker, topic, outlet) is in the runtime's paging memory,
 * never in the custom id.
 */
import { parseCustomId, type ButtonAction } from "../custom-ids.js";
import type { Invocation, Outcome } from "../invocation.js";
import { recallPage } from "../paging.js";
import { quotePage } from "../quote-lookup.js";
import { QUOTE_NOTICES, renderNotice, renderQuotePage } from "../render/index.js";
import { announceAnswer, extraButtonsIn } from "../runtime.js";
import type { ButtonHandler } from "./types.js";

type MoreQuotes = Extract<ButtonAction, { kind: "more-quotes" }>;

async function execute(call: Invocation, action: MoreQuotes): Promise<Outcome> {
  const { runtime, responder } = call;
  const access = recallPage(runtime.quotePaging, action, call);
  if (!access.ok) {
    await responder.send(renderNotice(access.reason === "refused" ? QUOTE_NOTICES.notYourQuotes : QUOTE_NOTICES.quotesExpired), "private");
    return access.reason;
  }
  const request = access.request;
  const filters = { topic: request.topic, outlet: request.outlet };
  const result = quotePage(runtime, call.guildId, request.speakerId, filters, action.offset);
  if (result.speaker === null || result.quotes.length === 0) {
    await responder.send(renderNotice(QUOTE_NOTICES.noMoreQuotes), "private");
    return "no-more";
  }
  const page = renderQuotePage({
    speaker: result.speaker,
    quotes: result.quotes,
    total: result.total,
    offset: action.offset,
    filters,
    askId: action.askId,
    userId: action.userId,
    extraButtons: extraButtonsIn(runtime, call.guildId),
  });
  const where = await responder.update(page.reply);
  if (where) {
    await announceAnswer(runtime, {
      ...where,
      guildId: call.guildId,
      userId: action.userId,
      source: "quote",
      question: request.question,
      speaker: result.speaker,
      offset: action.offset,
      shown: page.shown,
    });
  }
  return "paged";
}

export const moreQuotes: ButtonHandler<MoreQuotes> = {
  name: "more-quotes",
  parse(customId) {
    const action = parseCustomId(customId);
    return action?.kind === "more-quotes" ? action : undefined;
  },
  execute,
};
