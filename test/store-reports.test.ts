import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { StoreError, openStore, type AddReportResult, type Store } from "../src/store/index.js";
import { CHANNEL, GUILD_A, GUILD_B, MOD, answerInput, fakeClock, sf, tempDir } from "./fixtures/store-helpers.js";

const KEY = "article:0-10";

function reportOf(result: AddReportResult) {
  if (!("report" in result)) throw new Error(`expected a report, got ${result.status}`);
  return result.report;
}

describe("store: reports", () => {
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
    store.recordAnswer(answerInput(sf(2)));
  });
  afterEach(() => {
    store.close();
    tmp.cleanup();
  });

  it("creates a report, merges repeat reports of the same passage and counts them", () => {
    const first = store.addReport({ guildId: GUILD_A, messageId: sf(1), passageKey: KEY, reporterId: sf(101, 8), reason: "  misquoted  " });
    expect(first.status).toBe("created");
    clock.advanceMs(1000);
    // From another answer message that cited the same passage: still the same report.
    const second = store.addReport({ guildId: GUILD_A, messageId: sf(2), passageKey: KEY, reporterId: sf(102, 8) });
    expect(second.status).toBe("merged");
    const report = reportOf(second);
    expect(report.id).toBe(reportOf(first).id);
    expect(report.count).toBe(2);
    expect(report.status).toBe("open");
    expect(report.entries.map((e) => [e.userId, e.reason, e.messageId])).toEqual([
      [sf(101, 8), "misquoted", sf(1)],
      [sf(102, 8), null, sf(2)],
    ]);
    expect(report.answer).toMatchObject({ messageId: sf(1), channelId: CHANNEL, question: "Who won the election?" });
    expect(report.passage).toMatchObject({ key: KEY, articleId: "article", start: 0, end: 10 });
  });

  it("refuses a second report of the same passage by the same user and changes nothing", () => {
    store.addReport({ guildId: GUILD_A, messageId: sf(1), passageKey: KEY, reporterId: sf(101, 8), reason: "first" });
    const again = store.addReport({ guildId: GUILD_A, messageId: sf(2), passageKey: KEY, reporterId: sf(101, 8), reason: "second" });
    expect(again.status).toBe("duplicate");
    expect(reportOf(again).count).toBe(1);
    expect(reportOf(again).entries[0]?.reason).toBe("first");
    expect(store.listOpenReports(GUILD_A).total).toBe(1);
  });

  it("keeps different passages as different reports", () => {
    store.addReport({ guildId: GUILD_A, messageId: sf(1), passageKey: KEY, reporterId: sf(101, 8) });
    const other = store.addReport({ guildId: GUILD_A, messageId: sf(1), passageKey: "article:20-42", reporterId: sf(101, 8) });
    expect(other.status).toBe("created");
    expect(store.listOpenReports(GUILD_A).total).toBe(2);
  });

  it("answers unknown-answer and unknown-passage without storing anything", () => {
    expect(store.addReport({ guildId: GUILD_A, messageId: sf(99), passageKey: KEY, reporterId: sf(101, 8) }).status).toBe("unknown-answer");
    expect(store.addReport({ guildId: GUILD_B, messageId: sf(1), passageKey: KEY, reporterId: sf(101, 8) }).status).toBe("unknown-answer");
    expect(store.addReport({ guildId: GUILD_A, messageId: sf(1), passageKey: "article:0-11", reporterId: sf(101, 8) }).status).toBe(
      "unknown-passage",
    );
    expect(store.listOpenReports(GUILD_A).total).toBe(0);
  });

  it("validates reasons (at most 500 characters) and ids", () => {
    const ok = store.addReport({ guildId: GUILD_A, messageId: sf(1), passageKey: KEY, reporterId: sf(101, 8), reason: "r".repeat(500) });
    expect(ok.status).toBe("created");
    expect(() =>
      store.addReport({ guildId: GUILD_A, messageId: sf(1), passageKey: KEY, reporterId: sf(102, 8), reason: "r".repeat(501) }),
    ).toThrow(/longer than 500/);
    expect(() => store.addReport({ guildId: GUILD_A, messageId: sf(1), passageKey: "Article:0-10", reporterId: sf(102, 8) })).toThrow(
      StoreError,
    );
    expect(() => store.addReport({ guildId: GUILD_A, messageId: sf(1), passageKey: "article:10-5", reporterId: sf(102, 8) })).toThrow(
      /start must be below end/,
    );
    expect(() => store.addReport({ guildId: GUILD_A, messageId: sf(1), passageKey: KEY, reporterId: "1' OR 1=1 --" })).toThrow(/reporterId/);
    expect(store.getReport(GUILD_A, reportOf(ok).id)?.count).toBe(1);
  });

  it("lists open reports oldest first, paged", () => {
    for (let i = 0; i < 5; i++) {
      store.recordAnswer(
        answerInput(sf(10 + i), { passages: [{ articleId: `a${i}`, start: 0, end: 5, textHash: "0".repeat(64) }] }),
      );
    }
    for (const i of [3, 0, 4, 1, 2]) {
      clock.advanceMs(1000);
      store.addReport({ guildId: GUILD_A, messageId: sf(10 + i), passageKey: `a${i}:0-5`, reporterId: sf(101, 8) });
    }
    const page1 = store.listOpenReports(GUILD_A, { offset: 0, limit: 2 });
    const page2 = store.listOpenReports(GUILD_A, { offset: 2, limit: 2 });
    const page3 = store.listOpenReports(GUILD_A, { offset: 4, limit: 2 });
    expect(page1.total).toBe(5);
    expect([...page1.items, ...page2.items, ...page3.items].map((r) => r.passage.key)).toEqual([
      "a3:0-5",
      "a0:0-5",
      "a4:0-5",
      "a1:0-5",
      "a2:0-5",
    ]);
    expect(page3.items).toHaveLength(1);
    expect(() => store.listOpenReports(GUILD_A, { limit: 26 })).toThrow(StoreError);
    expect(store.listOpenReports(GUILD_A).limit).toBe(10);
  });

  it("does not open a report on a passage already suppressed in that server", () => {
    store.decide({ guildId: GUILD_A, moderatorId: MOD, action: "suppress", passageKey: KEY, reason: "wrong" });
    expect(store.addReport({ guildId: GUILD_A, messageId: sf(1), passageKey: KEY, reporterId: sf(101, 8) }).status).toBe(
      "already-suppressed",
    );
  });

  it("lets a user report again after the previous report was decided", () => {
    const first = reportOf(store.addReport({ guildId: GUILD_A, messageId: sf(1), passageKey: KEY, reporterId: sf(101, 8) }));
    store.decide({ guildId: GUILD_A, moderatorId: MOD, action: "uphold", reportId: first.id, reason: "citation is right" });
    const again = store.addReport({ guildId: GUILD_A, messageId: sf(1), passageKey: KEY, reporterId: sf(101, 8) });
    expect(again.status).toBe("created");
    expect(reportOf(again).id).not.toBe(first.id);
  });

  it("keeps reports per server", () => {
    store.recordAnswer(answerInput(sf(3), { guildId: GUILD_B }));
    store.addReport({ guildId: GUILD_A, messageId: sf(1), passageKey: KEY, reporterId: sf(101, 8) });
    const b = store.addReport({ guildId: GUILD_B, messageId: sf(3), passageKey: KEY, reporterId: sf(101, 8) });
    expect(b.status).toBe("created");
    expect(store.listOpenReports(GUILD_A).items.map((r) => r.guildId)).toEqual([GUILD_A]);
    expect(store.listOpenReports(GUILD_B).items.map((r) => r.guildId)).toEqual([GUILD_B]);
    expect(store.getReport(GUILD_A, reportOf(b).id)).toBeUndefined();
  });

  it("stores the mod-log message of a report and its channel, only within its server", () => {
    const r = reportOf(store.addReport({ guildId: GUILD_A, messageId: sf(1), passageKey: KEY, reporterId: sf(101, 8) }));
    expect(r).toMatchObject({ modlogMessageId: null, modlogChannelId: null });
    expect(store.setModlogMessage(GUILD_B, r.id, sf(500), sf(600))).toBe(false);
    expect(store.setModlogMessage(GUILD_A, r.id, sf(500), sf(600))).toBe(true);
    expect(store.getReport(GUILD_A, r.id)).toMatchObject({ modlogMessageId: sf(500), modlogChannelId: sf(600) });
    expect(() => store.setModlogMessage(GUILD_A, r.id, sf(501), "#mod-log")).toThrow(/invalid channel id/);
    expect(store.getReport(GUILD_A, r.id)).toMatchObject({ modlogMessageId: sf(500), modlogChannelId: sf(600) });
  });

  it("keeps reports across close and reopen", () => {
    store.addReport({ guildId: GUILD_A, messageId: sf(1), passageKey: KEY, reporterId: sf(101, 8), reason: "why" });
    store.close();
    store = openStore({ path, now: clock.now });
    const [report] = store.listOpenReports(GUILD_A).items;
    expect(report?.entries[0]?.reason).toBe("why");
    expect(store.addReport({ guildId: GUILD_A, messageId: sf(1), passageKey: KEY, reporterId: sf(101, 8) }).status).toBe("duplicate");
  });
});
