/**
 * What the store keeps so a report's mod-log post can be brought up to date:
 * where the post is, which report a decision's post is, and which decisions
 * each post shows (its closing decision, a later restore, and nothing that
 * belongs to a newer report of the same passage).
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openStore, type AddReportResult, type DecideResult, type Store } from "../src/store/index.js";
import { GUILD_A, GUILD_B, MOD, answerInput, fakeClock, sf, tempDir } from "./fixtures/store-helpers.js";

const KEY = "article:0-10";

function reportId(result: AddReportResult): number {
  if (!("report" in result)) throw new Error(`expected a report, got ${result.status}`);
  return result.report.id;
}

function done(result: DecideResult): Extract<DecideResult, { status: "done" }> {
  if (result.status !== "done") throw new Error(`expected done, got ${result.status}`);
  return result;
}

describe("store: mod-log posts and the decisions they show", () => {
  let tmp: ReturnType<typeof tempDir>;
  let store: Store;
  let clock: ReturnType<typeof fakeClock>;

  beforeEach(() => {
    tmp = tempDir();
    clock = fakeClock();
    store = openStore({ path: tmp.db, now: clock.now });
    store.recordAnswer(answerInput(sf(1)));
  });
  afterEach(() => {
    store.close();
    tmp.cleanup();
  });

  const report = (who: number) => reportId(store.addReport({ guildId: GUILD_A, messageId: sf(1), passageKey: KEY, reporterId: sf(who, 8) }));
  const actions = (id: number) => store.decisionsOnReport(GUILD_A, id).map((d) => [d.action, d.reason]);

  it("a decision names the passage's latest report, whose post shows it; a restore by key finds the report its suppression closed", () => {
    const r = report(1);
    expect(actions(r)).toEqual([]);
    clock.advanceMs(1000);
    const suppressed = done(store.decide({ guildId: GUILD_A, moderatorId: MOD, action: "suppress", reportId: r, reason: "cut" }));
    expect(suppressed).toMatchObject({ closedReportId: r, latestReportId: r });
    clock.advanceMs(1000);
    const restored = done(store.decide({ guildId: GUILD_A, moderatorId: MOD, action: "restore", passageKey: KEY, reason: "fine after all" }));
    // Nothing was open to close, but the post that said "suppressed" is still report r's.
    expect(restored).toMatchObject({ closedReportId: null, latestReportId: r, decision: { reportId: null } });
    expect(actions(r)).toEqual([
      ["suppress", "cut"],
      ["restore", "fine after all"],
    ]);
  });

  it("a passage never reported has no post to update", () => {
    const result = done(store.decide({ guildId: GUILD_A, moderatorId: MOD, action: "suppress", passageKey: "article:20-42", reason: "pre-emptive" }));
    expect(result.latestReportId).toBeNull();
  });

  it("once the passage is reported anew, later decisions belong to the new report's post, even within the same millisecond", () => {
    const first = report(1);
    store.decide({ guildId: GUILD_A, moderatorId: MOD, action: "suppress", reportId: first, reason: "one" });
    store.decide({ guildId: GUILD_A, moderatorId: MOD, action: "restore", passageKey: KEY, reason: "two" });
    // Same instant: the restore must have come first, since a suppressed passage cannot be reported.
    const second = report(2);
    const upheld = done(store.decide({ guildId: GUILD_A, moderatorId: MOD, action: "uphold", reportId: second, reason: "three" }));
    expect(upheld.latestReportId).toBe(second);
    clock.advanceMs(1000);
    const again = done(store.decide({ guildId: GUILD_A, moderatorId: MOD, action: "suppress", passageKey: KEY, reason: "four" }));
    expect(again.latestReportId).toBe(second);
    expect(actions(first)).toEqual([
      ["suppress", "one"],
      ["restore", "two"],
    ]);
    expect(actions(second)).toEqual([
      ["uphold", "three"],
      ["suppress", "four"],
    ]);
  });

  it("shows nothing for another server's report, and only this server's decisions on the same key", () => {
    store.recordAnswer(answerInput(sf(2), { guildId: GUILD_B }));
    const a = report(1);
    const b = reportId(store.addReport({ guildId: GUILD_B, messageId: sf(2), passageKey: KEY, reporterId: sf(1, 8) }));
    store.decide({ guildId: GUILD_A, moderatorId: MOD, action: "suppress", reportId: a, reason: "A" });
    store.decide({ guildId: GUILD_B, moderatorId: MOD, action: "uphold", reportId: b, reason: "B" });
    store.decide({ guildId: GUILD_B, moderatorId: MOD, action: "suppress", passageKey: KEY, reason: "B again" });
    expect(actions(a)).toEqual([["suppress", "A"]]);
    expect(store.decisionsOnReport(GUILD_B, a)).toEqual([]);
    expect(store.decisionsOnReport(GUILD_B, b).map((d) => d.reason)).toEqual(["B", "B again"]);
  });

  it("stores the post's channel with its message, and both survive a reopen", () => {
    const r = report(1);
    expect(store.setModlogMessage(GUILD_A, r, sf(500), sf(600))).toBe(true);
    store.close();
    store = openStore({ path: tmp.db, now: clock.now });
    expect(store.getReport(GUILD_A, r)).toMatchObject({ modlogMessageId: sf(500), modlogChannelId: sf(600) });
    expect(store.exportGuild(GUILD_A).reports[0]).toMatchObject({ modlogMessageId: sf(500), modlogChannelId: sf(600) });
  });
});
