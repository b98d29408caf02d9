/**
 * Article text is untrusted. A small corpus written for this test carries
 * `@everyone`, markdown, a masked link, mention and timestamp syntax, a URL
 * with parentheses and a 3,000-character sentence; the bot must show all of
 * it literally, ping no one, link only the article's own URL, and fit
 * Discord's limits by cutting at a word boundary with a mark.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, expect, test } from "vitest";
import { description, displayed, sent, type SentMessage } from "./fake-discord/inspect.js";
import { expectCleanTraffic, isAnswer } from "./fake-discord/traffic.js";
import { startHarness, type Harness } from "./fake-discord/harness.js";

const HOSTILE = "The zeppelin mayor said @everyone should see **this** and ||spoilers|| and `code` and [a masked link](http://evil.example) near the harbour.";
const SYNTAX = "The zeppelin pilot wrote <@123456789012345678> and <t:0:R> and https://evil.example/autolink and __underline__ on the zeppelin mast.";
// One sentence of about 3,000 characters, commas only, whose markdown makes it longer than an embed once escaped.
const LONG = `The zeppelin harbour inquiry heard that ${Array.from({ length: 135 }, (_, i) => `crew *_~|${i}|~_* said`).join(", ")} nothing more.`;
const URL = "https://example.com/news/a(b)c?x=1";
const SAFE_URL = "https://example.com/news/a%28b%29c?x=1";

let dir: string;
let h: Harness;

function article(id: string, headline: string, outlet: string, body: string[]): string {
  return ["---", `id: ${id}`, `headline: ${JSON.stringify(headline)}`, `outlet: ${JSON.stringify(outlet)}`, "published: 2025-01-01", `url: ${URL}`, "---", ...body, ""].join("\n");
}

beforeAll(async () => {
  expect(LONG.length).toBeGreaterThan(2950);
  dir = mkdtempSync(path.join(tmpdir(), "citebot-hostile-"));
  writeFileSync(
    path.join(dir, "hostile.md"),
    article("hostile-wire", "**Breaking** [click](http://evil.example) @here", "Evil ||Spoiler|| Times", [
      "Officials met on Monday to discuss the harbour.",
      HOSTILE,
      LONG,
      SYNTAX,
      "Nothing else happened at the harbour that day.",
    ]),
  );
  h = await startHarness({ corpusDir: dir });
});

afterAll(async () => {
  await h?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

afterEach(() => {
  expectCleanTraffic(h.fake);
});

/** Every masked link in some markdown (escaped brackets are text, not links). */
function links(markdown: string): string[] {
  return [...markdown.matchAll(/(?<!\\)\[((?:\\.|[^\]\\])*)\]\(([^)]*)\)/g)].map((m) => m[2]!);
}

function checkSafe(message: SentMessage): string {
  const text = description(message);
  expect(message.allowed_mentions?.parse).toEqual([]);
  expect(text).not.toMatch(/(?<!\\)@(everyone|here)/);
  expect(text).not.toMatch(/(?<!\\)<[@#t:]/);
  expect(text).not.toMatch(/(?<!\\)\|\|/);
  expect(text).not.toMatch(/(?<!\\)`/);
  expect(text).not.toMatch(/https?:\/\/evil/);
  for (const target of links(text)) expect(target).toBe(SAFE_URL);
  return text;
}

test("hostile article text is shown literally, pings no one, and links only the article's own URL", async () => {
  const ask = h.fake.slash(h.fake.person("alice"), "ask", { question: "What did the zeppelin mayor say?" });
  const edit = await h.fake.waitFor(isAnswer(ask.token));
  const message = sent(edit);
  const text = checkSafe(message);
  expect(displayed(text)).toContain(HOSTILE);
  expect(text).toContain("\\@everyone should see \\*\\*this\\*\\* and \\|\\|spoilers\\|\\| and \\`code\\` and \\[a masked link\\]\\(http\\://evil.example\\)");
  // The headline is link text, escaped; the outlet is italic, escaped.
  expect(text).toContain(`[\\*\\*Breaking\\*\\* \\[click\\]\\(http\\://evil.example\\) \\@here](${SAFE_URL})`);
  expect(text).toContain("*Evil \\|\\|Spoiler\\|\\| Times*");
});

test("a 3,000-character sentence is cut at a word boundary and marked, within the limits", async () => {
  const question = "What did the zeppelin harbour inquiry crew say?";
  const result = h.engine.ask(question, { limit: 3 });
  expect(result.answered && result.answers[0]?.text).toBe(LONG);
  const ask = h.fake.slash(h.fake.person("bob"), "ask", { question });
  const edit = await h.fake.waitFor(isAnswer(ask.token));
  const text = checkSafe(sent(edit));
  expect(text.length).toBeLessThanOrEqual(4096);
  const quoteLine = text.split("\n").find((line) => line.startsWith("> "))!;
  const shown = displayed(quoteLine.slice(2));
  expect(shown.endsWith("…")).toBe(true);
  const kept = shown.slice(0, -1);
  // The page shares its budget with the other passages shown (at least 200 characters each).
  expect(kept.length).toBeGreaterThan(1500);
  expect(LONG.startsWith(kept)).toBe(true);
  // Cut between words: the article goes on with a space, and the kept part ends in a word.
  expect(LONG[kept.length]).toBe(" ");
  expect(kept).not.toMatch(/\s$/);
  // The escapes were kept whole: no dangling backslash before the mark.
  expect(quoteLine).not.toMatch(/\\…$/);
});

test("a mention about hostile text gets the same safe reply, not pinging its author either", async () => {
  const mention = h.fake.say(h.fake.person("carol"), `<@${h.fake.bot.id}> what did the zeppelin pilot write?`);
  const reply = await h.fake.waitFor((c) => c.method === "POST" && c.path.endsWith("/messages") && sent(c).message_reference?.message_id === mention.id);
  const message = sent(reply);
  expect(message.allowed_mentions).toEqual({ parse: [], replied_user: false });
  expect(displayed(checkSafe(message))).toContain(SYNTAX);
});

test("Show context of a sentence too long to show whole leaves out the neighbours and cuts it at a word", async () => {
  const question = "What did the zeppelin harbour inquiry crew say?";
  const ask = h.fake.slash(h.fake.person("dave"), "ask", { question });
  await h.fake.waitFor(isAnswer(ask.token));
  const press = h.fake.press(h.fake.person("erin"), h.fake.original(ask)!.id, "Context 1");
  const call = await h.fake.waitFor((c) => c.path.endsWith(`/${press.token}/callback`));
  const text = checkSafe(sent(call));
  expect(text.length).toBeLessThanOrEqual(4096);
  const [body = ""] = text.split("\n\n*Evil");
  const shown = displayed(body);
  // Both sides left out and marked; the sentence itself cut after a whole word.
  expect(shown.startsWith("… The zeppelin harbour inquiry heard")).toBe(true);
  expect(shown.endsWith("… …")).toBe(true);
  const kept = shown.slice(2, -"… …".length);
  expect(LONG.startsWith(kept)).toBe(true);
  expect(LONG[kept.length]).toBe(" ");
  expect(shown).not.toContain("mayor");
});
