/**
 * Answering off the event loop: engines in worker threads, each opened from
 * the same corpus and index cache, take questions in turn. A question that
 * takes long (a large corpus, a question matching thousands of sentences)
 * then holds up only its own answer, while button presses, forms and other
 * questions go on being acknowledged and served. Each thread holds its own
 * copy of the index, so memory grows with the thread count.
 *
 * Only `ask` goes to the threads: it is the costly call. Quotes, context
 * and autocomplete stay on the main engine; they look things up rather than
 * rank candidates.
 */
import { once } from "node:events";
import { Worker } from "node:worker_threads";
import { QaInputError, type AskOptions, type AskResult } from "../qa/index.js";
import type { Answerer } from "./answer-cache.js";
import { YOUNG_GENERATION_LIMITS } from "./young-generation.js";

export interface AnswerThreadsOptions {
  corpusDir: string;
  /** Each thread ranks with sentence meaning too (its own encoder; corpus vectors from the shared cache). Default false. */
  meaning?: boolean;
  cacheDir: string;
  /** Worker threads, each with its own engine. At least 1. */
  threads: number;
}

/** A question as it crosses to a thread (a Set does not survive the trip as a set). */
export interface ThreadRequest {
  id: number;
  question: string;
  options: Omit<AskOptions, "suppressed"> & { suppressed: string[] };
}

export type ThreadReply = { id: number; result: AskResult } | { id: number; error: { name: string; message: string } };

interface Waiting {
  resolve: (result: AskResult) => void;
  reject: (error: Error) => void;
}

/** Engines in worker threads behind one `ask`; `close()` ends the threads. */
export interface AnswerThreads extends Answerer {
  ask(question: string, options: AskOptions): Promise<AskResult>;
  close(): Promise<void>;
}

/** Start the threads and resolve once every engine is open; rejects with the first thread's failure to open. */
export async function startAnswerThreads(options: AnswerThreadsOptions): Promise<AnswerThreads> {
  const url = new URL("./answer-thread.ts", import.meta.url).href;
  // Under tsx a worker does not inherit its loader: the thread registers it, then loads the engine's module.
  const boot = `import(${JSON.stringify(import.meta.resolve("tsx/esm/api"))}).then((tsx) => { tsx.register(); return import(${JSON.stringify(url)}); })`;
  const workers = Array.from({ length: Math.max(1, options.threads) }, () => new Worker(boot, { eval: true, resourceLimits: YOUNG_GENERATION_LIMITS, workerData: { corpusDir: options.corpusDir, cacheDir: options.cacheDir, meaning: options.meaning ?? false } }));
  const waiting = new Map<number, Waiting>();
  const load = new Map<Worker, number>(workers.map((w) => [w, 0]));
  let nextId = 0;
  const failAll = (error: Error) => {
    for (const w of waiting.values()) w.reject(error);
    waiting.clear();
  };
  for (const worker of workers) {
    worker.on("message", (reply: ThreadReply | "ready") => {
      if (reply === "ready") return;
      const entry = waiting.get(reply.id);
      if (!entry) return;
      waiting.delete(reply.id);
      load.set(worker, (load.get(worker) ?? 1) - 1);
      if ("result" in reply) entry.resolve(reply.result);
      else entry.reject(reply.error.name === "QaInputError" ? new QaInputError(reply.error.message) : new Error(`${reply.error.name}: ${reply.error.message}`));
    });
    worker.on("error", (error) => failAll(error));
  }
  await Promise.all(
    workers.map(async (worker) => {
      const [first] = (await Promise.race([once(worker, "message"), once(worker, "error").then(([error]) => Promise.reject(error as Error))])) as [unknown];
      if (first !== "ready") throw new Error("an answer thread did not start");
    }),
  ).catch(async (error: unknown) => {
    await Promise.all(workers.map((w) => w.terminate()));
    throw error;
  });
  return {
    ask(question, askOptions) {
      // The least busy thread: a slow question there leaves the others free.
      const worker = [...load.entries()].sort((a, b) => a[1] - b[1])[0]![0];
      load.set(worker, (load.get(worker) ?? 0) + 1);
      const id = nextId++;
      const request: ThreadRequest = { id, question, options: { ...askOptions, suppressed: [...(askOptions.suppressed ?? [])] } };
      return new Promise<AskResult>((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        worker.postMessage(request);
      });
    },
    async close() {
      failAll(new Error("the answer threads were closed"));
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
