/**
 * Starting and stopping the Discord side: build the runtime and client,
 * attach the handlers, log in, and wait until the guilds have arrived.
 */
import { Events, type Client } from "discord.js";
import type { QaEngine } from "../../qa/index.js";
import type { BotConfig } from "../config.js";
import type { Logger } from "../log.js";
import type { ChannelMessages } from "../moderation/modlog.js";
import { createRuntime, type BotHooks, type BotRuntime, type RuntimeOptions } from "../runtime.js";
import { channelMessages } from "./channel-messages.js";
import { createClient, type ClientSettings } from "./client.js";
import { attachHandlers } from "./events.js";

export interface StartOptions {
  config: BotConfig;
  engine: QaEngine;
  log: Logger;
  /**
   * Hooks, or a function that builds them once the client exists, given a way
   * to post to channels (moderation posts reports to its mod-log channel).
   */
  hooks?: BotHooks | ((channels: ChannelMessages) => BotHooks);
  /** Answers cached. Default BOT_DEFAULTS.answerCacheSize (options.ts). */
  answerCacheSize?: number;
  /** Who answers questions; default the engine, on the event loop (see answer-threads.ts). */
  answerer?: RuntimeOptions["answerer"];
  /** REST settings for the client (tests point it at a fake Discord). */
  client?: ClientSettings;
}

export interface RunningBot {
  client: Client;
  runtime: BotRuntime;
  /** Disconnect cleanly. Safe to call more than once. */
  stop(): Promise<void>;
}

/** Log in and resolve once the client is ready; rejects (after cleaning up) if Discord refuses. */
export async function startBot(options: StartOptions): Promise<RunningBot> {
  const { config, log } = options;
  if (!config.discord.token) throw new Error("startBot needs config.discord.token");
  const client = createClient({ apiUrl: config.discord.apiUrl, ...options.client });
  const hooks = typeof options.hooks === "function" ? options.hooks(channelMessages(client)) : options.hooks;
  const runtime = createRuntime({ engine: options.engine, config, log, hooks, answerCacheSize: options.answerCacheSize, answerer: options.answerer });
  attachHandlers(client, runtime);
  let stopped: Promise<void> | undefined;
  const stop = () => (stopped ??= client.destroy());
  client.on(Events.ShardError, (error, shard) => log.warn("gateway error", { shard, error }));
  // discord.js reports its own shutdown's close as a reconnect too; only real ones are news.
  client.on(Events.ShardReconnecting, (shard) => stopped === undefined && log.info("gateway reconnecting", { shard }));
  client.on(Events.Error, (error) => log.error("client error", { error }));
  const ready = new Promise<Client<true>>((resolve) => client.once(Events.ClientReady, resolve));
  try {
    await client.login(config.discord.token);
    const c = await ready;
    log.info("ready", { bot: c.user.id, guilds: c.guilds.cache.size, shardsHere: c.ws.shards.size });
  } catch (error) {
    await stop();
    throw error;
  }
  return { client, runtime, stop };
}
