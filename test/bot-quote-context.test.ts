/**
 * "Show context" on /quote pages, end to end: an unmodified discord.js client
 * against the fake Discord and the real engine over the bundled corpus (and,
 * for hostile text, a small corpus written here). Each quote on a page gets a
 * "Context n" button; pressing it answers privately with the sentence the
 * quote starts in and its neighbours, checked here against the article text
 * itself, and never with anything this server's moderators suppressed.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import { ChatSession } from "../src/bot/chat/session.js";
import { createLogger } from "../src/bot/log.js";
import { BOT_DEFAULTS } from "../src/bot/options.js";
import { createRuntime } from "../src/bot/runtime.js";
import { passageKey, type ContextView, type QuoteResult } from "../src/qa/index.js";
import { FLAGS, customIds, description, displayed, labels, sent, type SentMessage } from "./fake-discord/inspect.js";
import { expectCleanTraffic, isAnswer, isCallback } from "./fake-discord/traffic.js";
import { startHarness, type Harness } from "./fake-discord/harness.js";
import type { FakeUser } from "./fake-discord/payloads.js";
import type { RestCall } from "./fake-discord/server.js";

const PUTIN = "vladimir-putin";
const GONE = "That passage is no longer in the corpus.";
const WITHDRAWN = "This server's moderators have withdrawn that passage, so it is not shown here.";

/** Passage keys the test hook suppresses in the guild; tests set it, afterEach clears it. */
let suppressed = new Set<string>();
let h: Harness;

