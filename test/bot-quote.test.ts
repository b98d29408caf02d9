/**
 * /quote end to end: an unmodified discord.js client against the fake
 * Discord, the real engine over the bundled corpus (and, for hostile text, a
 * small corpus written here). Expected quotes come from the engine's quote
 * index, read independently of the bot; what the bot sent is read back from
 * the REST calls.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from "vitest";
import { ChatSession } from "../src/bot/chat/session.js";
import { createLogger } from "../src/bot/log.js";
import { createRuntime, type AnswerDelivered } from "../src/bot/runtime.js";
import type { IndexedQuote } from "../src/qa/index.js";
import { FLAGS, customIds, description, displayed, labels, sent, type SentMessage } from "./fake-discord/inspect.js";
import { expectCleanTraffic, isAnswer, isCallback } from "./fake-discord/traffic.js";
import { reportButton } from "./fixtures/bot-helpers.js";
import { startHarness, type Harness } from "./fake-discord/harness.js";

const ZELENSKY = "volodymyr-zelensky";
const PUTIN = "vladimir-putin";

const delivered: AnswerDelivered[] = [];
const reported: string[] = [];
/** Passage keys the test hook suppresses in guilds; tests set and clear it. */
let suppressed = new Set<string>();
let h: Harness;

const report = reportButton(reported);

beforeAll(async () => {
  h = await startHarness({
    hooks: {
      suppressed: (guildId) => (guildId === null ? new Set() : suppressed),
      answerButtons: (shown, first) => shown.map((p, i) => ({ customId: `cbm:report:${p.key}`, label: `Report ${first + i}`, style: "danger" })),
      buttons: [report],
      onAnswered: (answer) => void delivered.push(answer),
    },
  });
});

afterAll(async () => {
  await h?.stop();
});

afterEach(() => {
  suppressed = new Set();
  expectCleanTraffic(h.fake);
});


/** The quotes a page shows, as a reader sees them: the text between the quotation marks of each "> " line. */
function shownQuotes(message: SentMessage): string[] {
  return displayed(description(message))
    .split("\n")
    .flatMap((line) => /^> “(.*)”$/.exec(line)?.slice(1) ?? []);
}

/** A speaker's quotes in the index, read directly (not through the bot or findQuotes). */
function indexed(speakerId: string): IndexedQuote[] {
  return h.engine.quotes.quotes.filter((q) => q.speakerId === speakerId);
}

/** Pages announced for one message (announcements of earlier tests may still be arriving). */
function announced(messageId: string): AnswerDelivered[] {
  return delivered.filter((d) => d.messageId === messageId);
}

/** Run /quote and return the message it answered with (the reply itself, or the edit of a slow one's acknowledgement), with the interaction. */
async function quote(options: Record<string, string | boolean>, who = h.fake.person("asker")) {
  const interaction = h.fake.slash(who, "quote", options);
  const answer = await h.fake.waitFor(isAnswer(interaction.token));
  return { who, interaction, message: sent(answer), messageId: h.fake.original(interaction)!.id };
}

