/**
 * /config modlog [channel] | modrole [role] | show — where reports are
 * posted and which role moderates. Registered for Manage Server by default;
 * the handler checks Manage Server itself (src/bot/moderation).
 */
import { ChannelType, InteractionContextType, PermissionFlagsBits, SlashCommandBuilder } from "discord.js";
import { z } from "zod";
import { snowflake } from "../../store/schemas.js";
import type { Invocation, Outcome } from "../invocation.js";
import { configure } from "../moderation/guild-config.js";

export const data = new SlashCommandBuilder()
  .setName("config")
  .setDescription("Server admins: where citebot posts citation reports, and who moderates them")
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
  .setContexts(InteractionContextType.Guild)
  .addSubcommand((sub) =>
    sub
      .setName("modlog")
      .setDescription("Post new reports in a channel (leave the channel out to stop)")
      .addChannelOption((o) => o.setName("channel").setDescription("The mod-log channel").addChannelTypes(ChannelType.GuildText, ChannelType.GuildAnnouncement)),
  )
  .addSubcommand((sub) =>
    sub
      .setName("modrole")
      .setDescription("Members with this role moderate citations, besides Manage Messages (leave out to clear)")
      .addRoleOption((o) => o.setName("role").setDescription("The moderator role")),
  )
  .addSubcommand((sub) => sub.setName("show").setDescription("Show the mod-log channel and moderator role"))
  .toJSON();

export const input = z.discriminatedUnion("subcommand", [
  z.object({ subcommand: z.literal("modlog"), channel: snowflake.optional() }),
  z.object({ subcommand: z.literal("modrole"), role: snowflake.optional() }),
  z.object({ subcommand: z.literal("show") }),
]);

export function execute(call: Invocation, request: z.output<typeof input>): Promise<Outcome> {
  return configure(call, request);
}