beforeAll(async () => {
  h = await startHarness({
    hooks: {
      suppressed: (guildId) => (guildId === null ? new Set() : suppressed),
      answerButtons: () => [{ customId: "cbm:report", label: "Report", style: "secondary" }],
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


/** Run /quote and return the page it answered with and the message's id. */
async function quote(harness: Harness, options: Record<string, string | boolean>, who = harness.fake.person("asker")) {
  const interaction = harness.fake.slash(who, "quote", options);
  const answer = await harness.fake.waitFor(isAnswer(interaction.token));
  return { who, interaction, message: sent(answer), messageId: harness.fake.original(interaction)!.id };
}

/** Press a button and return the bot's answer to that press. */
async function press(harness: Harness, who: FakeUser, messageId: string, label: string): Promise<{ call: RestCall; message: SentMessage }> {
  const pressed = harness.fake.press(who, messageId, label);
  const call = await harness.fake.waitFor(isCallback(pressed.token));
  return { call, message: sent(call) };
}

/** The quotes a page shows, as a reader sees them: the text between the quotation marks of each "> " line. */
function shownQuotes(message: SentMessage): string[] {
  return displayed(description(message))
    .split("\n")
    .flatMap((line) => /^> “(.*)”$/.exec(line)?.slice(1) ?? []);
}

/** Putin's quotes on a page, as the engine pages them without any suppression. */
function putinPage(offset: number): QuoteResult[] {
  const result = h.engine.findQuotes({ speaker: PUTIN, limit: BOT_DEFAULTS.quotesPerPage, offset });
  if (result.speaker === null) throw new Error("Putin should be known");
  return result.quotes;
}

const bodyOf = (harness: Harness, articleId: string) => harness.engine.articles.find((a) => a.id === articleId)!.body;
const flat = (text: string) => text.replace(/\s+/g, " ").trim();

/**
 * The context a reader should see for `q`, built from the article text: the
 * sentences the engine names (each checked to be the article's own words at
 * its offsets), a space between sentences of a paragraph and a blank line
 * between paragraphs.
 */
function expectedContext(harness: Harness, q: QuoteResult): { view: ContextView; text: string } {
  const view = harness.engine.context(q.key, { window: BOT_DEFAULTS.contextWindow, suppressed })!;
  expect(view, `context of ${q.key}`).toBeDefined();
  const body = bodyOf(harness, q.citation.articleId);
  const sentences = [...view.before, view.sentence, ...view.after];
  for (const s of sentences) expect(body.slice(s.start, s.end)).toBe(s.text);
  const text = sentences.map((s, i) => (i === 0 ? "" : sentences[i - 1]!.paragraph === s.paragraph ? " " : "\n\n") + s.text).join("");
  return { view, text };
}

/** A context reply split into what a reader sees: the sentences, and the citation line after the last blank line. */
function contextParts(message: SentMessage): { markdown: string; text: string; citation: string } {
  const markdown = description(message);
  const cut = markdown.lastIndexOf("\n\n");
  return { markdown, text: displayed(markdown.slice(0, cut)), citation: displayed(markdown.slice(cut + 2)) };
}

describe("Context buttons on /quote pages", () => {
  test("each quote gets a Context button numbered like it, carrying its key, on every page", async () => {
    const { who, message, messageId } = await quote(h, { speaker: "Putin" });
    const first = putinPage(0);
    expect(labels(message)[0]).toEqual(["Context 1", "Context 2", "Context 3", "Context 4", "Context 5"]);
    expect(customIds(message).slice(0, 5)).toEqual(first.map((q) => `ctx:${q.key}`));
    expect(labels(message)[1]).toEqual(["More quotes", "Report"]);
    for (const id of customIds(message)) expect(id.length).toBeLessThanOrEqual(100);
    // The numbers match the numbered quotes in the description.
    expect([...description(message).matchAll(/^\*\*(\d+)\.\*\* /gm)].map((m) => Number(m[1]))).toEqual([1, 2, 3, 4, 5]);

    const { message: next } = await press(h, who, messageId, "More quotes");
    const second = putinPage(5);
    expect(labels(next)[0]).toEqual(second.map((_, i) => `Context ${6 + i}`));
    expect(customIds(next).slice(0, second.length)).toEqual(second.map((q) => `ctx:${q.key}`));
  });

  test("Context n answers privately with the quote's sentence in bold and its neighbours, exactly as in the article", async () => {
    const { message: page, messageId } = await quote(h, { speaker: "Putin" });
    const before = JSON.stringify(h.fake.messages.get(messageId));
    const quotes = putinPage(0);
    expect(shownQuotes(page)).toEqual(quotes.map((q) => q.text));
    for (const [i, q] of quotes.entries()) {
      // Anyone who can see the quotes may look at their context, not only the asker.
      const { call, message } = await press(h, h.fake.person(`reader${i}`), messageId, `Context ${i + 1}`);
      expect((call.body as { type: number }).type).toBe(4);
      expect(message.flags).toBe(FLAGS.Ephemeral);
      expect(message.allowed_mentions).toEqual({ parse: [] });
      expect(message.components ?? []).toEqual([]);
      expect(message.embeds?.[0]?.title).toBe("Context");

      const { view, text: expected } = expectedContext(h, q);
      const { markdown, text, citation } = contextParts(message);
      expect(text).toBe(expected);
      // At least one neighbour is shown, and the whole view is one unbroken stretch of the article.
      expect(view.before.length + view.after.length).toBeGreaterThan(0);
      const body = bodyOf(h, q.citation.articleId);
      const first = view.before[0] ?? view.sentence;
      const last = view.after.at(-1) ?? view.sentence;
      expect(flat(text)).toBe(flat(body.slice(first.start, last.end)));
      // The bold sentence is the one the quote starts in, and holds the quote's words at its offsets.
      const bold = [...markdown.matchAll(/\*\*(.+?)\*\*/g)].map((m) => displayed(m[1]!));
      expect(bold).toEqual([view.sentence.text]);
      expect(body.slice(q.citation.start, q.citation.end)).toBe(q.text);
      expect(view.sentence.start).toBeLessThanOrEqual(q.citation.start);
      expect(q.citation.start).toBeLessThan(view.sentence.end);
      expect(view.sentence.text).toContain(q.text.slice(0, Math.min(q.text.length, 40)));
      expect(citation).toContain(`*${q.citation.outlet}*`);
      expect(citation).toContain(`paragraph ${view.citation.paragraph}`);
    }
    // The public page is untouched by the presses.
    expect(JSON.stringify(h.fake.messages.get(messageId))).toBe(before);
  });

  test("a quote suppressed after its page was shown: its context is refused in one private line", async () => {
    const { messageId } = await quote(h, { speaker: "Putin" });
    const target = putinPage(0)[2]!;
    suppressed = new Set([target.key]);
    const { message } = await press(h, h.fake.person("late-reader"), messageId, "Context 3");
    expect(message.content).toBe(WITHDRAWN);
    expect(message.flags).toBe(FLAGS.Ephemeral | FLAGS.SuppressEmbeds);
    expect(message.embeds ?? []).toEqual([]);
    expect(message.allowed_mentions).toEqual({ parse: [] });
  });

  test("the sentence a quote starts in, suppressed under its own key, takes the quote with it, context included", async () => {
    const target = putinPage(0)[1]!;
    const sentence = h.engine.context(target.key)!.sentence;
    expect(passageKey(sentence)).not.toBe(target.key);
    // A page shown before the suppression still carries the quote's Context button...
    const { message: page, messageId } = await quote(h, { speaker: "Putin" });
    const n = shownQuotes(page).indexOf(target.text) + 1;
    expect(customIds(page)[n - 1]).toBe(`ctx:${target.key}`);
    suppressed = new Set([passageKey(sentence)]);
    // ...but its sentence may not be shown in context,
    const { message } = await press(h, h.fake.person("reader"), messageId, `Context ${n}`);
    expect(message.content).toBe(WITHDRAWN);
    expect(message.flags).toBe(FLAGS.Ephemeral | FLAGS.SuppressEmbeds);
    expect(JSON.stringify(message)).not.toContain(sentence.text.slice(0, 40));
    // and the quote inside the sentence is no longer listed.
    const { message: later } = await quote(h, { speaker: "Putin" });
    expect(shownQuotes(later)).not.toContain(target.text);
  });

  test("a suppressed neighbouring sentence is left out of a quote's context", async () => {
    const target = putinPage(0)[1]!;
    const full = h.engine.context(target.key, { window: BOT_DEFAULTS.contextWindow })!;
    const neighbour = full.after[0] ?? full.before.at(-1)!;
    suppressed = new Set([passageKey(neighbour)]);
    const { messageId } = await quote(h, { speaker: "Putin" });
    const { message } = await press(h, h.fake.person("reader"), messageId, "Context 2");
    const { text } = contextParts(message);
    expect(text).toBe(expectedContext(h, target).text);
    expect(text).toContain(full.sentence.text);
    expect(text).not.toContain(neighbour.text);
  });

  test("a stale or unknown quote key gets one private line and is logged as unknown-passage, never an error", async () => {
    const { who, messageId } = await quote(h, { speaker: "Putin" });
    const q = putinPage(0)[0]!;
    const { articleId, start, end } = q.citation;
    // Keys as they would be after the corpus changed: shifted offsets, a removed article.
    for (const key of [`${articleId}:${start + 1}-${end}`, `${articleId}:${start}-${end + 1}`, `no-such-article:${start}-${end}`]) {
      const pressed = h.fake.pressForged(who, messageId, `ctx:${key}`);
      const message = sent(await h.fake.waitFor(isCallback(pressed.token)));
      expect(message, key).toMatchObject({ content: GONE, flags: FLAGS.Ephemeral | FLAGS.SuppressEmbeds });
    }
    // The outcome is logged once the reply is sent, so the last press may still be on its way to the log.
    const unknown = () => h.logs.filter((l) => l.event === "handled" && l.command === "button:show-context" && l.outcome === "unknown-passage").length;
    await expect.poll(unknown).toBeGreaterThanOrEqual(3);
    expect(h.logs.filter((l) => l.level === "error")).toEqual([]);
  });
});

describe("untrusted text in a quote's context", () => {
  const HOSTILE = "Tell @everyone that **this** is final, and ||nobody|| will <@123456789012345678> stop the [zeppelin](http://evil.example) parade";
  const BEFORE = "Zeppelin mayor Robert Hindenburg spoke to <@&42> reporters at the harbour on Monday.";
  const AFTER = "The harbour was quiet afterwards, said `nobody` at @here.";
  let dir: string;
  let hostile: Harness;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "citebot-hostile-quote-context-"));
    writeFileSync(
      path.join(dir, "hostile.md"),
      ["---", "id: hostile-quote", "headline: Harbour news", "outlet: Evil Times", "published: 2025-01-01", "---", BEFORE, `“${HOSTILE},” Hindenburg said.`, AFTER, ""].join("\n"),
    );
    hostile = await startHarness({ corpusDir: dir });
  });

  afterAll(async () => {
    await hostile?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  afterEach(() => expectCleanTraffic(hostile.fake));

  test("mentions and markdown around a quote show literally, and nothing pings", async () => {
    const { messageId } = await quote(hostile, { speaker: "Hindenburg" }, hostile.fake.person("alice"));
    const { message } = await press(hostile, hostile.fake.person("bob"), messageId, "Context 1");
    expect(message.flags).toBe(FLAGS.Ephemeral);
    expect(message.allowed_mentions).toEqual({ parse: [] });
    const { markdown, text } = contextParts(message);
    expect(text).toBe(`${BEFORE}\n\n“${HOSTILE},” Hindenburg said.\n\n${AFTER}`);
    for (const raw of [/(?<!\\)@everyone/, /(?<!\\)@here/, /(?<!\\)<@/, /(?<!\\)\|\|/, /(?<!\\)`/, /(?<!\\)\[zeppelin/, /(?<!\\)\*\*this/]) expect(markdown).not.toMatch(raw);
  });
});

describe("terminal chat", () => {
  test("/context n after /quote shows that quote's context", async () => {
    let out = "";
    const runtime = createRuntime({ engine: h.engine, config: { cooldownSeconds: 0, answersPerPage: 3, pagingMinutes: 60 }, log: createLogger({ level: "silent" }) });
    const session = new ChatSession({ runtime, write: (text) => void (out += text) });
    for (const line of ["/quote Putin", "/context 4"]) await session.line(line);
    const replies = out.split("== ").slice(1);
    expect(replies.map((r) => r.split(" ==")[0])).toEqual(["Quotes", "Context"]);
    expect(replies[0]).toContain("(type /more or /context <n> to use these buttons)");
    const view = h.engine.context(putinPage(0)[3]!.key)!;
    for (const s of [...view.before, view.sentence, ...view.after]) expect(replies[1]).toContain(s.text);
  });
});
