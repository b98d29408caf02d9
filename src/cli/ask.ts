/**
 * `npm run ask -- "question"`: answer over the bundled corpus (or --corpus DIR)
 * from the command line. The one place that prints and sets the exit code;
 * every error becomes one line on stderr.
 */
import { createInterface } from "node:readline";
import { createReadStream } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { CorpusError, openEngine, QaInputError, type QaEngine } from "../qa/index.js";
import { parseAskArgs, USAGE } from "./args.js";
import { formatForPerson, toJson } from "./format.js";

const BUNDLED_CORPUS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../corpus");

async function runBatch(engine: QaEngine, file: string, limit: number): Promise<void> {
  const input = file === "-" ? process.stdin : createReadStream(file, "utf8");
  const failed = new Promise<never>((_, reject) => input.once("error", (e: NodeJS.ErrnoException) => reject(new Error(`${file}: cannot read the batch file (${e.code ?? e.message})`))));
  const lines = createInterface({ input, crlfDelay: Infinity });
  const work = (async () => {
    for await (const line of lines) {
      if (line.trim() === "") continue;
      try {
        process.stdout.write(`${JSON.stringify(toJson(await engine.answer(line, { limit })))}\n`);
      } catch (e) {
        if (!(e instanceof QaInputError)) throw e;
        // One bad line must not end a batch: report it in place.
        process.stdout.write(`${JSON.stringify({ question: line.slice(0, 200), answered: false, error: e.message, answers: [] })}\n`);
      }
    }
  })();
  await Promise.race([work, failed]);
}

async function main(): Promise<void> {
  const request = parseAskArgs(process.argv.slice(2), BUNDLED_CORPUS);
  if (request.kind === "help") {
    console.log(USAGE);
    return;
  }
  const engine = await openEngine({ corpusDir: request.corpusDir, meaning: !request.lexical, keepAlive: true, onWarning: (line) => console.error(`ask: ${line}`) });
  for (const line of engine.loadInfo.skipped) console.error(`ask: ${line}`);
  // A command answers once: it waits for the corpus vectors (cached per article after the first run) rather than answer by words alone.
  const fill = await engine.loadInfo.meaning?.ready;
  if (fill?.error) console.error(`ask: sentence meaning is incomplete (${fill.error}); answering by words where vectors are missing`);
  if (engine.loadInfo.warning) console.error(`ask: warning: ${engine.loadInfo.warning}`);
  if (request.kind === "batch") return runBatch(engine, request.file, request.limit);
  const result = await engine.answer(request.question, { limit: request.limit });
  console.log(request.json ? JSON.stringify(toJson(result)) : formatForPerson(result));
}

main().catch((e: unknown) => {
  // A CorpusError lists every bad file, one line each; anything else is one line.
  const message = e instanceof CorpusError ? e.message : e instanceof Error ? (e.message.split("\n")[0] ?? "") : "unexpected failure";
  console.error(`ask: ${message}`);
  process.exitCode = 1;
});
