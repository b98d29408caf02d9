/**
 * /review queue|history [page] and /review suppress|restore key reason —
 * moderators' view of reports and decisions. Registered for Manage Messages
 * by default, but the handler checks moderators itself (src/bot/moderation).
 */
import { InteractionContextType, PermissionFlagsBits, SlashCommandBuilder } from "discord.js";
import { z } from "zod";
import { STORE_DEFAULTS } from "../../store/defaults.js";
import { decisionReason, passageKey } from "../../store/schemas.js";
import type { Invocation, Outcome } from "../invocation.js";
import { review } from "../moderation/review.js";

const MAX_PAGE = 10_000;
/** Longest passage key: a 40-character article id and two 9-digit offsets. */
const MAX_KEY = 60;

export const data = new SlashCommandBuilder()
  .setName("review")
  .setDescription("Moderators: review citation reports, suppress or restore passages")
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageMessages)
  .setContexts(InteractionContextType.Guild)
  .addSubcommand((sub) =>
    sub
      .setName("queue")
      .setDescription("Open reports, oldest first")
      .addIntegerOption((o) => o.setName("page").setDescription("Page number (10 reports a page)").setMinValue(1).setMaxValue(MAX_PAGE)),
  )
  .addSubcommand((sub) =>
    sub
      .setName("history")
      .setDescription("Past decisions, newest first: who, when and why")
      .addIntegerOption((o) => o.setName("page").setDescription("Page number (10 decisions a page)").setMinValue(1).setMaxValue(MAX_PAGE)),
  )
  .addSubcommand((sub) =>
    sub
      .setName("suppress")
      .setDescription("Never cite a passage or quote attribution in this server again")
      .addStringOption((o) => o.setName("key").setDescription("Its key, articleId:start-end (shown in the mod-log and the queue)").setRequired(true).setMaxLength(MAX_KEY))
      .addStringOption((o) => o.setName("reason").setDescription("Why (recorded in /review history)").setRequired(true).setMaxLength(STORE_DEFAULTS.maxReasonLength)),
  )
  .addSubcommand((sub) =>
    sub
      .setName("restore")
      .setDescription("Let citebot cite a suppressed passage or quote attribution again")
      .addStringOption((o) => o.setName("key").setDescription("Its key, articleId:start-end (see /review history)").setRequired(true).setMaxLength(MAX_KEY))
      .addStringOption((o) => o.setName("reason").setDescription("Why (recorded in /review history)").setRequired(true).setMaxLength(STORE_DEFAULTS.maxReasonLength)),
  )
  .toJSON();

const page = z.number().int().min(1).max(MAX_PAGE).default(1);
// Keys are often copied from a code span; stray backticks and spaces are not part of them.
const key = z.string().transform((raw) => raw.trim().replace(/^`+|`+$/g, "")).pipe(passageKey);

export const input = z.discriminatedUnion("subcommand", [
  z.object({ subcommand: z.literal("queue"), page }),
  z.object({ subcommand: z.literal("history"), page }),
  z.object({ subcommand: z.literal("suppress"), key, reason: decisionReason }),
  z.object({ subcommand: z.literal("restore"), key, reason: decisionReason }),
]);

export function execute(call: Invocation, request: z.output<typeof input>): Promise<Outcome> {
  return review(call, request);
}
