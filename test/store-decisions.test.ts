import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { StoreError, openStore, type AddReportResult, type Store } from "../src/store/index.js";
import { GUILD_A, GUILD_B, MOD, answerInput, fakeClock, sf, tempDir } from "./fixtures/store-helpers.js";

const KEY = "article:0-10";
const MOD2 = sf(2, 6);

function reportId(result: AddReportResult): number {
  if (!("report" in result)) throw new Error(`expected a report, got ${result.status}`);
  return result.report.id;
}

describe("store: decisions and suppression", () => {
  let tmp: ReturnType<typeof tempDir>;
  let path: string;
  let store: Store;
  let clock: ReturnType<typeof fakeClock>;

  beforeEach(() => {
    tmp = tempDir();
    path = tmp.db;
    clock = fakeClock();
    store = openStore({ path, now: clock.now });
    store.recordAnswer(answerInput(sf(1)));
    store.recordAnswer(answerInput(sf(2), { guildId: GUILD_B }));
  });
  afterEach(() => {
    store.close();
    tmp.cleanup();
  });

  it("suppresses and restores a passage, and the suppressed set follows at once", () => {
    expect(store.suppressedKeys(GUILD_A).size).toBe(0); // primes the cache
    const suppressed = store.decide({ guildId: GUILD_A, moderatorId: MOD, action: "suppress", passageKey: KEY, reason: "misattributed" });
    expect(suppressed.status).toBe("done");
    expect([...store.suppressedKeys(GUILD_A)]).toEqual([KEY]);
    expect(store.decide({ guildId: GUILD_A, moderatorId: MOD, action: "suppress", passageKey: KEY, reason: "again" }).status).toBe(
      "already-suppressed",
    );
    clock.advanceMs(60_000);
    const restored = store.decide({ guildId: GUILD_A, moderatorId: MOD2, action: "restore", passageKey: KEY, reason: "was fine" });
    expect(restored.status).toBe("done");
    expect(store.suppressedKeys(GUILD_A).size).toBe(0);
    expect(store.decide({ guildId: GUILD_A, moderatorId: MOD, action: "restore", passageKey: KEY, reason: "x" }).status).toBe(
      "not-suppressed",
    );
  });

  it("records history with who, when and why, newest first, paged", () => {
    store.decide({ guildId: GUILD_A, moderatorId: MOD, action: "suppress", passageKey: KEY, reason: "one" });
    clock.advanceMs(1000);
    store.decide({ guildId: GUILD_A, moderatorId: MOD2, action: "restore", passageKey: KEY, reason: "two" });
    clock.advanceMs(1000);
    store.decide({ guildId: GUILD_A, moderatorId: MOD, action: "suppress", passageKey: "article:20-42", reason: "three", kind: "attribution" });
    const page = store.history(GUILD_A, { limit: 2 });
    expect(page.total).toBe(3);
    expect(page.items.map((d) => [d.action, d.moderatorId, d.reason])).toEqual([
      ["suppress", MOD, "three"],
      ["restore", MOD2, "two"],
    ]);
    expect(page.items[0]?.kind).toBe("attribution");
    expect(page.items[0]?.createdAt).toBe("2025-01-01T00:00:02.000Z");
    expect(store.history(GUILD_A, { offset: 2, limit: 2 }).items.map((d) => d.reason)).toEqual(["one"]);
  });

  it("suppressing a reported passage closes its open report; uphold dismisses one", () => {
    const r1 = reportId(store.addReport({ guildId: GUILD_A, messageId: sf(1), passageKey: KEY, reporterId: sf(1, 8) }));
    const r2 = reportId(store.addReport({ guildId: GUILD_A, messageId: sf(1), passageKey: "article:20-42", reporterId: sf(1, 8) }));
    const s = store.decide({ guildId: GUILD_A, moderatorId: MOD, action: "suppress", passageKey: KEY, reason: "bad" });
    expect(s).toMatchObject({ status: "done", closedReportId: r1, decision: { reportId: r1 } });
    const u = store.decide({ guildId: GUILD_A, moderatorId: MOD, action: "uphold", reportId: r2, reason: "accurate" });
    expect(u).toMatchObject({ status: "done", closedReportId: r2, decision: { action: "uphold", passageKey: "article:20-42" } });
    expect(store.listOpenReports(GUILD_A).total).toBe(0);
    expect(store.getReport(GUILD_A, r1)).toMatchObject({ status: "suppressed", closedAt: expect.any(String) });
    expect(store.getReport(GUILD_A, r2)?.status).toBe("upheld");
    expect(store.suppressedKeys(GUILD_A).has("article:20-42")).toBe(false);
  });

  it("acts on a report id once: a second click gets report-closed", () => {
    const r = reportId(store.addReport({ guildId: GUILD_A, messageId: sf(1), passageKey: KEY, reporterId: sf(1, 8) }));
    expect(store.decide({ guildId: GUILD_A, moderatorId: MOD, action: "suppress", reportId: r, reason: "x" }).status).toBe("done");
    expect(store.decide({ guildId: GUILD_A, moderatorId: MOD2, action: "uphold", reportId: r, reason: "y" })).toEqual({
      status: "report-closed",
      reportId: r,
    });
    expect(store.history(GUILD_A).total).toBe(1);
  });

  it("answers no-open-report and unknown-report without recording a decision", () => {
    expect(store.decide({ guildId: GUILD_A, moderatorId: MOD, action: "uphold", passageKey: KEY, reason: "x" }).status).toBe(
      "no-open-report",
    );
    expect(store.decide({ guildId: GUILD_A, moderatorId: MOD, action: "uphold", reportId: 42, reason: "x" }).status).toBe("unknown-report");
    expect(store.history(GUILD_A).total).toBe(0);
  });

  it("requires a reason of 1-500 characters and exactly one target", () => {
    expect(() => store.decide({ guildId: GUILD_A, moderatorId: MOD, action: "suppress", passageKey: KEY, reason: "   " })).toThrow(
      /reason is required/,
    );
    expect(() =>
      store.decide({ guildId: GUILD_A, moderatorId: MOD, action: "suppress", passageKey: KEY, reason: "x".repeat(501) }),
    ).toThrow(/longer than 500/);
    expect(() => store.decide({ guildId: GUILD_A, moderatorId: MOD, action: "suppress", reason: "x" })).toThrow(/exactly one/);
    expect(() => store.decide({ guildId: GUILD_A, moderatorId: MOD, action: "suppress", passageKey: "nope", reason: "x" })).toThrow(
      StoreError,
    );
    expect(store.suppressedKeys(GUILD_A).size).toBe(0);
  });

  it("keeps suppression, reports and history per server", () => {
    const rA = reportId(store.addReport({ guildId: GUILD_A, messageId: sf(1), passageKey: KEY, reporterId: sf(1, 8) }));
    store.decide({ guildId: GUILD_A, moderatorId: MOD, action: "suppress", passageKey: KEY, reason: "A only" });
    expect(store.suppressedKeys(GUILD_A).has(KEY)).toBe(true);
    expect(store.suppressedKeys(GUILD_B).has(KEY)).toBe(false);
    expect(store.history(GUILD_B).total).toBe(0);
    // Server B cannot act on server A's report by id.
    expect(store.decide({ guildId: GUILD_B, moderatorId: MOD, action: "uphold", reportId: rA, reason: "x" }).status).toBe("unknown-report");
    // And B can still report the passage A suppressed.
    expect(store.addReport({ guildId: GUILD_B, messageId: sf(2), passageKey: KEY, reporterId: sf(1, 8) }).status).toBe("created");
  });

  it("suppression survives close and reopen", () => {
    store.decide({ guildId: GUILD_A, moderatorId: MOD, action: "suppress", passageKey: KEY, reason: "persist" });
    store.close();
    store = openStore({ path, now: clock.now });
    expect([...store.suppressedKeys(GUILD_A)]).toEqual([KEY]);
    expect(store.history(GUILD_A).items[0]?.reason).toBe("persist");
  });

  it("returns the suppressed set quickly from memory", () => {
    for (let i = 0; i < 500; i++) {
      store.decide({ guildId: GUILD_A, moderatorId: MOD, action: "suppress", passageKey: `a${i}:0-5`, reason: "bulk" });
    }
    const first = store.suppressedKeys(GUILD_A);
    expect(first.size).toBe(500);
    const started = performance.now();
    for (let i = 0; i < 10_000; i++) store.suppressedKeys(GUILD_A);
    expect(performance.now() - started).toBeLessThan(500);
    expect(store.suppressedKeys(GUILD_A)).toBe(first); // cached, same object until a write
  });
});
