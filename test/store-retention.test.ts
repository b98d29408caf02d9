import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openStore, type Store } from "../src/store/index.js";
import { GUILD_A, MOD, answerInput, fakeClock, sf, tempDir } from "./fixtures/store-helpers.js";

describe("store: retention clean-up", () => {
  let tmp: ReturnType<typeof tempDir>;
  let path: string;
  let store: Store;
  let clock: ReturnType<typeof fakeClock>;

  beforeEach(() => {
    tmp = tempDir();
    path = tmp.db;
    clock = fakeClock();
  });
  afterEach(() => {
    store.close();
    tmp.cleanup();
  });

  it("defaults to 30 days", () => {
    store = openStore({ path, now: clock.now });
    expect(store.retentionDays).toBe(30);
    store.recordAnswer(answerInput(sf(1)));
    clock.advanceDays(29.9);
    expect(store.purgeExpired()).toMatchObject({ answersDeleted: 0, questionsBlanked: 0 });
    expect(store.findAnswerByMessage(GUILD_A, sf(1))?.question).toBe("Who won the election?");
    clock.advanceDays(0.2);
    expect(store.purgeExpired()).toMatchObject({ answersDeleted: 1, questionsBlanked: 0 });
    expect(store.findAnswerByMessage(GUILD_A, sf(1))).toBeUndefined();
  });

  it("deletes unreported old answers, blanks the question of reported ones and keeps reports and decisions", () => {
    store = openStore({ path, now: clock.now, retentionDays: 7 });
    store.recordAnswer(answerInput(sf(1))); // will be reported
    store.recordAnswer(answerInput(sf(2))); // never reported
    const report = store.addReport({ guildId: GUILD_A, messageId: sf(1), passageKey: "article:0-10", reporterId: sf(9, 8), reason: "why" });
    if (!("report" in report)) throw new Error("no report");
    store.decide({ guildId: GUILD_A, moderatorId: MOD, action: "suppress", reportId: report.report.id, reason: "decided" });
    clock.advanceDays(5);
    store.recordAnswer(answerInput(sf(3))); // recent
    clock.advanceDays(3);

    const result = store.purgeExpired();
    expect(result).toEqual({ answersDeleted: 1, questionsBlanked: 1, cutoff: "2025-01-02T00:00:00.000Z" });

    const kept = store.findAnswerByMessage(GUILD_A, sf(1));
    expect(kept?.question).toBeNull();
    expect(kept?.questionPurgedAt).toBe("2025-01-09T00:00:00.000Z");
    expect(kept?.passages).toHaveLength(2);
    expect(store.findAnswerByMessage(GUILD_A, sf(2))).toBeUndefined();
    expect(store.findAnswerByMessage(GUILD_A, sf(3))?.question).toBe("Who won the election?");

    const after = store.getReport(GUILD_A, report.report.id);
    expect(after).toMatchObject({ status: "suppressed", count: 1 });
    expect(after?.answer).toMatchObject({ messageId: sf(1), question: null });
    expect(after?.entries[0]).toMatchObject({ reason: "why", messageId: sf(1) });
    expect(store.history(GUILD_A).items[0]?.reason).toBe("decided");
    expect(store.suppressedKeys(GUILD_A).has("article:0-10")).toBe(true);

    // Idempotent, and the blanked question stays blank after a restart.
    expect(store.purgeExpired()).toMatchObject({ answersDeleted: 0, questionsBlanked: 0 });
    store.close();
    store = openStore({ path, now: clock.now, retentionDays: 7 });
    expect(store.findAnswerByMessage(GUILD_A, sf(1))?.question).toBeNull();
    expect(store.integrityCheck()).toBe("ok");
  });

  it("rejects a nonsensical retention period", () => {
    expect(() => openStore({ path, retentionDays: 0 })).toThrow(/retentionDays/);
    expect(() => openStore({ path, retentionDays: 1.5 })).toThrow(/retentionDays/);
    store = openStore({ path, retentionDays: 1 });
  });
});
