/**
 * `npm run bench:bot`: 500 /ask interactions, 50 in flight at a time, from
 * 500 different users, through an unmodified discord.js Client against the
 * fake Discord (test/fake-discord), with the real engine over corpus/.
 * Prints how many were acknowledged and answered within Discord's 3-second
 * window, and latency percentiles from dispatch to the answer's arrival at
 * the fake: the reply itself (callback type 4) when the engine answered
 * within BOT_DEFAULTS.acknowledgeAfterMs, else the edit of the deferred reply.
 *
 * The bot runs in a worker thread, so the fake Discord (standing in for
 * servers elsewhere) does not compete with it for the event loop; both
 * clocks are the fake's.
 *
 *   npm run bench:bot                  # citebot's REST settings
 *   npm run bench:bot -- --rest-50     # discord.js's default 50 requests/s client-side limit, for comparison
 *   npm run bench:bot -- --same-thread # bot and fake sharing one event loop
 *   npm run bench:bot -- --no-cache    # every question goes to the engine (no answer cache)
 *   npm run bench:bot -- --answer-threads 2  # questions answered in 2 worker threads (ANSWER_THREADS)
 *   npm run bench:bot -- --lexical     # SENTENCE_MEANING=off: no question encoding
 *   npm run bench:bot -- --log-level info   # the bot's log level (default warn; `npm start` logs at info, a line per
 *                                      # interaction on stderr: send it elsewhere, e.g. 2>/dev/null)
 *   npm run bench:bot -- --corpus DIR --squad FILE [--total N] [--warm-up W]
 *                                      # another corpus (e.g. a scale corpus), asked N distinct SQuAD questions
 *                                      # after W unmeasured ones (default 100)
 *   npm run bench:bot -- --in-a-row    # then the engine alone answers the same questions in order: the sums of
 *                                      # 50 answer times in a row, the least the bot's percentiles can be (lib/in-a-row.ts)
 * By default the engine ranks with sentence meaning, as `npm start` does; the
 * corpus vectors are filled (or read from the cache) before the burst.
 */
import { isMainThread, parentPort, workerData } from "node:worker_threads";
import { once } from "node:events";
import type { RESTOptions } from "discord.js";
import { openEngine } from "../src/qa/index.js";
import { startAnswerThreads } from "../src/bot/answer-threads.js";
import { startBot } from "../src/bot/discord/start.js";
import { createLogger } from "../src/bot/log.js";
import { LOG_LEVELS, type LogLevel } from "../src/bot/options.js";
import { FAKE_TOKEN } from "../test/fake-discord/harness.js";
import { isAnswer, isCallback, isEdit } from "../test/fake-discord/inspect.js";
import { FakeDiscord } from "../test/fake-discord/server.js";
import { BENCH_QUESTIONS, benchConfig, startWorker } from "./lib/bot-bench.js";
import { percentile, readSquad } from "./lib/squad.js";
import { tallyGc, type GcCounts } from "./lib/gc-tally.js";
import { threadCpu, threadCpuSince } from "./lib/thread-cpu.js";
import { inARow } from "./lib/in-a-row.js";

const IN_FLIGHT = 50;
/**
 * Unmeasured questions first: they open the connection pool and warm the JIT, as a running bot would be. A handler
 * runs once per question, so V8 keeps compiling for thousands of them: after 100, its compiler threads still took
 * 0.9 ms of CPU per question (from two cores); after 2,000, 0.3. A check of the steady state takes `--warm-up 2000`.
 */
const DEFAULT_WARM_UP = 100;
const WINDOW_MS = 3_000;

interface BotSetup {
  applicationId: string;
  apiUrl: string;
  rest: Partial<RESTOptions>;
  answerCacheSize?: number;
  /** Answer threads (ANSWER_THREADS); 0 answers on the bot's event loop. */
  answerThreads: number;
  /** SENTENCE_MEANING. */
  meaning: boolean;
  /** Corpus directory; default the bundled corpus. */
  corpusDir?: string;
  /** The bot's log level. */
  logLevel: LogLevel;
}

/** The bot's settings for a run. No moderation here: the database is never opened. */
function configOf(setup: BotSetup) {
  return { ...benchConfig(setup, "data/citebot.sqlite"), ...(setup.corpusDir ? { corpusDir: setup.corpusDir } : {}) };
}

/** The bot, as `npm start` runs it, pointed at the fake. Returns a stop function. */
async function runBot(setup: BotSetup): Promise<() => Promise<void>> {
  const config = configOf(setup);
  const log = createLogger({ level: setup.logLevel, secrets: [FAKE_TOKEN] });
  const engine = await openEngine({ corpusDir: config.corpusDir, cacheDir: config.cacheDir, meaning: setup.meaning, keepAlive: true });
  await engine.loadInfo.meaning?.ready;
  const threads = setup.answerThreads > 0 ? await startAnswerThreads({ corpusDir: config.corpusDir, cacheDir: config.cacheDir, threads: setup.answerThreads, meaning: setup.meaning }) : undefined;
  const bot = await startBot({ config, engine, log, answerCacheSize: setup.answerCacheSize, answerer: threads, client: { rest: { retries: 0, timeout: 5000, ...setup.rest } } });
  return async () => {
    await bot.stop();
    await threads?.close();
  };
}

