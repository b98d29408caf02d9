/**
 * One answer thread (see answer-threads.ts): opens the engine from the
 * corpus and index cache it is given, says "ready", then answers each
 * question it is sent, in order.
 */
import { parentPort, workerData } from "node:worker_threads";
import { openEngine } from "../qa/index.js";
import type { ThreadReply, ThreadRequest } from "./answer-threads.js";

const { corpusDir, cacheDir } = workerData as { corpusDir: string; cacheDir: string };
const port = parentPort!;
const engine = await openEngine({ corpusDir, cacheDir });
port.on("message", (request: ThreadRequest) => {
  let reply: ThreadReply;
  try {
    reply = { id: request.id, result: engine.ask(request.question, { ...request.options, suppressed: new Set(request.options.suppressed) }) };
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    reply = { id: request.id, error: { name: e.name, message: e.message } };
  }
  port.postMessage(reply);
});
port.postMessage("ready");
