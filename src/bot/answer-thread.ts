/**
 * One answer thread (see answer-threads.ts): opens the engine from the
 * corpus and index cache it is given, says "ready", then answers each
 * question it is sent (replies carry the request's id).
 */
import { parentPort, workerData } from "node:worker_threads";
import { openEngine } from "../qa/index.js";
import type { ThreadReply, ThreadRequest } from "./answer-threads.js";

const { corpusDir, cacheDir, meaning } = workerData as { corpusDir: string; cacheDir: string; meaning: boolean };
const port = parentPort!;
const engine = await openEngine({ corpusDir, cacheDir, meaning });
port.on("message", (request: ThreadRequest) => void answer(request));

async function answer(request: ThreadRequest): Promise<void> {
  let reply: ThreadReply;
  try {
    reply = { id: request.id, result: await engine.answer(request.question, { ...request.options, suppressed: new Set(request.options.suppressed) }) };
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    reply = { id: request.id, error: { name: e.name, message: e.message } };
  }
  port.postMessage(reply);
}
port.postMessage("ready");
