/**
 * `npm run bench:bot-burst`: a mixed burst of 300 interactions, 50 in flight,
 * through an unmodified discord.js Client against the fake Discord
 * (test/fake-discord), with the real engine over corpus/ and moderation on a
 * real SQLite file in a temporary directory, wired as `npm start` wires it:
 * /ask, More sources, Context n, /quote, and reports (the Report button and
 * its form: two interactions). Prints, per kind and in all, the failures
 * (no successful reply, a wrong one, or a warning or error the bot logged)
 * and how many were acknowledged later than Discord's 3 seconds. Target:
 * zero of both.
 *
 * The bot runs in a worker thread, as in bench/bot-load.ts, so the fake
 * (standing in for Discord's servers) does not share its event loop.
 *
 *   npm run bench:bot-burst
 *   npm run bench:bot-burst -- --total 600 --in-flight 100
 */
import { mkdtempSync, rmSync } from "node:fs";
import { once } from "node:events";
import { tmpdir } from "node:os";
import path from "node:path";
import { isMainThread, parentPort, workerData } from "node:worker_threads";
import { openEngine } from "../src/qa/index.js";
import { startBot } from "../src/bot/discord/start.js";
import { createLogger } from "../src/bot/log.js";
import { createModeration } from "../src/bot/moderation/index.js";
import { openStore } from "../src/store/index.js";
import { FAKE_TOKEN } from "../test/fake-discord/harness.js";
import { customIds, isAnswer, sent } from "../test/fake-discord/inspect.js";
import type { FakeUser, Interaction } from "../test/fake-discord/payloads.js";
import { FakeDiscord, type RestCall } from "../test/fake-discord/server.js";
import { BENCH_QUESTIONS, benchConfig, startWorker } from "./lib/bot-bench.js";
import { percentile } from "./lib/squad.js";

const WINDOW_MS = 3_000;
const WAIT_MS = 15_000;
const SPEAKERS = ["Putin", "Zelensky", "Trump"];
/** Share of operations of each kind; a report is two interactions (the button, then its form). */
const MIX = [
  ["ask", 0.3],
  ["more", 0.2],
  ["context", 0.2],
  ["quote", 0.15],
  ["report", 0.15],
] as const;
type Kind = (typeof MIX)[number][0];

interface BotSetup {
  applicationId: string;
  apiUrl: string;
  dbPath: string;
}