describe("/quote", () => {
  test("speaker:Zelensky shows his quotes from every article that has them, both spellings, and no one else's", async () => {
    const { interaction, message } = await quote({ speaker: "Zelensky" });
    // Ready at once, so one request: the callback carries the page (as /ask's quick answers do; a slow lookup is acknowledged first, bot-slow-answer.test.ts).
    expect(h.fake.callsFor(interaction).map((c) => `${c.method} ${c.path.split("/").at(-1)}`)).toEqual(["POST callback"]);
    expect((h.fake.callsFor(interaction)[0]!.body as { type: number; data: { flags?: number } }).type).toBe(4);
    expect(message.allowed_mentions).toEqual({ parse: [] });
    expect(message.embeds?.[0]?.title).toBe("Quotes");

    const his = indexed(ZELENSKY);
    // The corpus spells him both ways, in different articles.
    const articles = new Set(his.map((q) => q.citation.articleId));
    expect(articles.size).toBeGreaterThanOrEqual(2);
    expect(his.some((q) => q.label.includes("Zelenskyy"))).toBe(true);
    expect(his.some((q) => /Zelensky$/.test(q.label))).toBe(true);

    const shown = shownQuotes(message);
    expect(shown.sort()).toEqual([...new Set(his.map((q) => q.text))].sort());
    const text = displayed(description(message));
    expect(text).toContain("Quotes by Volodymyr Zelensky");
    for (const q of his) {
      expect(text).toContain(`*${q.citation.outlet}*`);
      expect(text).toContain(`paragraph ${q.citation.paragraph}`);
    }
    // How each was attributed, for moderators to judge.
    expect(text).toContain("Full quote · named as “Ukrainian President Volodymyr Zelenskyy”");
    expect(text).toContain("Partial quote · named as “Ukrainian President Volodymyr Zelensky”");
    expect(text).toContain("Full quote · resolved from “he”");
    expect(text).toContain("19 December 2024");
    expect(text).toContain("10 January 2025");
    // Nobody else's words.
    const others = h.engine.quotes.quotes.filter((q) => q.speakerId !== ZELENSKY).map((q) => q.text);
    for (const q of shown) expect(others).not.toContain(q);
    expect(message.embeds?.[0]?.footer?.text).toBe(`Quotes 1–${his.length} of ${his.length} · quoted verbatim from the articles · speakers identified automatically`);
    // All on one page: no More quotes; a Context button per quote, then the hook's Report buttons.
    expect(his.length).toBeLessThanOrEqual(5);
    expect(labels(message)).toEqual([his.map((_, i) => `Context ${i + 1}`), his.map((_, i) => `Report ${i + 1}`)]);
  });

  test("speaker:Putin shows only Putin's quotes, and the invoker pages through all of them in place", async () => {
    const { who, interaction, message, messageId } = await quote({ speaker: "Putin" });
    const putin = indexed(PUTIN);
    const expected = h.engine.findQuotes({ speaker: PUTIN, limit: 25 });
    if (expected.speaker === null) throw new Error("Putin should be known");
    expect(expected.total).toBeGreaterThan(10);
    expect(message.embeds?.[0]?.footer?.text).toMatch(new RegExp(`^Quotes 1–5 of ${expected.total} `));
    expect(labels(message)).toEqual([
      ["Context 1", "Context 2", "Context 3", "Context 4", "Context 5"],
      ["More quotes", "Report 1", "Report 2", "Report 3", "Report 4"],
      ["Report 5"],
    ]);
    expect(customIds(message)[5]).toBe(`mq:${interaction.id}:${who.id}:5`);

    const seen = [...shownQuotes(message)];
    let offset = 5;
    while (offset < expected.total) {
      const press = h.fake.press(who, messageId, "More quotes");
      const call = await h.fake.waitFor(isCallback(press.token));
      expect((call.body as { type: number }).type).toBe(7);
      const page = sent(call);
      expect(description(page)).toContain(`**${offset + 1}.** `);
      seen.push(...shownQuotes(page));
      offset += 5;
      const more = customIds(page).filter((id) => id.startsWith("mq:"));
      expect(more).toEqual(offset < expected.total ? [`mq:${interaction.id}:${who.id}:${offset}`] : []);
    }
    // Every quote once (wire copies merged), each one Putin's.
    expect(seen).toHaveLength(expected.total);
    const putinTexts = new Set(putin.map((q) => q.text));
    for (const q of seen) expect(putinTexts.has(q), q).toBe(true);
    const others = new Set(h.engine.quotes.quotes.filter((q) => q.speakerId !== PUTIN).map((q) => q.text));
    for (const q of seen) expect(others.has(q), q).toBe(false);
  });

  test("someone other than the invoker cannot page: a private refusal, the quotes untouched", async () => {
    const { messageId } = await quote({ speaker: "Putin" });
    const before = JSON.stringify(h.fake.messages.get(messageId));
    const press = h.fake.press(h.fake.person("mallory"), messageId, "More quotes");
    const call = await h.fake.waitFor(isCallback(press.token));
    expect(call.body).toMatchObject({ type: 4, data: { content: expect.stringMatching(/^Only the person who asked can page through these quotes/) } });
    expect(sent(call).flags).toBe(FLAGS.Ephemeral | FLAGS.SuppressEmbeds);
    expect(JSON.stringify(h.fake.messages.get(messageId))).toBe(before);
  });

  test("a forged or expired More quotes id is refused without touching anything", async () => {
    const { who, messageId } = await quote({ speaker: "Putin" });
    const forged = h.fake.pressForged(who, messageId, `mq:999:${who.id}:5`);
    const expired = await h.fake.waitFor(isCallback(forged.token));
    expect(sent(expired).content).toBe("These quotes have expired. Run /quote again to see them.");
    for (const id of ["mq:1:2:0", "mq:1:2:99999", "mq:x:2:5", `mq:1:2:5:${"a".repeat(100)}`]) {
      const press = h.fake.pressForged(who, messageId, id);
      const call = await h.fake.waitFor(isCallback(press.token));
      expect(sent(call).content, id).toMatch(/not one citebot understands/);
    }
  });

  test("private:true answers ephemerally", async () => {
    const { interaction } = await quote({ speaker: "Zelensky", private: true });
    const reply = h.fake.callsFor(interaction)[0]!.body as { type: number; data: { flags?: number } };
    expect(reply.type).toBe(4);
    expect((reply.data.flags ?? 0) & FLAGS.Ephemeral).toBe(FLAGS.Ephemeral);
    expect(h.fake.original(interaction)!.flags & FLAGS.Ephemeral).toBe(FLAGS.Ephemeral);
  });

  test("topic and outlet narrow the quotes", async () => {
    const { message } = await quote({ speaker: "Putin", topic: "compromise", outlet: "epoch" });
    const text = displayed(description(message));
    expect(text).toContain("Quotes by Vladimir Putin about “compromise” from outlets matching “epoch”");
    const shown = shownQuotes(message);
    expect(shown.length).toBeGreaterThan(0);
    const epoch = new Set(indexed(PUTIN).filter((q) => q.citation.outlet === "The Epoch Times").map((q) => q.text));
    for (const q of shown) expect(epoch.has(q), q).toBe(true);
    const expected = h.engine.findQuotes({ speaker: PUTIN, topic: "compromise", outlet: "epoch" });
    expect(shown).toEqual(expected.speaker === null ? [] : expected.quotes.map((q) => q.text));
    expect(shown.length).toBeLessThan(indexed(PUTIN).filter((q) => q.citation.outlet === "The Epoch Times").length);
  });

  test("an unknown speaker: a clear reply naming the closest known speakers", async () => {
    const { message } = await quote({ speaker: "Obama" });
    expect(message.embeds?.[0]?.title).toBe("Speaker not found");
    const text = displayed(description(message));
    expect(text).toContain("No speaker called “Obama” in the corpus.");
    const result = h.engine.findQuotes({ speaker: "Obama" });
    if (result.speaker !== null) throw new Error("Obama should be unknown");
    expect(result.closest.length).toBeGreaterThan(0);
    for (const s of result.closest) expect(text).toContain(`• ${s.name} (`);
    expect(message.components ?? []).toEqual([]);
  });

  test("a known speaker with no quotes matching the filters says so, and how many there are without them", async () => {
    const { message } = await quote({ speaker: "Zelensky", topic: "zeppelin" });
    expect(message.embeds?.[0]?.title).toBe("No quotes found");
    const text = displayed(description(message));
    expect(text).toContain("No quotes by Volodymyr Zelensky about “zeppelin”.");
    expect(text).toContain(`there are ${indexed(ZELENSKY).length} quotes`);
  });

  test("an empty speaker is a private one-line input error", async () => {
    const interaction = h.fake.slash(h.fake.person("oscar"), "quote", { speaker: "   " });
    const reply = await h.fake.waitFor(isAnswer(interaction.token));
    expect(sent(reply).content).toMatch(/^The speaker is empty/);
    expect(sent(reply).flags).toBe(FLAGS.Ephemeral | FLAGS.SuppressEmbeds);
    // Nothing was acknowledged in public first: the private line is the reply itself, with nothing to take back.
    expect(h.fake.callsFor(interaction).map((c) => `${c.method} ${c.path.split("/").at(-1)}`)).toEqual(["POST callback"]);
  });
});