async function main(): Promise<void> {
  const rest50 = process.argv.includes("--rest-50");
  const sameThread = process.argv.includes("--same-thread");
  const noCache = process.argv.includes("--no-cache");
  const threadsAt = process.argv.indexOf("--answer-threads");
  const answerThreads = threadsAt >= 0 ? Number(process.argv[threadsAt + 1]) : 0;
  const option = (name: string) => {
    const at = process.argv.indexOf(name);
    return at >= 0 ? process.argv[at + 1] : undefined;
  };
  const corpusDir = option("--corpus");
  const squad = option("--squad");
  const TOTAL = Number(option("--total") ?? 500);
  const WARM_UP = Number(option("--warm-up") ?? DEFAULT_WARM_UP);
  // Distinct questions each time with --squad: none is answered from the answer cache.
  const questions = squad ? readSquad(squad).questions.map((q) => q.question).slice(0, TOTAL + WARM_UP) : BENCH_QUESTIONS;
  const fake = await FakeDiscord.start({ token: FAKE_TOKEN });
  const logLevel = (option("--log-level") ?? "warn") as LogLevel;
  if (!(LOG_LEVELS as readonly string[]).includes(logLevel)) throw new Error(`--log-level: expected ${LOG_LEVELS.slice(0, -1).join(", ")} or ${LOG_LEVELS.at(-1)}, not ${logLevel}`);
  const setup: BotSetup = { applicationId: fake.applicationId, apiUrl: fake.apiUrl, rest: rest50 ? { globalRequestsPerSecond: 50 } : {}, answerThreads, logLevel, meaning: !process.argv.includes("--lexical"), ...(noCache ? { answerCacheSize: 0 } : {}), ...(corpusDir ? { corpusDir } : {}) };
  let stopBot: () => Promise<void>;
  // Collections in the bot's thread (with --same-thread, the fake's too): reset before the measured round, read after it.
  let gc: { reset(): void; read(): Promise<GcCounts> };
  if (sameThread) {
    stopBot = await runBot(setup);
    const tally = tallyGc();
    gc = { reset: tally.reset, read: async () => tally.read() };
  } else {
    const worker = await startWorker(import.meta.url, setup);
    stopBot = async () => {
      worker.postMessage("stop");
      await once(worker, "exit");
    };
    gc = {
      reset: () => worker.postMessage("gc-reset"),
      read: async () => {
        worker.postMessage("gc-read");
        const [counts] = (await once(worker, "message")) as [GcCounts];
        return counts;
      },
    };
  }

  let users = 0;
  async function ask(question: string) {
    const dispatched = performance.now();
    // Calls before this one cannot be its answer: the fake need not scan them again.
    const since = fake.calls.length;
    const interaction = fake.slash(fake.person(`user${users++}`), "ask", { question });
    // The answer arrives either as the reply itself (callback type 4, when the engine was quick) or as the edit of a deferred reply.
    const answer = await fake.waitFor(isAnswer(interaction.token), 15_000, since).catch(() => undefined);
    const ack = fake.calls.slice(since).find(isCallback(interaction.token));
    return { dispatched, ack, answer, deferred: answer !== undefined && isEdit(interaction.token)(answer) };
  }
  let asked = 0;
  async function round(total: number) {
    const results: Array<Awaited<ReturnType<typeof ask>>> = [];
    let next = 0;
    await Promise.all(
      Array.from({ length: IN_FLIGHT }, async () => {
        while (next < total) {
          next++;
          results.push(await ask(questions[asked++ % questions.length]!));
        }
      }),
    );
    return results;
  }

  // One unmeasured round opens the connection pool and warms the JIT, as a running bot would be.
  await round(WARM_UP);
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const threadsBefore = threadCpu();
  gc.reset();
  const results = await round(TOTAL);
  const wall = performance.now() - started;
  const collected = await gc.read();
  // CPU of every thread of the process (the fake, the bot, answer threads): steadier than latency on a shared machine.
  const cpu = process.cpuUsage(cpuBefore);
  // This thread (its id is the process id) is the fake; the busiest other one is the bot's when it answers on its own thread.
  const byThread = threadCpuSince(threadsBefore);
  const fakeMs = byThread.find(([id]) => id === process.pid)?.[1];
  const busiest = byThread.find(([id]) => id !== process.pid)?.[1];
  // Everything but the fake and the bot (the busiest other thread, unless the bot shares the fake's): V8's compiler
  // and GC helpers, and answer threads when there are any.
  const rest = byThread.filter(([id]) => id !== process.pid).slice(sameThread ? 0 : 1).reduce((sum, [, ms]) => sum + ms, 0);

  const latencies = results.filter((r) => r.answer?.status === 200).map((r) => r.answer!.at - r.dispatched).sort((a, b) => a - b);
  const deferred = results.filter((r) => r.deferred).length;
  const acked = results.filter((r) => r.ack && r.ack.status < 300 && r.ack.at - r.dispatched <= WINDOW_MS).length;
  const answered = latencies.filter((ms) => ms <= WINDOW_MS).length;
  const fmt = (ms: number) => `${ms.toFixed(1)} ms`;
  process.stdout.write(
    [
      `citebot load check: ${TOTAL} /ask interactions after ${WARM_UP} unmeasured, ${IN_FLIGHT} in flight, ${Math.min(questions.length, TOTAL)} distinct questions${corpusDir ? ` over ${corpusDir}` : ""}, bot ${sameThread ? "on the fake's thread" : "in its own thread"}` +
        (rest50 ? ", discord.js default 50 requests/s REST limit" : "") +
        (noCache ? ", no answer cache" : "") +
        (answerThreads > 0 ? `, ${answerThreads} answer thread${answerThreads === 1 ? "" : "s"}` : "") +
        (setup.meaning ? ", with sentence meaning" : ", by words alone") +
        (logLevel === "warn" ? "" : `, logging at ${logLevel}`),
      `acknowledged within 3 s:   ${acked}/${TOTAL}`,
      `answered within 3 s:       ${answered}/${TOTAL}  (the answer received by the fake: ${TOTAL - deferred} as the reply itself, ${deferred} deferred and edited in)`,
      `dispatch → answer:         p50 ${fmt(percentile(latencies, 50))}   p95 ${fmt(percentile(latencies, 95))}   p99 ${fmt(percentile(latencies, 99))}   max ${fmt(latencies.at(-1) ?? NaN)}`,
      `throughput:                ${((TOTAL / wall) * 1000).toFixed(0)} questions/s`,
      `CPU per question:          ${((cpu.user + cpu.system) / 1000 / TOTAL).toFixed(2)} ms (all threads, fake included)` +
        (fakeMs !== undefined && busiest !== undefined ? `; ${(busiest / TOTAL).toFixed(2)} ms in the busiest thread but the fake's${sameThread || answerThreads > 0 ? "" : " (the bot's)"}, ${(fakeMs / TOTAL).toFixed(2)} ms in the fake's` : ""),
      `GC in the bot's thread:    ${(collected.ms / TOTAL).toFixed(3)} ms per question (${collected.minor} scavenges, ${collected.major} full collections, longest pause ${fmt(collected.longestMs)}); ${collected.major === 0 ? `old generation +${(collected.oldGrowth / 1024 / TOTAL).toFixed(1)} KB a question (promoted)` : "old generation's growth unknown (a full collection freed some)"}`,
      `other threads:             ${(rest / TOTAL).toFixed(2)} ms CPU per question (V8's compiler and GC helpers${answerThreads > 0 ? ", answer threads" : ""}; compiling falls as the JIT warms: see --warm-up)`,
      `unknown routes:            ${fake.unknown.length}`,
      "",
    ].join("\n"),
  );
  await stopBot();
  await fake.stop();
  if (process.argv.includes("--in-a-row")) {
    const at = (from: number, n: number) => Array.from({ length: n }, (_, i) => questions[(from + i) % questions.length] as string);
    const { corpusDir: dir, cacheDir } = configOf(setup);
    const floor = await inARow({ corpusDir: dir, cacheDir, meaning: setup.meaning, warmUp: at(0, WARM_UP), measured: at(WARM_UP, TOTAL), window: IN_FLIGHT });
    process.stdout.write(
      `engine alone, in order:    ${fmt(floor.meanMs)} an answer; ${IN_FLIGHT} in a row p50 ${fmt(floor.p50Ms)}   p99 ${fmt(floor.p99Ms)} ` +
        // Asked again, a question is the answer cache's, not the engine's: no floor then.
        (questions.length >= WARM_UP + TOTAL ? `(the least one thread with ${IN_FLIGHT} in flight waits)\n` : "(questions repeat, and the bot's answer cache answers them: no floor)\n"),
    );
  }
  process.exitCode = answered === TOTAL && fake.unknown.length === 0 ? 0 : 1;
}

if (isMainThread) {
  await main();
} else {
  const stop = await runBot(workerData as BotSetup);
  const tally = tallyGc();
  parentPort!.postMessage("ready");
  parentPort!.on("message", (message: "gc-reset" | "gc-read" | "stop") => {
    if (message === "gc-reset") tally.reset();
    else if (message === "gc-read") parentPort!.postMessage(tally.read());
    else void stop().then(() => process.exit(0));
  });
}
