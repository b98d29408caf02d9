/**
 * `npm start`: run the bot on Discord. Needs DISCORD_TOKEN and
 * DISCORD_APPLICATION_ID; without them it says so and points to `npm run chat`.
 * Also the per-shard process under `npm run start:sharded`. Opens the
 * moderation database (CITEBOT_DB) first: one that cannot be opened stops
 * start-up with one line before anything else is loaded.
 */
import { startAnswerThreads } from "./answer-threads.js";
import { startBot } from "./discord/start.js";
import { onShutdown, openCorpus, runEntry, settings } from "./entry.js";
import { createLogger } from "./log.js";
import { createModeration, openModerationStore } from "./moderation/index.js";

runEntry("start", async () => {
  const config = settings({ discord: true }, "start");
  // Under the ShardingManager each process says which shards it runs.
  const shards = process.env.SHARDS;
  const log = createLogger({ level: config.logLevel, pretty: config.logPretty, secrets: [config.discord.token ?? ""], base: shards ? { shards } : {} });
  const store = openModerationStore(config.database, log);
  const engine = await openCorpus(config, log);
  const threads = config.answerThreads ? await startAnswerThreads({ corpusDir: config.corpusDir, cacheDir: config.cacheDir, threads: config.answerThreads, meaning: config.sentenceMeaning }) : undefined;
  const moderation = createModeration({ store, engine, log });
  const closeModeration = async () => {
    moderation.stop();
    store.close();
    await threads?.close();
  };
  let bot: Awaited<ReturnType<typeof startBot>>;
  try {
    bot = await startBot({ config, engine, log, hooks: (channels) => moderation.hooks(channels), answerer: threads });
  } catch (error) {
    await closeModeration();
    throw error;
  }
  onShutdown(log, async () => {
    await bot.stop();
    // After the client: no interaction can reach the store or the threads once they are closed.
    await closeModeration();
  });
});
