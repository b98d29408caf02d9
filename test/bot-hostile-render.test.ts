/**
 * Rendering text a careless or hostile corpus editor could write, through
 * the fake Discord: a sentence that has no word break for thousands of
 * characters (with astral characters and markdown in it), a headline that is
 * itself a URL pointing somewhere else, an outlet and a headline that are one
 * overlong word, and zero-width characters. Invented articles, written for
 * this test.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, expect, test } from "vitest";
import { customIds, description, displayed, labels, sent, type SentMessage } from "./fake-discord/inspect.js";
import { expectCleanTraffic, isCallback, isAnswer } from "./fake-discord/traffic.js";
import { startHarness, type Harness } from "./fake-discord/harness.js";

// No whitespace for about 5,000 UTF-16 units; each piece holds a surrogate pair and characters markdown must escape.
const BLOB = Array.from({ length: 900 }, (_, i) => `Qk${i % 10}𝔸*_`).join("");
const UNBREAKABLE = `${BLOB} is the quokka ledger code the wombat auditors read.`;
const LONG_WORD = "Quokkaledgerwombatauditorsbalancedmarch".repeat(6);
const ZERO_WIDTH = "The platypus\u200b council\u2060 voted to close the\ufeff billabong on Friday.";

let dir: string;
let h: Harness;

function article(fields: Record<string, string>, body: string[]): string {
  const head = Object.entries(fields).map(([k, v]) => `${k}: ${JSON.stringify(v)}`);
  return ["---", ...head, "published: 2025-01-01", "---", ...body, ""].join("\n");
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "citebot-hostile-render-"));
  writeFileSync(
    path.join(dir, "a.md"),
    article({ id: "ledger-a", headline: "Ledger audit", outlet: "Quokka Post", url: "https://quokka.example/a" }, [
      "Officials met on Monday to discuss the quokka ledger.",
      UNBREAKABLE,
      "Nothing else happened.",
    ]),
  );
  writeFileSync(
    path.join(dir, "b.md"),
    article({ id: "ledger-b", headline: "Auditors report", outlet: "Wombat Daily", url: "https://wombat.example/b" }, [
      "The wombat auditors found the quokka ledger balanced in March.",
      "They left early.",
    ]),
  );
  writeFileSync(
    path.join(dir, "c.md"),
    article({ id: "bank", headline: "https://trusted-bank.example/login/secure-account", outlet: "Bank News", url: "https://evil.example/phish" }, [
      "The harbour bank moved its vaults to the lighthouse island in June.",
    ]),
  );
  writeFileSync(
    path.join(dir, "d.md"),
    article({ id: "long-words", headline: LONG_WORD, outlet: LONG_WORD.slice(0, 110), url: "https://long.example/d" }, [
      "The emu parliament adjourned after the marsupial budget debate.",
    ]),
  );
  writeFileSync(path.join(dir, "e.md"), article({ id: "zw", headline: "Billabong closed", outlet: "Creek Times" }, [ZERO_WIDTH]));
  h = await startHarness({ corpusDir: dir });
});

afterAll(async () => {
  await h?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

afterEach(() => {
  expectCleanTraffic(h.fake);
  expect(h.logs.filter((l) => l.level === "error" || l.level === "warn")).toEqual([]);
});

async function ask(who: string, question: string): Promise<{ message: SentMessage; messageId: string }> {
  const interaction = h.fake.slash(h.fake.person(who), "ask", { question });
  const edit = await h.fake.waitFor(isAnswer(interaction.token));
  return { message: sent(edit), messageId: h.fake.original(interaction)!.id };
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const footer = (m: SentMessage) => m.embeds?.[0]?.footer?.text ?? "";

test("a sentence with no word break to cut at is cut at a character, marked and noted, as the top answer", async () => {
  const { message } = await ask("alice", "What did the quokka ledger code read according to the wombat auditors?");
  const text = description(message);
  expect(text.length).toBeLessThanOrEqual(4096);
  expect(footer(message)).toMatch(/^Passages? 1/);
  const quoteLine = text.split("\n").find((line) => line.startsWith("> ") && line.includes("Qk0"))!;
  expect(quoteLine).toBeDefined();
  expect(quoteLine.endsWith("…")).toBe(true);
  // Not inside a surrogate pair, not inside an escape ("\…" would show a stray backslash's work undone).
  expect(quoteLine).not.toMatch(LONE_SURROGATE);
  expect(quoteLine).not.toMatch(/(?<!\\)(?:\\\\)*\\…$/);
  const kept = displayed(quoteLine.slice(2)).slice(0, -1);
  expect(kept.length).toBeGreaterThan(1000);
  expect(UNBREAKABLE.startsWith(kept)).toBe(true);
  expect(text).toMatch(/shortened to fit/);
  expect(labels(message).flat()).toContain("Context 1");
});

test("More sources over a page holding an unbreakable sentence always advances and ends", async () => {
  const asker = h.fake.person("bob");
  const interaction = h.fake.slash(asker, "ask", { question: "What did the wombat auditors read in the quokka ledger?" });
  let message = sent(await h.fake.waitFor(isAnswer(interaction.token)));
  const messageId = h.fake.original(interaction)!.id;
  const seen: Array<[number, number]> = [];
  for (let presses = 0; ; presses++) {
    const [, first, last = first] = /^Passages? (\d+)(?:–(\d+))? of/.exec(footer(message)) ?? [];
    expect(first, footer(message)).toBeDefined();
    seen.push([Number(first), Number(last)]);
    expect(Number(last)).toBeGreaterThanOrEqual(Number(first));
    expect(description(message)).not.toMatch(LONE_SURROGATE);
    if (!customIds(message).some((id) => id.startsWith("more:"))) break;
    expect(presses).toBeLessThan(3);
    const press = h.fake.press(asker, messageId, "More sources");
    message = sent(await h.fake.waitFor(isCallback(press.token)));
  }
  // Every passage shown exactly once, in order.
  seen.forEach(([first], i) => expect(first).toBe(i === 0 ? 1 : seen[i - 1]![1] + 1));
  expect(seen.at(-1)![1]).toBe(3);
});

test("Context of an unbreakable sentence is cut at a character too", async () => {
  const { message, messageId } = await ask("carol", "What did the quokka ledger code read according to the wombat auditors?");
  const number = /\*\*(\d+)\.\*\* [^\n]*\n> Qk0/.exec(description(message))?.[1];
  expect(number, description(message).slice(0, 500)).toBeDefined();
  const press = h.fake.press(h.fake.person("dan"), messageId, `Context ${number}`);
  const text = description(sent(await h.fake.waitFor(isCallback(press.token))));
  expect(text.length).toBeLessThanOrEqual(4096);
  expect(text).not.toMatch(LONE_SURROGATE);
  expect(displayed(text)).toContain(BLOB.slice(0, 1000));
});

test("a headline that is a URL is not link text; the real link's host is shown beside it", async () => {
  const { message } = await ask("erin", "Where did the harbour bank move its vaults?");
  const text = description(message);
  const links = [...text.matchAll(/(?<!\\)\[((?:\\.|[^\]\\])*)\]\(([^)]*)\)/g)].map((m) => ({ label: displayed(m[1]!), url: m[2]! }));
  expect(links.length).toBeGreaterThan(0);
  for (const { label, url } of links) {
    expect(label).not.toMatch(/trusted-bank/);
    expect(label).toBe(new URL(url).hostname);
  }
  expect(displayed(text)).toContain("https://trusted-bank.example/login/secure-account");
  expect(text).toContain("[evil.example](https://evil.example/phish)");
});

test("an outlet and a headline that are one overlong word are cut inside the word, not replaced by the mark", async () => {
  const { message } = await ask("fay", "Why did the emu parliament adjourn?");
  const citation = description(message).split("\n").find((line) => line.includes("Quokkaledger"));
  expect(citation, description(message)).toBeDefined();
  const outlet = /^\*\*1\.\*\* \*([^*]+)…\*/.exec(citation!)?.[1];
  expect(outlet && LONG_WORD.startsWith(outlet) && outlet.length).toBeGreaterThan(30);
  const headline = /\[([^\]]+)…\]\(https:\/\/long\.example\/d\)/.exec(citation!)?.[1];
  expect(headline && LONG_WORD.startsWith(headline) && headline.length).toBeGreaterThan(100);
});

test("zero-width characters in article text are not passed on", async () => {
  const { message } = await ask("gus", "When did the platypus council vote to close the billabong?");
  const text = description(message);
  expect(displayed(text)).toContain("The platypus council voted to close the billabong on Friday.");
  expect(text).not.toMatch(/[\u200b\u2060\ufeff]/);
});

test("a cut between characters never splits a surrogate pair, a grapheme or an escape", async () => {
  const { fitText, escapeMarkdown } = await import("../src/bot/render/index.js");
  const text = "𝔸*👍🏽_".repeat(200);
  for (let max = 3; max < 60; max++) {
    const fitted = fitText(text, max, escapeMarkdown)!;
    expect(fitted.rendered.length).toBeLessThanOrEqual(max);
    expect(fitted.rendered).not.toMatch(LONE_SURROGATE);
    expect(fitted.rendered).not.toMatch(/(?<!\\)(?:\\\\)*\\…$/);
    const kept = displayed(fitted.rendered.slice(0, -1));
    expect(text.startsWith(kept)).toBe(true);
    // 👍🏽 is one grapheme of two code points: never left without its skin tone.
    expect(kept.endsWith("👍")).toBe(false);
  }
});
