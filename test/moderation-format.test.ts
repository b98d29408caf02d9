import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  decisionAckText,
  formatHistoryPage,
  formatModlogEntry,
  formatQueuePage,
  messageLink,
  parseCustomId,
  passageHash,
  passagesForRecord,
  reportAckText,
} from "../src/moderation/index.js";
import { openStore, type ReportRecord, type Store } from "../src/store/index.js";
import { CHANNEL, GUILD_A, MOD, answerInput, fakeClock, sf, tempDir } from "./fixtures/store-helpers.js";

describe("moderation: passage hash", () => {
  it("is sha256 hex of the exact text", () => {
    expect(passageHash("")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    expect(passageHash("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(passageHash("Kyiv")).not.toBe(passageHash("Kiev"));
    expect(passageHash("café")).not.toBe(passageHash("cafe\u0301")); // no normalisation
  });

  it("turns engine answers into recordAnswer passages", () => {
    const answers = [{ text: "He said so.", citation: { articleId: "a-1", start: 5, end: 16 } }];
    expect(passagesForRecord(answers)).toEqual([
      { articleId: "a-1", start: 5, end: 16, textHash: passageHash("He said so."), kind: "passage" },
    ]);
    expect(passagesForRecord(answers, "attribution")[0]?.kind).toBe("attribution");
  });
});

describe("moderation: views", () => {
  let tmp: ReturnType<typeof tempDir>;
  let store: Store;
  let report: ReportRecord;

  beforeEach(() => {
    tmp = tempDir();
    const clock = fakeClock();
    store = openStore({ path: tmp.db, now: clock.now });
    store.recordAnswer(answerInput(sf(1)));
    store.addReport({ guildId: GUILD_A, messageId: sf(1), passageKey: "article:0-10", reporterId: sf(1, 8), reason: "wrong outlet" });
    clock.advanceMs(1000);
    const r = store.addReport({ guildId: GUILD_A, messageId: sf(1), passageKey: "article:0-10", reporterId: sf(2, 8) });
    if (!("report" in r)) throw new Error("no report");
    report = r.report;
  });
  afterEach(() => {
    store.close();
    tmp.cleanup();
  });

  it("builds the mod-log entry with question, passage, citation, link, count, reasons and buttons", () => {
    const view = formatModlogEntry(report, {
      text: "passage one",
      headline: "Election result",
      outlet: "The Paper",
      published: "2024-12-19T10:00:00Z",
    });
    expect(view.title).toBe(`Citation report #${report.id} · 2 reports`);
    expect(view.count).toBe(2);
    expect(view.question).toBe("Who won the election?");
    expect(view.quote).toBe("passage one");
    expect(view.citation).toBe("Election result — The Paper — 2024-12-19 · passage article:0-10 (characters 0–10)");
    expect(view.textMatches).toBe(true);
    expect(view.messageLink).toBe(`https://discord.com/channels/${GUILD_A}/${CHANNEL}/${sf(1)}`);
    expect(view.reasons).toBe(`<@${sf(1, 8)}>: wrong outlet\n<@${sf(2, 8)}>: (no reason given)`);
    expect(view.buttons.map((b) => parseCustomId(b.customId))).toEqual([
      { kind: "uphold", reportId: report.id },
      { kind: "suppress", reportId: report.id },
    ]);
  });

  it("flags changed article text, missing text and decided reports", () => {
    expect(formatModlogEntry(report, { text: "passage ONE" }).textMatches).toBe(false);
    const bare = formatModlogEntry(report);
    expect(bare.textMatches).toBeNull();
    expect(bare.quote).toBe("(passage text not available)");
    expect(bare.citation).toBe("passage article:0-10 (characters 0–10)");
    store.decide({ guildId: GUILD_A, moderatorId: MOD, action: "uphold", reportId: report.id, reason: "fine" });
    const decided = formatModlogEntry(store.getReport(GUILD_A, report.id) as ReportRecord);
    expect(decided.buttons).toEqual([]);
    expect(decided.title).toContain("upheld");
  });

  it("says where the passage stands now: suppressed by the report's decision, then restored by a later one", () => {
    store.decide({ guildId: GUILD_A, moderatorId: MOD, action: "suppress", reportId: report.id, reason: "cut" });
    const view = () => formatModlogEntry(store.getReport(GUILD_A, report.id) as ReportRecord, {}, store.decisionsOnReport(GUILD_A, report.id));
    expect(view()).toMatchObject({ status: "suppressed", state: "suppressed", title: `Citation report #${report.id} · 2 reports · suppressed`, buttons: [] });
    store.decide({ guildId: GUILD_A, moderatorId: MOD, action: "restore", passageKey: "article:0-10", reason: "fine" });
    expect(view()).toMatchObject({ status: "suppressed", state: "restored", title: `Citation report #${report.id} · 2 reports · restored`, buttons: [] });
  });

  it("keeps long reason lists within Discord's field limit", () => {
    const many: ReportRecord = {
      ...report,
      count: 40,
      entries: Array.from({ length: 40 }, (_, i) => ({
        userId: sf(i, 8),
        reason: "r".repeat(100),
        messageId: sf(1),
        channelId: CHANNEL,
        createdAt: report.createdAt,
      })),
    };
    const reasons = formatModlogEntry(many).reasons;
    expect(reasons.length).toBeLessThanOrEqual(1024);
    expect(reasons).toMatch(/…and \d+ more$/);
  });

  it("pages the queue and history", () => {
    const queue = formatQueuePage(store.listOpenReports(GUILD_A, { limit: 1 }));
    expect(queue).toMatchObject({ page: 1, pages: 1, hasPrevious: false, hasNext: false });
    expect(queue.lines[0]?.text).toContain("article:0-10 · 2 reports");
    expect(queue.lines[0]?.text).toContain(messageLink(GUILD_A, CHANNEL, sf(1)));

    store.decide({ guildId: GUILD_A, moderatorId: MOD, action: "suppress", passageKey: "article:0-10", reason: "misquote" });
    store.decide({ guildId: GUILD_A, moderatorId: MOD, action: "restore", passageKey: "article:0-10", reason: "checked again" });
    const history = formatHistoryPage(store.history(GUILD_A, { limit: 1 }));
    expect(history).toMatchObject({ page: 1, pages: 2, hasPrevious: false, hasNext: true });
    expect(history.lines[0]?.text).toMatch(new RegExp(`^Restored article:0-10 by <@${MOD}> <t:\\d+:f>: checked again$`));
    const page2 = formatHistoryPage(store.history(GUILD_A, { offset: 1, limit: 1 }));
    expect(page2).toMatchObject({ page: 2, hasPrevious: true, hasNext: false });
    expect(page2.lines[0]?.text).toContain(`Suppressed article:0-10 (report #${report.id})`);
    expect(formatQueuePage(store.listOpenReports(GUILD_A)).lines).toEqual([]);
  });

  it("words the private acknowledgements", () => {
    expect(reportAckText(store.addReport({ guildId: GUILD_A, messageId: sf(1), passageKey: "article:0-10", reporterId: sf(1, 8) }))).toMatch(
      /already reported/,
    );
    expect(reportAckText({ status: "unknown-answer" })).toMatch(/not a citebot answer/);
    const done = store.decide({ guildId: GUILD_A, moderatorId: MOD, action: "suppress", reportId: report.id, reason: "x" });
    expect(decisionAckText(done)).toBe(`Suppressed article:0-10; report #${report.id} closed.`);
    expect(decisionAckText({ status: "report-closed", reportId: 3 })).toBe("Report #3 has already been decided.");
  });
});
