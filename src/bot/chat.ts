/**
 * `npm run chat`: try citebot in the terminal, no Discord needed. Reads lines
 * from stdin (interactively with a prompt, or piped: `echo "/about" | npm run
 * chat`) and prints each reply as text. No cooldown: there is only you.
 */
import { createInterface } from "node:readline";
import { ChatSession } from "./chat/session.js";
import { openCorpus, runEntry, settings } from "./entry.js";
import { createLogger } from "./log.js";
import { createRuntime } from "./runtime.js";

runEntry("start the chat", async () => {
  const config = settings({ discord: false }, "start the chat");
  // JSON log lines would drown the conversation; only problems, unless LOG_LEVEL asks for more.
  const log = createLogger({ level: process.env.LOG_LEVEL ? config.logLevel : "warn", pretty: config.logPretty });
  const engine = await openCorpus(config, log);
  const runtime = createRuntime({ engine, config: { ...config, cooldownSeconds: 0 }, log });
  const interactive = process.stdin.isTTY === true;
  const session = new ChatSession({ runtime, write: (text) => process.stdout.write(text), ansi: interactive && process.stdout.isTTY === true });
  const lines = createInterface({ input: process.stdin, output: process.stdout, terminal: interactive });
  if (interactive) {
    const { articles, outlets } = engine.summary;
    process.stdout.write(`citebot, local chat: ${articles} articles from ${outlets.length} outlets.\nType a question, /quote <name>, /help, /about, /more, /context <n>, or /quit.\n\n`);
    lines.setPrompt("you> ");
    lines.prompt();
  }
  for await (const line of lines) {
    if (!(await session.line(line))) break;
    if (interactive) lines.prompt();
  }
  lines.close();
});
