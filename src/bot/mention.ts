/**
 * Questions asked by mentioning the bot: `@citebot who was killed in Moscow?`.
 * Discord delivers the content of messages that mention the bot without the
 * privileged Message Content intent, which is why this is the only way in.
 */
import { answerQuestion } from "./answer-question.js";
import type { Invocation, Outcome } from "./invocation.js";
import { NOTICES, renderNotice } from "./render/index.js";
import { collapseWhitespace } from "../qa/index.js";

/**
 * The question in `content` if it mentions the bot explicitly (`<@id>` or
 * `<@!id>`), else undefined. Replies that merely ping the bot and
 * @everyone/@here do not count: only someone addressing the bot does.
 */
export function questionFromMention(content: string, botId: string): string | undefined {
  if (!/^\d{1,20}$/.test(botId)) return undefined;
  const mention = new RegExp(`<@!?${botId}>`, "g");
  if (!mention.test(content)) return undefined;
  return collapseWhitespace(content.replace(mention, " "));
}

export async function answerMention(call: Invocation, question: string): Promise<Outcome> {
  if (question === "") {
    // Counted like a question would be, so a burst of bare mentions gets one reply, yet not taken from the
    // question cooldown: the question that follows is answered.
    if (!call.runtime.notices.take(call.userId).ok) return "cooldown";
    await call.responder.send(renderNotice(NOTICES.emptyMention), "public");
    return "shown";
  }
  return answerQuestion(call, { question, visibility: "public", source: "mention" });
}
