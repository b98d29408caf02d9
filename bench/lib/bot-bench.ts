/**
 * What the bot benchmarks share: the bot's settings against the fake
 * Discord, and starting a benchmark's bot half in a worker thread (so the
 * fake, standing in for Discord's servers, does not share its event loop).
 */
import { once } from "node:events";
import { Worker } from "node:worker_threads";
import type { BotConfig } from "../../src/bot/config.js";
import { YOUNG_GENERATION_LIMITS } from "../../src/bot/young-generation.js";
import { FAKE_TOKEN, TEST_CACHE_DIR } from "../../test/fake-discord/harness.js";

/** Questions over corpus/ the benchmarks ask in turn: answered ones of several lengths, and one the corpus cannot answer. */
export const BENCH_QUESTIONS = [
  "Who was killed in Moscow?",
  "What did Putin say about Trump?",
  "What is the Oreshnik missile?",
  "Where was the missile first used?",
  "What did Putin say about Zelensky?",
  "How many North Korean soldiers were killed?",
  "What is the capital of Peru?",
  "What happened in Kursk?",
];

/** Where the fake Discord is, as the bot needs to know it. */
export interface FakeEndpoint {
  applicationId: string;
  apiUrl: string;
}

/** The bot's settings as `npm start` would read them, pointed at the fake, over corpus/. */
export function benchConfig(fake: FakeEndpoint, databasePath: string): BotConfig {
  return {
    discord: { token: FAKE_TOKEN, applicationId: fake.applicationId, apiUrl: fake.apiUrl },
    corpusDir: "corpus",
    cacheDir: TEST_CACHE_DIR,
    cooldownSeconds: 10,
    answersPerPage: 3,
    pagingMinutes: 60,
    logLevel: "warn",
    database: { path: databasePath, retentionDays: 30 },
  };
}

/**
 * Run the module at `moduleUrl` again in a worker thread with `data`; resolves
 * once the worker posts its first message (its bot is ready). The thread's
 * young generation is the size `npm start` gives the bot's process.
 */
export async function startWorker(moduleUrl: string, data: unknown): Promise<Worker> {
  // Node 20 workers do not inherit tsx's loader: register it in the worker, then load the module there.
  const boot = `import(${JSON.stringify(import.meta.resolve("tsx/esm/api"))}).then((tsx) => { tsx.register(); return import(${JSON.stringify(moduleUrl)}); })`;
  const worker = new Worker(boot, { eval: true, workerData: data, resourceLimits: YOUNG_GENERATION_LIMITS });
  await once(worker, "message");
  return worker;
}