describe("autocomplete", () => {
  async function suggest(focused: string, typed: string) {
    const interaction = h.fake.autocomplete(h.fake.person("typist"), "quote", focused, typed);
    const choices = await h.fake.choices(interaction);
    // One callback and nothing else: suggestions are never messages.
    expect(h.fake.callsFor(interaction).map((c) => `${c.method} ${c.path.split("/").at(-1)}`)).toEqual(["POST callback"]);
    return choices;
  }

  test.each([
    ["zelenskyy", ZELENSKY, "Volodymyr Zelensky"],
    ["zelenski", ZELENSKY, "Volodymyr Zelensky"],
    ["puti", PUTIN, "Vladimir Putin"],
  ])("%s suggests %s first", async (typed, id, name) => {
    const choices = await suggest("speaker", typed);
    expect(choices[0]).toEqual({ name: expect.stringMatching(new RegExp(`^${name} \\(\\d+ quotes?\\)$`)), value: id });
  });

  test("nothing typed suggests the most-quoted speakers, within Discord's limits", async () => {
    const choices = await suggest("speaker", "");
    expect(choices.length).toBeGreaterThan(1);
    expect(choices.length).toBeLessThanOrEqual(25);
    expect(choices[0]!.value).toBe(PUTIN);
    const counts = choices.map((c) => Number(/\((\d+) quotes?\)$/.exec(c.name)?.[1]));
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  test("gibberish and overlong input get an answer within the limits, never an error", async () => {
    expect(await suggest("speaker", "qqqqxxxx")).toEqual([]);
    const long = await suggest("speaker", "z".repeat(5000));
    expect(long.length).toBeLessThanOrEqual(25);
  });

  test("outlet suggests the corpus's outlets containing what was typed", async () => {
    expect(await suggest("outlet", "indep")).toEqual([{ name: "The Independent", value: "The Independent" }]);
    expect((await suggest("outlet", "")).map((c) => c.value)).toEqual(h.engine.summary.outlets.slice(0, 25));
  });

  test("the value of a suggestion is accepted by /quote", async () => {
    const [choice] = await suggest("speaker", "zelenskyy");
    const { message } = await quote({ speaker: String(choice!.value) });
    expect(shownQuotes(message).sort()).toEqual([...new Set(indexed(ZELENSKY).map((q) => q.text))].sort());
  });
});

describe("moderation hooks", () => {
  test("a suppressed quote is never shown in that guild, nor offered to the hooks", async () => {
    const [hidden] = indexed(ZELENSKY);
    suppressed = new Set([hidden!.key]);
    const { message, messageId } = await quote({ speaker: "Zelensky" });
    expect(shownQuotes(message)).not.toContain(hidden!.text);
    expect(shownQuotes(message)).toHaveLength(indexed(ZELENSKY).length - 1);
    expect(customIds(message)).not.toContain(`cbm:report:${hidden!.key}`);
    await expect.poll(() => announced(messageId).length).toBe(1);
    expect(announced(messageId)[0]!.shown.map((p) => p.key)).not.toContain(hidden!.key);
  });

  test("a speaker whose every quote is suppressed is said to have none that can be shown, and a speaker never quoted is said to be so", async () => {
    suppressed = new Set(indexed(ZELENSKY).map((q) => q.key));
    const { message } = await quote({ speaker: "Zelensky" });
    expect(message.embeds?.[0]?.title).toBe("No quotes found");
    expect(displayed(description(message))).toBe("None of the quotes by Volodymyr Zelensky can be shown here: this server's moderators have withdrawn them.");
    const never = h.engine.quotes.speakers.find((s) => s.quoteCount === 0)!;
    const { message: none } = await quote({ speaker: never.name });
    expect(displayed(description(none))).toBe(`The corpus has no direct quotes by ${never.name}: the articles mention them without quoting their words.`);
  });

  test("a suppressed wire copy is neither cited nor listed as also in", async () => {
    // A Putin quote carried by several outlets: suppress the cited copy.
    const first = h.engine.findQuotes({ speaker: PUTIN, limit: 25 });
    if (first.speaker === null) throw new Error("Putin should be known");
    const wire = first.quotes.find((q) => q.alsoIn.length > 0)!;
    suppressed = new Set([wire.key]);
    // The suppression covers the quote wherever carried, so the whole quote goes, not just the cited copy.
    const after = h.engine.findQuotes({ speaker: PUTIN, limit: 25, suppressed });
    expect(after.speaker !== null && after.total).toBe(first.total - 1);
    const before = h.fake.calls.length;
    const { who, messageId } = await quote({ speaker: "Putin" });
    let offset = 5;
    while (offset < first.total - 1) {
      const press = h.fake.press(who, messageId, "More quotes");
      await h.fake.waitFor(isCallback(press.token));
      offset += 5;
    }
    await expect.poll(() => announced(messageId).length).toBe(Math.ceil((first.total - 1) / 5));
    const keyOf = (c: { articleId: string; start: number; end: number }) => `${c.articleId}:${c.start}-${c.end}`;
    const everyKey = announced(messageId).flatMap((d) => (d.source === "quote" ? d.shown.flatMap((q) => [q.key, ...q.alsoIn.map(keyOf)]) : []));
    expect(everyKey).not.toContain(wire.key);
    for (const copy of wire.alsoIn) expect(everyKey).not.toContain(keyOf(copy));
    for (const call of h.fake.calls.slice(before)) expect(JSON.stringify(call.body ?? "")).not.toContain(`cbm:report:${wire.key}`);
  });

  test("every page is announced with source quote, the lookup, the speaker and the quotes shown", async () => {
    const { who, messageId } = await quote({ speaker: "Putin", outlet: "LBC" });
    const press = h.fake.press(who, messageId, "More quotes");
    await h.fake.waitFor(isCallback(press.token));
    const pages = [0, 5].map((offset) => {
      const result = h.engine.findQuotes({ speaker: PUTIN, outlet: "LBC", limit: 5, offset });
      return result.speaker === null ? [] : result.quotes.map((q) => q.key);
    });
    expect(pages[1]!.length).toBeGreaterThan(0);
    await expect.poll(() => announced(messageId).length).toBe(2);
    const common = {
      guildId: h.fake.guild.id,
      channelId: h.fake.guild.channelId,
      messageId,
      userId: who.id,
      source: "quote",
      question: "/quote speaker:Putin outlet:LBC",
      speaker: { id: PUTIN, name: "Vladimir Putin" },
    };
    expect(announced(messageId).map(({ shown, ...rest }) => ({ ...rest, keys: shown.map((p) => p.key) }))).toEqual([
      { ...common, offset: 0, keys: pages[0] },
      { ...common, offset: 5, keys: pages[1] },
    ]);
  });

  test("extra buttons (Report) sit after More quotes and reach their own handler with the quote's key", async () => {
    reported.length = 0;
    const { message, messageId } = await quote({ speaker: "Putin" });
    const press = h.fake.press(h.fake.person("dave"), messageId, "Report 2");
    const call = await h.fake.waitFor(isCallback(press.token));
    expect(sent(call)).toMatchObject({ content: "Thanks, the moderators will review this citation.", flags: FLAGS.Ephemeral | FLAGS.SuppressEmbeds });
    const expected = h.engine.findQuotes({ speaker: PUTIN, limit: 5 });
    expect(reported).toEqual([expected.speaker === null ? "" : expected.quotes[1]!.key]);
    expect(labels(message)[1]![0]).toBe("More quotes");
  });
});

describe("/help", () => {
  test("lists /quote with an example", async () => {
    const help = h.fake.slash(h.fake.person("ken"), "help");
    const text = description(sent(await h.fake.waitFor(isCallback(help.token))));
    for (const usage of ["`/quote speaker:<name>`", "`/quote speaker:<name> topic:"]) {
      const line = text.split("\n").find((l) => l.startsWith(usage));
      expect(line, usage).toMatch(/Example: `\/quote speaker: \w+.*`$/);
    }
  });
});

describe("the log", () => {
  test("one handled line per /quote and More quotes, and no lookup text", async () => {
    await vi.waitFor(() => expect(h.logs.filter((l) => l.event === "handled" && l.command === "button:more-quotes").length).toBeGreaterThan(0));
    const handled = h.logs.filter((l) => l.event === "handled" && String(l.command).includes("quote"));
    expect(new Set(handled.map((l) => l.outcome))).toEqual(new Set(["answered", "not-found", "paged", "refused", "expired", "input-error"]));
    const everything = JSON.stringify(h.logs);
    expect(everything).not.toContain("zeppelin");
    expect(everything).not.toContain("Obama");
    expect(h.logs.filter((l) => l.level === "error")).toEqual([]);
  });
});

describe("untrusted quote text", () => {
  const HOSTILE =
    "Tell @everyone that **this** is final, and ||nobody|| will <@123456789012345678> stop the [zeppelin](http://evil.example) parade";
  let dir: string;
  let hostile: Harness;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "citebot-hostile-quote-"));
    writeFileSync(
      path.join(dir, "hostile.md"),
      [
        "---",
        "id: hostile-quote",
        `headline: ${JSON.stringify("**Breaking** [click](http://evil.example) @here")}`,
        `outlet: ${JSON.stringify("Evil ||Spoiler|| Times")}`,
        "published: 2025-01-01",
        "url: https://example.com/news/a(b)c?x=1",
        "---",
        "Zeppelin mayor Robert Hindenburg spoke to reporters at the harbour on Monday.",
        `“${HOSTILE},” Hindenburg said.`,
        "The harbour was quiet afterwards.",
        "",
      ].join("\n"),
    );
    hostile = await startHarness({ corpusDir: dir });
  });

  afterAll(async () => {
    await hostile?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  afterEach(() => expectCleanTraffic(hostile.fake));

  test("mentions and markdown in a quote show literally, and nothing pings", async () => {
    expect(hostile.engine.quotes.quotes.map((q) => q.text)).toEqual([HOSTILE]);
    const interaction = hostile.fake.slash(hostile.fake.person("alice"), "quote", { speaker: "Hindenburg" });
    const message = sent(await hostile.fake.waitFor(isAnswer(interaction.token)));
    expect(message.allowed_mentions).toEqual({ parse: [] });
    const markdown = description(message);
    expect(shownQuotes(message)).toEqual([HOSTILE]);
    expect(markdown).toContain("\\@everyone");
    expect(markdown).toContain("\\*\\*this\\*\\*");
    expect(markdown).toContain("\\|\\|nobody\\|\\|");
    expect(markdown).toContain("\\<\\@123456789012345678\\>");
    expect(markdown).not.toMatch(/(?<!\\)@everyone|(?<!\\)\*\*this|(?<!\\)\[zeppelin/);
    // The only link is the article's own, with its brackets encoded; the headline's masked link is text.
    expect([...markdown.matchAll(/(?<!\\)\[(?:\\.|[^\\\]])*\]\(([^)]*)\)/g)].map((m) => m[1])).toEqual(["https://example.com/news/a%28b%29c?x=1"]);
    expect(displayed(markdown)).toContain("*Evil ||Spoiler|| Times*");
    expect(displayed(markdown)).toContain("named as “Hindenburg”");
  });
});