function argument(name: string, fallback: number): number {
  const at = process.argv.indexOf(name);
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback;
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name}: expected a whole number of at least 1`);
  return value;
}

/** The bot with moderation, as `npm start` runs it. Resolves to a stop function giving the count of warnings and errors logged. */
async function runBot(setup: BotSetup): Promise<() => Promise<number>> {
  const config = benchConfig(setup, setup.dbPath);
  let problems = 0;
  const log = createLogger({
    level: "warn",
    secrets: [FAKE_TOKEN],
    write: (line) => {
      problems++;
      process.stderr.write(line);
    },
  });
  const store = openStore({ path: setup.dbPath, retentionDays: 30 });
  const engine = await openEngine({ corpusDir: config.corpusDir, cacheDir: config.cacheDir });
  const moderation = createModeration({ store, engine, log });
  const bot = await startBot({ config, engine, log, hooks: (channels) => moderation.hooks(channels), client: { rest: { retries: 0, timeout: 5000 } } });
  return async () => {
    await bot.stop();
    moderation.stop();
    store.close();
    return problems;
  };
}

interface Outcome {
  kind: Kind;
  /** Interactions this operation made. */
  interactions: number;
  failed: boolean;
  /** Interactions acknowledged later than the window (or never). */
  late: number;
  /** Dispatch to the final reply, when there was one. */
  ms?: number;
}

/** An answer on Discord that later operations page, open context on, and report. */
interface Answered {
  asker: FakeUser;
  messageId: string;
  keys: string[];
  /** It has a More sources button. */
  more: boolean;
}

async function main(): Promise<void> {
  const total = argument("--total", 300);
  const inFlight = argument("--in-flight", 50);
  const dir = mkdtempSync(path.join(tmpdir(), "citebot-burst-"));
  const fake = await FakeDiscord.start({ token: FAKE_TOKEN });
  const setup: BotSetup = { applicationId: fake.applicationId, apiUrl: fake.apiUrl, dbPath: path.join(dir, "citebot.sqlite") };
  const worker = await startWorker(import.meta.url, setup);

  let people = 0;
  const person = () => fake.person(`person${people++}`);
  const firstCall = (interaction: Interaction) => fake.callsFor(interaction).find((c: RestCall) => c.path.endsWith("/callback"));
  const late = (interaction: Interaction, dispatched: number) => {
    const ack = firstCall(interaction);
    return ack === undefined || ack.status >= 300 || ack.at - dispatched > WINDOW_MS ? 1 : 0;
  };
  const waitFor = (test: (c: RestCall) => boolean) => fake.waitFor(test, WAIT_MS).catch(() => undefined);
  // The reply itself (an answer ready at once) or the edit of a deferred one.
  const edited = (interaction: Interaction) => waitFor(isAnswer(interaction.token));
  const callback = (interaction: Interaction) => waitFor((c) => c.path.endsWith(`/${interaction.token}/callback`));

  async function ask(question: string): Promise<Outcome & { answered?: Answered }> {
    const asker = person();
    const dispatched = performance.now();
    const interaction = fake.slash(asker, "ask", { question });
    const edit = await edited(interaction);
    const ok = edit !== undefined && edit.status < 300 && (sent(edit).embeds?.length ?? 0) > 0;
    const messageId = fake.original(interaction)?.id;
    const keys = edit ? customIds(sent(edit)).filter((id) => id.startsWith("ctx:")).map((id) => id.slice(4)) : [];
    const more = edit !== undefined && customIds(sent(edit)).some((id) => id.startsWith("more:"));
    const answered = ok && messageId !== undefined && keys.length > 0 ? { asker, messageId, keys, more } : undefined;
    return { kind: "ask", interactions: 1, failed: !ok, late: late(interaction, dispatched), ...(edit ? { ms: edit.at - dispatched } : {}), ...(answered ? { answered } : {}) };
  }

  async function quote(speaker: string): Promise<Outcome> {
    const dispatched = performance.now();
    const interaction = fake.slash(person(), "quote", { speaker });
    const edit = await edited(interaction);
    const ok = edit !== undefined && edit.status < 300 && (sent(edit).embeds?.length ?? 0) > 0;
    return { kind: "quote", interactions: 1, failed: !ok, late: late(interaction, dispatched), ...(edit ? { ms: edit.at - dispatched } : {}) };
  }

  /** Press a button on an answer; `expected` is the callback type that means success (7 update, 4 reply, 9 form). */
  async function press(kind: Kind, who: FakeUser, on: Answered, label: string | RegExp, expected: number): Promise<Outcome & { interaction?: Interaction }> {
    const dispatched = performance.now();
    let interaction: Interaction;
    try {
      interaction = fake.press(who, on.messageId, label);
    } catch {
      // The button is not on the message: the bot did not give what the workload expected.
      return { kind, interactions: 0, failed: true, late: 0 };
    }
    const call = await callback(interaction);
    const ok = call !== undefined && call.status < 300 && (call.body as { type?: number }).type === expected;
    return { kind, interactions: 1, failed: !ok, late: late(interaction, dispatched), interaction, ...(call ? { ms: call.at - dispatched } : {}) };
  }

  async function report(on: Answered): Promise<Outcome> {
    const reporter = person();
    const opened = await press("report", reporter, on, "Report", 9);
    if (!opened.interaction || opened.failed) return { ...opened, kind: "report" };
    // A passage the form offers (the message may have been paged since it was first answered).
    const fields = (fake.interactions.get(opened.interaction.token)?.modal?.components ?? []) as Array<{ component?: { custom_id?: string; options?: Array<{ value: string }> } }>;
    const offered = fields.find((f) => f.component?.custom_id === "passage")?.component?.options ?? [];
    const key = offered[reported % Math.max(1, offered.length)]?.value;
    if (key === undefined) return { kind: "report", interactions: 1, failed: true, late: opened.late };
    const dispatched = performance.now();
    const submit = fake.submitModal(reporter, opened.interaction, { passage: key, reason: "Checking under load." });
    const call = await callback(submit);
    const text = call ? (sent(call).content ?? "") : "";
    const ok = call !== undefined && call.status < 300 && /^Thanks|already reported/.test(text);
    return { kind: "report", interactions: 2, failed: !ok, late: opened.late + late(submit, dispatched), ...(call ? { ms: call.at - dispatched } : {}) };
  }

  // Unmeasured: answers to page, view and report in the burst (also warming the JIT and connection pool).
  const pool: Answered[] = [];
  for (let i = 0; i < 3; i++) {
    const made = await Promise.all(Array.from({ length: inFlight }, (_, j) => ask(BENCH_QUESTIONS[(i * inFlight + j) % BENCH_QUESTIONS.length]!)));
    for (const m of made) if (m.answered) pool.push(m.answered);
  }
  await Promise.all(SPEAKERS.map((s) => quote(s)));

  // The workload: kinds in proportion, interleaved, until `total` interactions.
  const plan: Kind[] = [];
  const weight = (kind: Kind) => (kind === "report" ? 2 : 1);
  for (let made = 0, i = 0; made < total; i++) {
    const kind = MIX.reduce<{ kind: Kind; deficit: number }>(
      (best, [k, share]) => {
        const deficit = share * (i + 1) - plan.filter((p) => p === k).length;
        return deficit > best.deficit ? { kind: k, deficit } : best;
      },
      { kind: "ask", deficit: -Infinity },
    ).kind;
    if (made + weight(kind) > total) {
      plan.push("ask");
      made += 1;
    } else {
      plan.push(kind);
      made += weight(kind);
    }
  }
  const answers = [...pool];
  const pageable = pool.filter((a) => a.more);
  let paged = 0;
  let viewed = 0;
  let reported = 0;
  const run = (kind: Kind, n: number): Promise<Outcome> => {
    switch (kind) {
      case "ask":
        return ask(BENCH_QUESTIONS[n % BENCH_QUESTIONS.length]!);
      case "quote":
        return quote(SPEAKERS[n % SPEAKERS.length]!);
      case "more": {
        // Each answer paged once, by its asker.
        const on = pageable[paged++ % pageable.length]!;
        return press("more", on.asker, on, "More sources", 7);
      }
      case "context": {
        const on = answers[viewed++ % answers.length]!;
        // Whichever passages the message shows now (it may have been paged).
        return press("context", person(), on, /^Context \d+$/, 4);
      }
      case "report": {
        return report(answers[reported++ % answers.length]!);
      }
    }
  };

  const outcomes: Outcome[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: inFlight }, async () => {
      while (next < plan.length) {
        const n = next++;
        outcomes.push(await run(plan[n]!, n));
      }
    }),
  );
  const wall = performance.now() - started;
  worker.postMessage("stop");
  const [logged] = (await once(worker, "message")) as [number];
  await fake.stop();
  rmSync(dir, { recursive: true, force: true });

  const line = (label: string, of: Outcome[]) => {
    const interactions = of.reduce((n, o) => n + o.interactions, 0);
    const failures = of.filter((o) => o.failed).length;
    const lateAcks = of.reduce((n, o) => n + o.late, 0);
    const ms = of.flatMap((o) => (o.ms === undefined ? [] : [o.ms])).sort((a, b) => a - b);
    return `${label.padEnd(9)}${String(interactions).padStart(13)}${String(failures).padStart(10)}${String(lateAcks).padStart(16)}${percentile(ms, 50).toFixed(1).padStart(10)}${percentile(ms, 99).toFixed(1).padStart(10)}`;
  };
  const all = outcomes.reduce((n, o) => n + o.interactions, 0);
  const failures = outcomes.filter((o) => o.failed).length;
  const lateAcks = outcomes.reduce((n, o) => n + o.late, 0);
  process.stdout.write(
    [
      `citebot mixed burst: ${all} interactions, ${inFlight} in flight, moderation on a real SQLite file, bot in its own thread`,
      `kind     interactions  failures  acked after 3 s  p50 ms    p99 ms`,
      ...MIX.map(([kind]) => line(kind, outcomes.filter((o) => o.kind === kind))),
      line("all", outcomes),
      `warnings and errors logged by the bot: ${logged}`,
      `unknown routes: ${fake.unknown.length}`,
      `wall time: ${(wall / 1000).toFixed(2)} s (${((all / wall) * 1000).toFixed(0)} interactions/s)`,
      `result: ${failures + logged} failures, ${lateAcks} acknowledged after 3 s`,
      "",
    ].join("\n"),
  );
  process.exitCode = failures === 0 && lateAcks === 0 && logged === 0 && fake.unknown.length === 0 ? 0 : 1;
}

if (isMainThread) {
  await main();
} else {
  const stop = await runBot(workerData as BotSetup);
  parentPort!.postMessage("ready");
  parentPort!.once("message", () => void stop().then((problems) => parentPort!.postMessage(problems)));
}
