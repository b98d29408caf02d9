/**
 * `npm run start:sharded`: run the bot as several processes, one per gateway
 * shard, under discord.js's ShardingManager. Discord requires sharding from
 * 2,500 guilds (each shard carries at most 2,500); below that, `npm start`
 * is simpler and this only adds processes. The shard count is Discord's
 * recommendation from GET /gateway/bot.
 */
import { fileURLToPath } from "node:url";
import { REST, Routes, ShardingManager } from "discord.js";
import { onShutdown, runEntry, settings } from "./entry.js";
import { createLogger } from "./log.js";
import { SEMI_SPACE_FLAG } from "./young-generation.js";

/** Discord's identify rate-limit window, plus the margin discord.js uses. */
const IDENTIFY_WINDOW_MS = 5_500;

runEntry("start shards", async () => {
  const config = settings({ discord: true }, "start shards");
  const token = config.discord.token ?? "";
  const log = createLogger({ level: config.logLevel, pretty: config.logPretty, secrets: [token], base: { process: "shard-manager" } });
  // discord.js's own "auto" always asks discord.com; asking through our REST honours DISCORD_API_URL.
  const rest = new REST(config.discord.apiUrl ? { api: config.discord.apiUrl } : {}).setToken(token);
  const gateway = (await rest.get(Routes.gatewayBot())) as { shards: number; session_start_limit: { max_concurrency: number } };
  const { shards } = gateway;
  // Discord lets max_concurrency shards identify per 5 s; discord.js always waits as if it were 1.
  const delay = Math.ceil(IDENTIFY_WINDOW_MS / Math.max(1, gateway.session_start_limit.max_concurrency));
  const manager = new ShardingManager(fileURLToPath(new URL("./main.ts", import.meta.url)), {
    token,
    totalShards: shards,
    // Each shard is a child process running main.ts through tsx, like `npm start` (and with its young generation);
    // resolved here so it does not depend on the working directory.
    execArgv: [SEMI_SPACE_FLAG, "--import", import.meta.resolve("tsx")],
  });
  let stopping = false;
  manager.on("shardCreate", (shard) => {
    log.info("shard launched", { shard: shard.id, of: shards });
    // The manager respawns a shard that dies; worth a warning unless we are the ones stopping it.
    shard.on("death", () => stopping || log.warn("shard process exited", { shard: shard.id }));
  });
  onShutdown(log, async () => {
    stopping = true;
    // Each child gets SIGTERM and shuts its own client down (see main.ts); wait for them.
    const exits = [...manager.shards.values()].map((shard) => {
      const child = shard.process;
      if (!child || child.exitCode !== null) return Promise.resolve();
      const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
      shard.kill();
      return exited;
    });
    await Promise.all(exits);
  });
  await manager.spawn({ delay });
  log.info("all shards ready", { shards });
});