describe("terminal chat", () => {
  test("/quote runs through the same handler and renderer and prints text", async () => {
    let out = "";
    const runtime = createRuntime({ engine: h.engine, config: { cooldownSeconds: 0, answersPerPage: 3, pagingMinutes: 60 }, log: createLogger({ level: "silent" }) });
    const session = new ChatSession({ runtime, write: (text) => void (out += text) });
    for (const line of ["/quote Zelensky", "/quote speaker:Zelensky topic:peace", "/quote Putin", "/more", "/quote Obama"]) await session.line(line);
    const replies = out.split("== ").slice(1);
    expect(replies.map((r) => r.split(" ==")[0])).toEqual(["Quotes", "Quotes", "Quotes", "Quotes", "Speaker not found"]);
    for (const q of indexed(ZELENSKY)) expect(replies[0]).toContain(`“${q.text}”`);
    expect(replies[1]).toContain("Quotes by Volodymyr Zelensky about “peace”");
    expect(replies[2]).toContain("[More quotes]");
    expect(replies[2]).toContain("[Context 5] [More quotes]");
    expect(replies[2]).toContain("(type /more or /context <n> to use these buttons)");
    expect(replies[3]).toMatch(/^Quotes\b[\s\S]*\n6\. /);
    expect(replies[4]).toContain("No speaker called “Obama” in the corpus.");
    expect(out).not.toContain("\\");
  });
});
