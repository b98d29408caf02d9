/**
 * An encoder in a worker thread, so encoding never blocks the thread that
 * answers. Requests are answered in order; if the thread dies, every pending
 * and later request rejects with the reason.
 */
import type { Worker } from "node:worker_threads";
import type { Encoder } from "./encoder.js";
import { DIMENSIONS } from "./modelInfo.js";
import type { PackedVectors } from "./packed.js";
import { startSiblingWorker } from "./workerThread.js";

export interface EncodeRequest {
  id: number;
  texts: readonly string[];
  /** Reply int8-packed (corpus sentences) rather than float32 (questions). */
  packed: boolean;
}

export type EncodeReply =
  | { kind: "ready"; modelId: string }
  | { kind: "failed"; reason: string }
  | { kind: "packed"; id: number; count: number; codes: Int8Array; factors: Float32Array }
  | { kind: "floats"; id: number; count: number; flat: Float32Array }
  | { kind: "error"; id: number; reason: string };

interface Pending {
  resolve(reply: EncodeReply): void;
  reject(error: Error): void;
}

export class EncoderWorker implements Encoder {
  private nextId = 0;
  private readonly pending = new Map<number, Pending>();
  private dead: Error | undefined;

  private constructor(
    private readonly worker: Worker,
    readonly modelId: string,
  ) {
    worker.on("message", (reply: EncodeReply) => {
      if (!("id" in reply)) return;
      const p = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      p?.resolve(reply);
    });
    worker.on("error", (e) => this.die(`the encoding thread failed: ${e.message}`));
    worker.on("exit", (code) => this.die(`the encoding thread exited (code ${code})`));
  }

  /**
   * Start the thread and wait for its model. `holdProcess: false` (the
   * default) lets the process exit while the thread is still working: a
   * background fill must not keep a finished command alive.
   */
  static async start(options: { holdProcess?: boolean } = {}): Promise<EncoderWorker> {
    const worker = startSiblingWorker("encodeThread");
    let onMessage: (reply: EncodeReply) => void = () => undefined;
    let onError: (e: Error) => void = () => undefined;
    let onExit: (code: number) => void = () => undefined;
    const first = await new Promise<EncodeReply>((resolve, reject) => {
      onMessage = resolve;
      onError = reject;
      onExit = (code) => reject(new Error(`the encoding thread exited (code ${code}) before its model loaded`));
      worker.on("message", onMessage).on("error", onError).on("exit", onExit);
    })
      .catch((e: unknown) => {
        void worker.terminate();
        throw new Error(`sentence encoder: ${e instanceof Error ? e.message : String(e)}`);
      })
      .finally(() => worker.off("message", onMessage).off("error", onError).off("exit", onExit));
    if (first.kind !== "ready") {
      void worker.terminate();
      throw new Error(`sentence encoder: ${first.kind === "failed" ? first.reason : "unexpected first message from the encoding thread"}`);
    }
    const encoder = new EncoderWorker(worker, first.modelId);
    if (!options.holdProcess) worker.unref();
    return encoder;
  }

  /** False once the thread has died or been closed. */
  get alive(): boolean {
    return this.dead === undefined;
  }

  private die(reason: string): void {
    this.dead ??= new Error(reason);
    for (const p of this.pending.values()) p.reject(this.dead);
    this.pending.clear();
  }

  private request(texts: readonly string[], packed: boolean): Promise<EncodeReply> {
    if (this.dead) return Promise.reject(this.dead);
    const id = this.nextId++;
    return new Promise<EncodeReply>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ id, texts, packed } satisfies EncodeRequest);
    }).then((reply) => {
      if (reply.kind === "error") throw new Error(`sentence encoder: ${reply.reason}`);
      return reply;
    });
  }

  /** Unit float32 vectors, as `Encoder.encode` (for questions). */
  async encode(texts: readonly string[]): Promise<Float32Array[]> {
    const reply = await this.request(texts, false);
    if (reply.kind !== "floats") throw new Error("sentence encoder: unexpected reply");
    return Array.from({ length: reply.count }, (_, i) => reply.flat.subarray(i * DIMENSIONS, (i + 1) * DIMENSIONS));
  }

  /** Int8-packed vectors for storage (for corpus sentences). */
  async encodePacked(texts: readonly string[]): Promise<PackedVectors> {
    const reply = await this.request(texts, true);
    if (reply.kind !== "packed") throw new Error("sentence encoder: unexpected reply");
    return { count: reply.count, codes: reply.codes, factors: reply.factors };
  }

  /** Stop the thread; pending requests reject. */
  async close(): Promise<void> {
    this.die("the encoding thread was closed");
    await this.worker.terminate();
  }
}
