/**
 * Running citebot's entry scripts as child processes, the way `npm start`,
 * `npm run chat` and `npm run deploy-commands` do, in an empty working
 * directory (so no developer .env is picked up) with only the given env.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "../..");
const TSX = path.join(ROOT, "node_modules/.bin/tsx");
export const CORPUS = path.join(ROOT, "corpus");

export interface Finished {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface Running {
  child: ChildProcess;
  stdout(): string;
  stderr(): string;
  /** Resolves when stderr (or stdout) has matched. */
  waitFor(pattern: RegExp, stream?: "stdout" | "stderr", timeoutMs?: number): Promise<void>;
  done: Promise<Finished>;
}

const running = new Set<ChildProcess>();

/**
 * SIGTERM every launched process still running, and wait: a bot left behind
 * would reconnect to a closed fake forever. Call in afterEach/finally.
 */
export async function stopLaunched(): Promise<void> {
  await Promise.all(
    [...running].map(async (child) => {
      const exited = new Promise((resolve) => child.once("close", resolve));
      child.kill("SIGTERM");
      await exited;
    }),
  );
}

export function launch(script: string, env: Record<string, string>, input?: string): Running {
  const cwd = mkdtempSync(path.join(tmpdir(), "citebot-cwd-"));
  const child = spawn(TSX, [path.join(ROOT, script)], {
    cwd,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? cwd, ...env },
    stdio: ["pipe", "pipe", "pipe"],
  });
  running.add(child);
  child.once("close", () => running.delete(child));
  const out = { stdout: "", stderr: "" };
  const listeners = new Set<() => void>();
  for (const stream of ["stdout", "stderr"] as const) {
    child[stream].setEncoding("utf8");
    child[stream].on("data", (chunk: string) => {
      out[stream] += chunk;
      for (const listener of listeners) listener();
    });
  }
  if (input !== undefined) child.stdin.end(input);
  const done = new Promise<Finished>((resolve) => child.on("close", (code, signal) => resolve({ code, signal, ...out })));
  return {
    child,
    stdout: () => out.stdout,
    stderr: () => out.stderr,
    done,
    waitFor: (pattern, stream = "stderr", timeoutMs = 20_000) =>
      new Promise((resolve, reject) => {
        const check = () => {
          if (!pattern.test(out[stream])) return;
          listeners.delete(check);
          clearTimeout(timer);
          resolve();
        };
        const timer = setTimeout(() => {
          listeners.delete(check);
          reject(new Error(`${pattern} not seen on ${stream}:\n${out[stream]}`));
        }, timeoutMs);
        listeners.add(check);
        check();
      }),
  };
}
