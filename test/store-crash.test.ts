import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { openStore } from "../src/store/index.js";
import { GUILD_A, tempDir } from "./fixtures/store-helpers.js";

const FIXTURE = fileURLToPath(new URL("./fixtures/store-burst.ts", import.meta.url));
/**
 * Acknowledged records to wait for before arming the kill, per round. The kill
 * then lands after a random 0-25 ms while the child keeps writing, so it hits
 * arbitrary points of a write (killing right on an acknowledgement would always
 * hit the same point). Several rounds on the same file, reopened after each.
 */
const KILL_AFTER = [150, 400, 250, 600, 100, 300, 500, 200];
const MAX_KILL_DELAY_MS = 25;

interface Acks {
  answers: string[];
  reports: Array<{ id: number; messageId: string }>;
  decisions: Array<{ id: number; key: string }>;
  signal: NodeJS.Signals | null;
}

/** Run the burst child and SIGKILL it shortly after `killAfter` acknowledgement lines have arrived. */
function burstAndKill(path: string, round: number, killAfter: number): Promise<Acks> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", FIXTURE, path, String(round)], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    const acks: Acks = { answers: [], reports: [], decisions: [], signal: null };
    let buffered = "";
    let seen = 0;
    let armed = false;
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.stdout.on("data", (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split("\n");
      buffered = lines.pop() ?? ""; // an incomplete last line was not fully acknowledged
      for (const line of lines) {
        const [kind, a, b] = line.split(" ");
        if (kind === "answer" && a) acks.answers.push(a);
        else if (kind === "report" && a && b) acks.reports.push({ id: Number(a), messageId: b });
        else if (kind === "decision" && a && b) acks.decisions.push({ id: Number(a), key: b });
        else continue;
        seen++;
      }
      if (seen >= killAfter && !armed) {
        armed = true;
        setTimeout(() => child.kill("SIGKILL"), Math.random() * MAX_KILL_DELAY_MS);
      }
    });
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      acks.signal = signal;
      if (signal !== "SIGKILL") reject(new Error(`child exited on its own (code ${code}): ${stderr.slice(0, 500)}`));
      else resolve(acks);
    });
  });
}

describe("store: SIGKILL in the middle of a burst of writes", () => {
  let tmp: ReturnType<typeof tempDir>;
  beforeAll(() => {
    tmp = tempDir();
  });
  afterAll(() => {
    tmp.cleanup();
  });

  it("loses no acknowledged record and leaves a database that opens and passes integrity_check", async () => {
    const path = tmp.db;
    const all: Acks[] = [];
    for (const [round, killAfter] of KILL_AFTER.entries()) {
      const acks = await burstAndKill(path, round + 1, killAfter);
      expect(acks.signal).toBe("SIGKILL");
      expect(acks.answers.length + acks.reports.length + acks.decisions.length).toBeGreaterThanOrEqual(killAfter);
      all.push(acks);

      // Reopen after every kill: it must open (quick_check runs on open) and hold every acknowledged record so far.
      const store = openStore({ path, mustExist: true });
      try {
        expect(store.integrityCheck()).toBe("ok");
        for (const done of all) {
          for (const messageId of done.answers) {
            expect(store.findAnswerByMessage(GUILD_A, messageId)?.messageId, `answer ${messageId}`).toBe(messageId);
          }
          for (const r of done.reports) {
            const report = store.getReport(GUILD_A, r.id);
            expect(report?.entries[0]?.messageId, `report ${r.id}`).toBe(r.messageId);
          }
          const suppressed = store.suppressedKeys(GUILD_A);
          for (const d of done.decisions) expect(suppressed.has(d.key), `decision ${d.id}`).toBe(true);
        }
        const decisionIds = new Set(store.history(GUILD_A, { limit: 25 }).items.map((d) => d.id));
        const lastDecision = all.at(-1)?.decisions.at(-1);
        if (lastDecision) expect(decisionIds.has(lastDecision.id)).toBe(true);
      } finally {
        store.close();
      }
    }
  }, 120_000);
});
