/**
 * `/config`: where new reports are posted (the mod-log channel) and which
 * role counts as moderator. Changing them takes Manage Server (checked here);
 * leaving the option out turns the setting off. Replies are private.
 */
import type { GuildConfig } from "../../store/index.js";
import type { Invocation, Outcome } from "../invocation.js";
import { requireConfigurator } from "./access.js";
import { moderationScope, tell } from "./context.js";
import { MODERATION_TEXTS } from "./texts.js";

/** What /config was asked, once its options are validated (see commands/config.ts). */
export type ConfigRequest =
  | { subcommand: "modlog"; channel?: string }
  | { subcommand: "modrole"; role?: string }
  | { subcommand: "show" };

/** The settings in one private line; `<#id>` and `<@&id>` render as names and ping no one. */
export function describeConfig(config: GuildConfig): string {
  const modlog = config.modlogChannelId === null ? "off (reports are only in /review queue)" : `<#${config.modlogChannelId}>`;
  const role = config.moderatorRoleId === null ? "none (Manage Messages only)" : `<@&${config.moderatorRoleId}>`;
  return `Mod-log channel: ${modlog}. Moderator role: ${role}.`;
}

export async function configure(call: Invocation, request: ConfigRequest): Promise<Outcome> {
  const scope = await moderationScope(call);
  if (!scope || !(await requireConfigurator(call))) return "refused";
  const { store } = scope.mod;
  switch (request.subcommand) {
    case "show":
      return tell(call, describeConfig(store.getGuildConfig(scope.guildId)), "shown");
    case "modlog": {
      // Never post a server's reports into a channel elsewhere, nor into one the bot cannot write to.
      const verdict = request.channel === undefined ? "ok" : scope.mod.channels.postable(request.channel, scope.guildId);
      if (verdict !== "ok") return tell(call, verdict === "no-access" ? MODERATION_TEXTS.modlogNoAccess : MODERATION_TEXTS.modlogUnknownChannel, "refused");
      const config = store.setGuildConfig(scope.guildId, { modlogChannelId: request.channel ?? null });
      const text = config.modlogChannelId === null ? MODERATION_TEXTS.modlogOff : `New reports will be posted in <#${config.modlogChannelId}>, with Uphold and Suppress buttons for moderators.`;
      return tell(call, text, "configured");
    }
    case "modrole": {
      const config = store.setGuildConfig(scope.guildId, { moderatorRoleId: request.role ?? null });
      const text = config.moderatorRoleId === null ? MODERATION_TEXTS.modroleCleared : `Members with <@&${config.moderatorRoleId}> can now review reports, as can members with Manage Messages.`;
      return tell(call, text, "configured");
    }
  }
}
