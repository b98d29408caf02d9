/**
 * A citebot connected to the fake Discord: the real engine over a real
 * corpus, the real startBot, an unmodified discord.js Client pointed at the
 * fake only through `rest.api`. Log lines are captured for assertions.
 */
import { tmpdir } from "node:os";
import type { RESTOptions } from "discord.js";
import path from "node:path";
import { openEngine, type QaEngine } from "../../src/qa/index.js";
import type { BotConfig } from "../../src/bot/config.js";
import { startBot, type RunningBot, type StartOptions } from "../../src/bot/discord/start.js";
import { createLogger } from "../../src/bot/log.js";
import { FakeDiscord } from "./server.js";

export const FAKE_TOKEN = "ZmFrZS1ib3Q.ZmFrZQ.fake-token-for-citebot-tests";

export interface Harness {
  fake: FakeDiscord;
  bot: RunningBot;
  engine: QaEngine;
  /** Parsed JSON log lines the bot wrote. */
  logs: Array<Record<string, unknown>>;
  stop(): Promise<void>;
}

export interface HarnessOptions {
  corpusDir?: string;
  cooldownSeconds?: number;
  answersPerPage?: number;
  /** Hooks, or a function building them from the client's channel messages (moderation). */
  hooks?: StartOptions["hooks"];
  engine?: QaEngine;
  /** Connect to this fake instead of starting one; `stop()` then leaves it running (for restarts, several guilds). */
  fake?: FakeDiscord;
  /** More REST options for the client (the bench compares rate-limit settings). */
  rest?: Partial<RESTOptions>;
  /** Who answers questions (answer threads); default the engine. */
  answerer?: StartOptions["answerer"];
}

export const TEST_CACHE_DIR = path.join(tmpdir(), "citebot-bot-tests-cache");

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const corpusDir = options.corpusDir ?? "corpus";
  const engine = options.engine ?? (await openEngine({ corpusDir, cacheDir: TEST_CACHE_DIR }));
  const ownFake = options.fake === undefined;
  const fake = options.fake ?? (await FakeDiscord.start({ token: FAKE_TOKEN }));
  const logs: Array<Record<string, unknown>> = [];
  const config: BotConfig = {
    discord: { token: FAKE_TOKEN, applicationId: fake.applicationId },
    corpusDir,
    cacheDir: TEST_CACHE_DIR,
    cooldownSeconds: options.cooldownSeconds ?? 0,
    answersPerPage: options.answersPerPage ?? 3,
    pagingMinutes: 60,
    logLevel: "debug",
    // startBot never opens it: moderation tests open their own store and pass its hooks.
    database: { path: path.join(tmpdir(), "citebot-harness-unused.sqlite"), retentionDays: 30 },
  };
  const log = createLogger({ level: "debug", secrets: [FAKE_TOKEN], write: (line) => void logs.push(JSON.parse(line) as Record<string, unknown>) });
  const bot = await startBot({ config, engine, log, hooks: options.hooks, answerer: options.answerer, client: { apiUrl: fake.apiUrl, rest: { retries: 0, timeout: 2000, ...options.rest } } });
  return {
    fake,
    bot,
    engine,
    logs,
    // The client goes first: a fake that closes under it makes discord.js reconnect forever.
    stop: async () => {
      await bot.stop();
      if (ownFake) await fake.stop();
    },
  };
}
