/**
 * `npm run deploy-commands`: register every command in commands/index.ts — in
 * DISCORD_GUILD_ID when set (instant), else globally (may take up to an hour
 * to appear). Run it again whenever a command's definition changes.
 */
import { registerCommands } from "./discord/register-commands.js";
import { runEntry, settings } from "./entry.js";

runEntry("register commands", async () => {
  const config = settings({ discord: true }, "register commands");
  const { token = "", applicationId = "", guildId, apiUrl } = config.discord;
  const result = await registerCommands({ token, applicationId, guildId, apiUrl });
  const where = result.scope === "guild" ? `in guild ${guildId}` : "globally (new commands can take up to an hour to appear)";
  process.stdout.write(`Registered ${result.labels.join(", ")} ${where}.\n`);
});
