/**
 * `npm start`: run the bot on Discord. Needs DISCORD_TOKEN and
 * DISCORD_APPLICATION_ID; without them it says so and points to `npm run chat`.
 * Also the per-shard process under `npm run start:sharded`.
 */
import { startBot } from "./discord/start.js";
import { onShutdown, openCorpus, runEntry, settings } from "./entry.js";
import { createLogger } from "./log.js";

runEntry("start", async () => {
  const config = settings({ discord: true }, "start");
  // Under the ShardingManager each process says which shards it runs.
  const shards = process.env.SHARDS;
  const log = createLogger({ level: config.logLevel, secrets: [config.discord.token ?? ""], base: shards ? { shards } : {} });
  const engine = await openCorpus(config, log);
  const bot = await startBot({ config, engine, log });
  onShutdown(log, bot.stop);
});
