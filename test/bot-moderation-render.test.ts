/**
 * Moderation's Discord views at their worst: the most reporters with the
 * longest reasons, a question and a quote of thousands of characters full of
 * markdown, ten decisions with 500-character reasons, an answer with more
 * passages than a select holds. Every payload must stay within Discord's
 * limits (checked by the fake's independent rules) and show user text
 * literally.
 */
import { describe, expect, test } from "vitest";
import { fitLines, joinWithin } from "../src/bot/moderation/fit-lines.js";
import { decisionForm, reportForm } from "../src/bot/moderation/forms.js";
import type { PassageLookup } from "../src/bot/moderation/passages.js";
import { renderHistory, renderQueue } from "../src/bot/moderation/render-lists.js";
import { renderModlogEntry } from "../src/bot/moderation/render-modlog.js";
import { toDiscordModal, toDiscordPayload } from "../src/bot/render/index.js";
import { passageHash } from "../src/moderation/index.js";
import type { DecisionRecord, PassageRecord, ReportRecord } from "../src/store/index.js";
import { limitViolations, modalViolations } from "./fake-discord/limits.js";

const GUILD = "100000000000000001";
const HOSTILE = "**bold** @everyone <@123456789012345678> [link](http://evil.example) ||spoiler|| `code` > quote";
const long = (n: number) => Array.from({ length: n }, (_, i) => `${HOSTILE} ${i}`).join(" ").slice(0, n);

function passage(i: number): PassageRecord {
  return { key: `article-${i}:${i * 100}-${i * 100 + 90}`, kind: "passage", articleId: `article-${i}`, start: i * 100, end: i * 100 + 90, textHash: passageHash(`text ${i}`) };
}

function report(entries: number): ReportRecord {
  return {
    id: 7,
    guildId: GUILD,
    passage: passage(1),
    status: "open",
    count: entries,
    entries: Array.from({ length: entries }, (_, i) => ({
      userId: `4000000000000000${String(i).padStart(2, "0")}`,
      reason: long(500),
      messageId: "500000000000000001",
      channelId: "300000000000000003",
      createdAt: "2025-01-01T00:00:00.000Z",
    })),
    answer: { messageId: "500000000000000001", channelId: "300000000000000003", question: long(2000), createdAt: "2025-01-01T00:00:00.000Z" },
    createdAt: "2025-01-01T00:00:00.000Z",
    closedAt: null,
    closedByDecisionId: null,
    modlogMessageId: null,
    modlogChannelId: null,
  };
}

function decision(i: number): DecisionRecord {
  return { id: i, guildId: GUILD, action: "suppress", passageKey: passage(i).key, kind: "passage", moderatorId: "600000000000000006", reason: long(500), reportId: i, createdAt: "2025-01-02T00:00:00.000Z" };
}

const created = (reply: Parameters<typeof toDiscordPayload>[0]) => {
  const p = toDiscordPayload(reply, { delivery: "create" });
  return { content: p.content, embeds: p.embeds, components: p.components, flags: p.flags };
};

describe("the mod-log post", () => {
  test("fits Discord's limits with 40 long reasons, a long question and a 5,000-character quote, decided or not", () => {
    const info = { text: long(5000), headline: long(300), outlet: "Evil ||Times||", published: "2025-01-01", url: "https://example.com/a(b)" };
    for (const decisions of [[], [decision(1)]]) {
      const reply = renderModlogEntry({ report: report(40), info, decisions });
      expect(limitViolations(created(reply))).toEqual([]);
      const embed = reply.embeds![0]!;
      // User text is escaped: no ping, no link, no formatting survives.
      const reasons = embed.fields!.find((f) => f.name === "40 reports")!.value;
      expect(reasons).toMatch(/^<@400000000000000000>: \\\*\\\*bold\\\*\\\* \\@everyone \\<\\@123456789012345678\\>/);
      expect(reasons).toMatch(/\n…and \d+ more$/);
      expect(embed.description).toMatch(/^> \\\*\\\*bold/);
      // Cut at a word, marked; the hash of a synthetic text never matches, hence the warning.
      expect(embed.description).toMatch(/\S…\n\n⚠️ The article text at these offsets has changed since it was quoted\.$/);
    }
  });

  test("a closed report shows where its passage stands now: the latest decision decides title, colour and buttons", () => {
    const closed: ReportRecord = { ...report(2), status: "suppressed", closedAt: "2025-01-02T00:00:00.000Z", closedByDecisionId: 1 };
    const restore: DecisionRecord = { ...decision(2), action: "restore", reason: "Reviewed again: fair quote." };
    const suppressed = renderModlogEntry({ report: closed, info: {}, decisions: [decision(1)] }).embeds![0]!;
    const restored = renderModlogEntry({ report: closed, info: {}, decisions: [decision(1), restore] });
    const embed = restored.embeds![0]!;
    expect(suppressed.title).toBe("Citation report #7 · 2 reports · suppressed");
    expect(embed.title).toBe("Citation report #7 · 2 reports · restored");
    expect(embed.color).not.toBe(suppressed.color);
    expect(restored.buttons).toEqual([]);
    const lines = embed.fields!.find((f) => f.name === "Decisions")!.value.split("\n");
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^Suppressed by <@600000000000000006> <t:\d+:f>: \\\*\\\*bold/);
    expect(lines[1]).toMatch(/^Restored by <@600000000000000006> <t:\d+:f>: Reviewed again: fair quote\.$/);
    // Without decisions (an older caller), a closed report still says its own outcome.
    expect(renderModlogEntry({ report: closed, info: {} }).embeds![0]!.title).toBe("Citation report #7 · 2 reports · suppressed");
  });

  test("a passage suppressed and restored many times keeps the latest decisions within the field, and says how many are left out", () => {
    const closed: ReportRecord = { ...report(40), status: "suppressed", closedAt: "2025-01-02T00:00:00.000Z", closedByDecisionId: 1 };
    const flips = Array.from({ length: 12 }, (_, i): DecisionRecord => ({ ...decision(i + 1), action: i % 2 === 0 ? "suppress" : "restore" }));
    const reply = renderModlogEntry({ report: closed, info: { text: long(5000) }, decisions: flips });
    expect(limitViolations(created(reply))).toEqual([]);
    const embed = reply.embeds![0]!;
    expect(embed.title).toBe("Citation report #7 · 40 reports · restored");
    const lines = embed.fields!.find((f) => f.name === "Decisions")!.value.split("\n");
    expect(lines[0]).toMatch(/^…\d+ earlier \(see \/review history\)$/);
    expect(Number(/\d+/.exec(lines[0]!)![0]) + lines.length - 1).toBe(12);
    expect(lines.at(-1)).toMatch(/^Restored by /);
  });

  test("says when the article text at the offsets no longer matches what was quoted", () => {
    const reply = renderModlogEntry({ report: report(1), info: { text: "different text now" } });
    expect(reply.embeds![0]!.description).toContain("⚠️ The article text at these offsets has changed since it was quoted.");
    const same = renderModlogEntry({ report: { ...report(1), passage: { ...passage(1), textHash: passageHash("text now") } }, info: { text: "text now" } });
    expect(same.embeds![0]!.description).toBe("> text now");
  });
});

