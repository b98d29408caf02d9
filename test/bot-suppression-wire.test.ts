/**
 * Suppression reaches every copy of what was suppressed, in that server
 * only: a suppressed sentence does not come back cited to another outlet's
 * wire copy of it, and the quotes inside a suppressed sentence leave /quote
 * pages and the speaker's autocomplete count. Through the fake Discord with
 * moderation on a real SQLite file, over invented articles (two outlets
 * carrying the same wire story, and an unrelated one).
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, expect, test } from "vitest";
import { openEngine, passageKey, type QaEngine } from "../src/qa/index.js";
import { customIds, description, displayed, sent } from "./fake-discord/inspect.js";
import type { FakeGuild, FakeUser } from "./fake-discord/payloads.js";
import type { FakeDiscord } from "./fake-discord/server.js";
import { expectCleanTraffic } from "./fake-discord/traffic.js";
import { PERMISSIONS, isAnswer, privateLine, startModeratedBot, world, type ModeratedBot } from "./fixtures/moderated-bot.js";

const PLAN = "Harbour mayor Lena Okafor said the ferry bridge would reopen in May after repairs to its lifting span.";
const QUOTED = "\u201cWe will reopen the ferry bridge in May, and the tolls will stay as they are,\u201d Okafor told reporters on Tuesday.";
const QUOTE = "We will reopen the ferry bridge in May, and the tolls will stay as they are";

let dir: string;
let engine: QaEngine;
let w: Awaited<ReturnType<typeof world>>;
let bot: ModeratedBot;
let fake: FakeDiscord;
let mod: FakeUser;

function article(id: string, outlet: string, published: string, body: string[]): string {
  return ["---", `id: ${id}`, 'headline: "Ferry bridge to reopen"', `outlet: "${outlet}"`, `published: ${published}`, "---", ...body, ""].join("\n");
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "citebot-wire-"));
  writeFileSync(path.join(dir, "a.md"), article("osprey-bridge", "Osprey Wire", "2025-03-01", [PLAN, QUOTED, "Engineers had found cracks in the span in January."]));
  writeFileSync(path.join(dir, "b.md"), article("kestrel-bridge", "Kestrel Times", "2025-03-02", ["The town council met on Monday.", PLAN, QUOTED]));
  writeFileSync(path.join(dir, "c.md"), article("rail", "Heron Post", "2025-01-05", ["The old rail bridge over the estuary closed for good in 1990.", "Nobody has crossed it since then."]));
  engine = await openEngine({ corpusDir: dir, cacheDir: path.join(dir, ".cache") });
  w = await world(2);
  fake = w.fake;
  bot = await startModeratedBot({ dbPath: w.dbPath, engine, fake });
  mod = fake.person("mod", { permissions: PERMISSIONS.manageMessages });
});

afterAll(async () => {
  await bot?.stop();
  await w?.cleanup();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

afterEach(() => {
  expectCleanTraffic(fake);
});

/** The key of `text`'s sentence in `articleId`, from the engine's own context view. */
function keyOf(articleId: string, text: string): string {
  const body = engine.articles.find((a) => a.id === articleId)!.body;
  const start = body.indexOf(text);
  return passageKey({ articleId, start, end: start + text.length });
}

async function suppress(key: string): Promise<void> {
  const call = fake.subcommand(mod, "review", "suppress", { key, reason: "Misleading." });
  expect(await privateLine(fake, call)).toBe(`Suppressed ${key}.`);
}

async function askIn(guild: FakeGuild, question: string): Promise<string> {
  const interaction = fake.slash(fake.person("reader"), "ask", { question }, guild);
  return displayed(description(sent(await fake.waitFor(isAnswer(interaction)))));
}

async function quotesIn(guild: FakeGuild): Promise<string> {
  const interaction = fake.slash(fake.person("reader"), "quote", { speaker: "Okafor" }, guild);
  const message = sent(await fake.waitFor(isAnswer(interaction)));
  return `${displayed(description(message))}\n${message.content ?? ""}\n${customIds(message).join(" ")}`;
}

async function suggestionsIn(guild: FakeGuild): Promise<string[]> {
  const interaction = fake.autocomplete(fake.person("typist"), "quote", "speaker", "Okaf", {}, guild);
  return (await fake.choices(interaction)).map((c) => c.name);
}

test("a suppressed sentence is not cited from another outlet's wire copy in that server", async () => {
  const question = "When would the ferry bridge reopen after repairs to its lifting span?";
  const [here, elsewhere] = fake.guilds as [FakeGuild, FakeGuild];
  expect(await askIn(here, question)).toContain(PLAN);
  // Suppress the copy the answer cited; the other outlet carries the very same sentence.
  const result = engine.ask(question);
  const cited = result.answered ? result.answers.find((a) => a.text === PLAN) : undefined;
  expect(cited?.alsoIn.length).toBe(1);
  await suppress(cited!.key);
  const after = await askIn(here, question);
  expect(after).not.toContain(PLAN);
  expect(after).not.toMatch(/Osprey Wire[^\n]*\n> Harbour mayor|Kestrel Times[^\n]*\n> Harbour mayor/);
  // Another server is not affected.
  expect(await askIn(elsewhere, question)).toContain(PLAN);
});

test("the quote inside a suppressed sentence leaves /quote and the autocomplete count in that server", async () => {
  const [here, elsewhere] = fake.guilds as [FakeGuild, FakeGuild];
  expect(await quotesIn(here)).toContain(QUOTE);
  expect(await suggestionsIn(here)).toEqual(["Lena Okafor (1 quote)"]);
  // The sentence is suppressed, in the other outlet's copy: the quote in both copies goes.
  await suppress(keyOf("kestrel-bridge", QUOTED));
  const after = await quotesIn(here);
  expect(after).not.toContain(QUOTE);
  expect(after).not.toMatch(/ctx:/);
  expect(await suggestionsIn(here)).toEqual([]);
  expect(await quotesIn(elsewhere)).toContain(QUOTE);
  expect(await suggestionsIn(elsewhere)).toEqual(["Lena Okafor (1 quote)"]);
});

test("a suppressed quote attribution goes with its copies in other articles", async () => {
  const [, elsewhere] = fake.guilds as [FakeGuild, FakeGuild];
  const found = engine.findQuotes({ speaker: "Okafor" });
  const quote = found.speaker === null ? undefined : found.quotes[0];
  // The quote is shown citing the earliest copy; the later one is "Also in".
  expect(quote?.citation.articleId).toBe("osprey-bridge");
  const kestrel = quote!.alsoIn[0]!;
  const call = fake.subcommand(mod, "review", "suppress", { key: passageKey(kestrel), reason: "Misattributed." }, elsewhere);
  expect(await privateLine(fake, call)).toBe(`Suppressed ${passageKey(kestrel)}.`);
  expect(await quotesIn(elsewhere)).not.toContain(QUOTE);
  expect(await suggestionsIn(elsewhere)).toEqual([]);
});
