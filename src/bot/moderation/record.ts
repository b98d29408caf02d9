/**
 * Recording every answer page the bot delivers in a server, so a report made
 * from the message (button or "Report citation") can be tied to what was
 * asked and which passages were shown. DMs are not recorded: there is no
 * server to moderate them.
 */
import { passageHash } from "../../moderation/index.js";
import { parsePassageKey } from "../../qa/index.js";
import type { RecordAnswerInput, Store } from "../../store/index.js";
import type { AnswerDelivered } from "../runtime.js";

/**
 * The store's record of a delivered page. Offsets come from each passage's
 * key, the very key suppression matches (for /quote the quote span), and the
 * hash is of the text as shown. /quote pages are quote attributions.
 */
export function answerRecord(answer: AnswerDelivered & { guildId: string }): RecordAnswerInput {
  const kind = answer.source === "quote" ? "attribution" : "passage";
  const shown: ReadonlyArray<{ key: string; text: string }> = answer.shown;
  return {
    guildId: answer.guildId,
    channelId: answer.channelId,
    userId: answer.userId,
    messageId: answer.messageId,
    source: answer.source,
    question: answer.question,
    passages: shown.flatMap((passage) => {
      const span = parsePassageKey(passage.key);
      return span ? [{ ...span, textHash: passageHash(passage.text), kind }] : [];
    }),
  };
}

/** The onAnswered hook: committed before it returns (the store is synchronous). */
export function recordAnswer(store: Store, answer: AnswerDelivered): void {
  if (answer.guildId === null) return;
  store.recordAnswer(answerRecord({ ...answer, guildId: answer.guildId }));
}