describe("lists", () => {
  test("ten decisions with 500-character reasons fit one embed, each line shortened, none dropped", () => {
    const reply = renderHistory({ items: Array.from({ length: 10 }, (_, i) => decision(i + 1)), total: 23, offset: 0, limit: 10 });
    expect(limitViolations(created(reply))).toEqual([]);
    const lines = reply.embeds![0]!.description!.split("\n");
    expect(lines).toHaveLength(10);
    for (const line of lines) expect(line).toMatch(/^\*\*Suppressed\*\* `article-\d+:\d+-\d+` \(report #\d+\) by <@600000000000000006> <t:\d+:f>: \\\*\\\*bold/);
    expect(reply.embeds![0]!.footer?.text).toBe("Page 1 of 3 · /review history page:2 for more");
  });

  test("the queue shows each report's key, count, age and answer link; an empty page says so", () => {
    const reply = renderQueue({ items: [report(3)], total: 1, offset: 0, limit: 10 });
    expect(reply.embeds![0]!.description).toMatch(/^\*\*#7\*\* · `article-1:100-190` · 3 reports · since <t:\d+:R> · \[answer\]\(https:\/\/discord\.com\/channels\/100000000000000001\/300000000000000003\/500000000000000001\)$/);
    expect(renderQueue({ items: [], total: 0, offset: 0, limit: 10 }).embeds![0]!.description).toBe("No open reports.");
  });

  test("fitLines keeps every line and shares the budget; joinWithin keeps whole lines and counts the rest", () => {
    const lines = ["short", "x ".repeat(300).trim(), "y ".repeat(300).trim()];
    const fitted = fitLines(lines, 200);
    expect(fitted.length).toBeLessThanOrEqual(200);
    expect(fitted.split("\n")).toHaveLength(3);
    expect(fitted.split("\n")[0]).toBe("short");
    expect(joinWithin(["one", "two", "three four five six"], 20)).toBe("one\ntwo\n…and 1 more");
    expect(joinWithin(["one", "two"], 20)).toBe("one\ntwo");
  });
});

describe("forms", () => {
  const lookup: PassageLookup = {
    find: () => undefined,
    info: (p) => ({ text: `${long(400)} ${p.start}`, outlet: "An Outlet With A Very Long Name Indeed, Distributed By Another Agency" }),
  };

  test("the report form offers the latest 25 passages, numbered as in the answer, within the modal limits", () => {
    const candidates = Array.from({ length: 30 }, (_, i) => ({ passage: passage(i + 1), number: i + 1 }));
    const form = toDiscordModal(reportForm("500000000000000001", candidates, lookup));
    expect(modalViolations(form)).toEqual([]);
    const select = (form.components[0] as { component: { options: Array<{ label: string; value: string; default?: boolean }> } }).component;
    expect(select.options).toHaveLength(25);
    expect(select.options[0]!.label).toMatch(/^6\. An Outlet/);
    expect(select.options.map((o) => o.value)).toEqual(candidates.slice(5).map((c) => c.passage.key));
    expect(select.options.some((o) => o.default)).toBe(false);
  });

  test("a single passage is preselected; the decision form requires a reason", () => {
    const one = toDiscordModal(reportForm("500000000000000001", [{ passage: passage(1), number: 2 }], lookup));
    expect((one.components[0] as { component: { options: Array<{ default?: boolean }> } }).component.options[0]!.default).toBe(true);
    const decide = toDiscordModal(decisionForm("suppress", report(1)));
    expect(modalViolations(decide)).toEqual([]);
    expect(decide).toMatchObject({ custom_id: "cbm:decide-modal:suppress:7", title: "Suppress passage (report #7)" });
    expect((decide.components[0] as { component: unknown }).component).toMatchObject({ custom_id: "reason", required: true, min_length: 1, max_length: 500 });
  });
});
