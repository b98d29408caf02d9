/**
 * What the entry scripts (start, sharded, chat, deploy-commands) share:
 * reading settings, opening the corpus, one clean message instead of a stack
 * trace when start-up fails, and a clean shutdown on SIGINT/SIGTERM.
 */
import { CorpusError, openEngine } from "../qa/index.js";
import { describeProblems, loadDotEnv, readConfig, type BotConfig, type ConfigNeeds } from "./config.js";
import type { Logger } from "./log.js";

/** A start-up failure whose message is written for the person running the bot. */
export class StartupError extends Error {
  override readonly name = "StartupError";
}

/** Settings from the environment and ./.env, or a StartupError listing every problem. */
export function settings(needs: ConfigNeeds, what: string): BotConfig {
  loadDotEnv();
  const result = readConfig(process.env, needs);
  if (!result.ok) throw new StartupError(describeProblems(result.problems, what));
  return result.config;
}

export async function openCorpus(config: BotConfig, log: Logger) {
  try {
    const engine = await openEngine({
      corpusDir: config.corpusDir,
      cacheDir: config.cacheDir,
      meaning: config.sentenceMeaning,
      onWarning: (problem) => log.warn("sentence meaning", { problem }),
    });
    // The operator's own file names; one line each, as the CLI prints them.
    for (const problem of engine.loadInfo.skipped) log.warn("corpus file skipped", { problem });
    if (engine.loadInfo.warning) log.warn("index cache", { problem: engine.loadInfo.warning });
    log.info("corpus loaded", { articles: engine.summary.articles, fromCache: engine.loadInfo.fromCache, ms: Math.round(engine.loadInfo.ms) });
    return engine;
  } catch (error) {
    if (error instanceof CorpusError) throw new StartupError(`citebot cannot read the corpus in ${config.corpusDir}:\n${error.message}`);
    throw error;
  }
}

function explain(error: unknown, what: string): string {
  if (error instanceof StartupError) return error.message;
  const code = (error as { code?: unknown } | null)?.code;
  if (code === "TokenInvalid") return `citebot cannot ${what}: Discord rejected DISCORD_TOKEN. Reset the token in the Developer Portal (Bot › Reset Token) and update .env.`;
  if (code === "DisallowedIntents") return `citebot cannot ${what}: Discord refused the gateway intents it asked for.`;
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return `citebot cannot ${what}: ${message.split("\n")[0]}`;
}

/** Run an entry script; a failure prints one message (no stack trace) and exits non-zero. */
export function runEntry(what: string, main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    process.stderr.write(`${explain(error, what)}\n`);
    process.exit(1);
  });
}

/** Give SIGINT/SIGTERM a clean shutdown: stop, then exit. A second signal exits at once. */
export function onShutdown(log: Logger, stop: () => Promise<void>): void {
  let stopping = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) process.exit(1);
    stopping = true;
    log.info("shutting down", { signal });
    // If Discord never answers the close, do not hang the terminal or the supervisor.
    setTimeout(() => process.exit(1), 10_000).unref();
    stop().then(
      () => {
        log.info("stopped", { signal });
        process.exit(0);
      },
      (error: unknown) => {
        log.error("shutdown failed", { error });
        process.exit(1);
      },
    );
  };
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);
}
