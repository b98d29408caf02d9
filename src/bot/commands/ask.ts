/** /ask question:<text> [private:<bool>] — answer with cited quotes. */
import { SlashCommandBuilder } from "discord.js";
import { z } from "zod";
import { answerQuestion } from "../answer-question.js";
import type { Invocation, Outcome } from "../invocation.js";
import { BOT_DEFAULTS } from "../options.js";

export const data = new SlashCommandBuilder()
  .setName("ask")
  .setDescription("Answer a question with sentences quoted from the news articles, each cited")
  .addStringOption((option) =>
    option.setName("question").setDescription("What you want to know, e.g. Who was killed in Moscow?").setRequired(true).setMaxLength(BOT_DEFAULTS.maxQuestionLength),
  )
  .addBooleanOption((option) => option.setName("private").setDescription("Only you see the answer (default: everyone in the channel)"))
  .toJSON();

export const input = z.object({
  question: z.string().max(BOT_DEFAULTS.maxQuestionLength, "must be at most 2000 characters"),
  private: z.boolean().default(false),
});

export function execute(call: Invocation, options: z.output<typeof input>): Promise<Outcome> {
  return answerQuestion(call, { question: options.question, visibility: options.private ? "private" : "public", source: "ask" });
}
