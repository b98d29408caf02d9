/**
 * The body of an encoding worker thread (started by encoderWorker.ts): loads
 * the model once, then encodes requests one at a time, in arrival order.
 * Corpus sentences come back packed (int8, see packed.ts) so a transfer is
 * a quarter of the float size; questions come back as float32.
 */
import { type MessagePort, parentPort } from "node:worker_threads";
import { loadEncoder } from "./encoder.js";
import { packVectors } from "./packed.js";
import type { EncodeReply, EncodeRequest } from "./encoderWorker.js";

function ownPort(): MessagePort {
  if (!parentPort) throw new Error("encodeThread.ts runs only as a worker thread");
  return parentPort;
}
const port = ownPort();

const encoder = loadEncoder();
let queue: Promise<void> = Promise.resolve();

encoder.then(
  (e) => port.postMessage({ kind: "ready", modelId: e.modelId } satisfies EncodeReply),
  (e: unknown) => port.postMessage({ kind: "failed", reason: e instanceof Error ? e.message : String(e) } satisfies EncodeReply),
);

async function handle(request: EncodeRequest): Promise<void> {
  try {
    const vectors = await (await encoder).encode(request.texts);
    if (request.packed) {
      const { count, codes, factors } = packVectors(vectors);
      port.postMessage({ kind: "packed", id: request.id, count, codes, factors } satisfies EncodeReply, [codes.buffer as ArrayBuffer, factors.buffer as ArrayBuffer]);
    } else {
      const flat = new Float32Array(vectors.length * (vectors[0]?.length ?? 0));
      vectors.forEach((v, i) => flat.set(v, i * v.length));
      port.postMessage({ kind: "floats", id: request.id, count: vectors.length, flat } satisfies EncodeReply, [flat.buffer as ArrayBuffer]);
    }
  } catch (e) {
    port.postMessage({ kind: "error", id: request.id, reason: e instanceof Error ? e.message : String(e) } satisfies EncodeReply);
  }
}

port.on("message", (request: EncodeRequest) => {
  queue = queue.then(() => handle(request));
});
