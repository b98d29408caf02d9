/**
 * Registering the slash commands with Discord: a bulk overwrite (PUT), so the
 * registered set always equals COMMANDS. Guild commands update instantly and
 * suit development; global ones reach every server the bot is in.
 */
import { ApplicationCommandType, REST, Routes } from "discord.js";
import { COMMANDS } from "../commands/index.js";

export interface RegisterOptions {
  token: string;
  applicationId: string;
  /** Register in this guild only. Default: globally. */
  guildId?: string;
  /** Base URL of Discord's API. Default: discord.com. */
  apiUrl?: string;
}

export interface Registered {
  scope: "guild" | "global";
  names: string[];
  /** How people find each command: `/ask`, or `"Report citation" (message command)` for a message command. */
  labels: string[];
}

export async function registerCommands(options: RegisterOptions): Promise<Registered> {
  const rest = new REST(options.apiUrl ? { api: options.apiUrl } : {}).setToken(options.token);
  const route = options.guildId ? Routes.applicationGuildCommands(options.applicationId, options.guildId) : Routes.applicationCommands(options.applicationId);
  const registered = (await rest.put(route, { body: COMMANDS.map((command) => command.data) })) as Array<{ name: string; type?: number }>;
  return {
    scope: options.guildId ? "guild" : "global",
    names: registered.map((command) => command.name),
    labels: registered.map((command) => (command.type === ApplicationCommandType.Message ? `"${command.name}" (message command)` : `/${command.name}`)),
  };
}
