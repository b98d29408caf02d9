/**
 * Spam through mentions, through the fake Discord: empty mentions are
 * limited like questions, a channel the bot cannot post in costs one log
 * line per interval and no DMs, and a question that is empty or invalid does
 * not use up the asker's cooldown.
 */
import { afterAll, afterEach, beforeAll, expect, test } from "vitest";
import { openEngine, type QaEngine } from "../src/qa/index.js";
import { startHarness, TEST_CACHE_DIR, type Harness } from "./fake-discord/harness.js";
import { sent } from "./fake-discord/inspect.js";
import { FakeDiscord, type RestCall } from "./fake-discord/server.js";
import { expectCleanTraffic, isAnswer } from "./fake-discord/traffic.js";
import { FAKE_TOKEN } from "./fake-discord/harness.js";

const QUESTION = "Who was killed in Moscow?";

let engine: QaEngine;
let fake: FakeDiscord;
let h: Harness;
const refusals = new Set<RestCall>();

beforeAll(async () => {
  engine = await openEngine({ corpusDir: "corpus", cacheDir: TEST_CACHE_DIR });
  fake = await FakeDiscord.start({ token: FAKE_TOKEN, guilds: 2 });
  h = await startHarness({ engine, fake, cooldownSeconds: 60 });
});

afterAll(async () => {
  await h?.stop();
  await fake?.stop();
});

afterEach(() => {
  for (const call of fake.calls) if (call.status === 403) refusals.add(call);
  expectCleanTraffic(fake, refusals);
});

const mentionLines = () => h.logs.filter((l) => l.command === "mention" && (l.event === "handled" || l.event === "skipped")).length;

/** Resolves once the bot has dealt with `count` mentions (answered, refused or skipped). */
async function mentionsDealtWith(count: number): Promise<void> {
  await expect.poll(() => mentionLines(), { timeout: 10_000 }).toBe(count);
}

const posts = (channelId: string) => fake.calls.filter((c) => c.method === "POST" && c.path === `/channels/${channelId}/messages`);
const dmsOpened = () => fake.calls.filter((c) => c.method === "POST" && c.path === "/users/@me/channels");

test("thirty empty mentions get one reply, and do not stop a real question after them", async () => {
  const spammer = fake.person("spammer");
  const channel = fake.guild.channelId;
  const before = posts(channel).length;
  const dmsBefore = dmsOpened().length;
  const logged = mentionLines();
  for (let i = 0; i < 30; i++) fake.say(spammer, `<@${fake.bot.id}>`);
  await mentionsDealtWith(logged + 30);
  expect(posts(channel).length - before).toBe(1);
  expect(dmsOpened().length - dmsBefore).toBe(0);
  // The empty mentions did not use up the cooldown: a question now is answered.
  const asked = fake.say(spammer, `<@${fake.bot.id}> ${QUESTION}`);
  const reply = await fake.waitFor((c) => c.method === "POST" && sent(c).message_reference?.message_id === asked.id);
  expect(sent(reply).embeds?.length).toBe(1);
  await mentionsDealtWith(logged + 31);
});

test("a channel the bot cannot post in: one warning per interval, no DMs, no error logs", async () => {
  const guild = fake.guilds[1]!;
  fake.forbiddenChannels.add(guild.channelId);
  const dmsBefore = dmsOpened().length;
  const logged = mentionLines();
  const linesBefore = h.logs.length;
  for (let i = 0; i < 30; i++) fake.say(fake.person(`member${i}`), `<@${fake.bot.id}> ${QUESTION}`, guild);
  await mentionsDealtWith(logged + 30);
  const lines = h.logs.slice(linesBefore);
  expect(lines.filter((l) => l.level === "error")).toEqual([]);
  const warnings = lines.filter((l) => l.level === "warn");
  expect(warnings).toHaveLength(1);
  expect(warnings[0]).toMatchObject({ channel: guild.channelId });
  expect(warnings[0]).not.toHaveProperty("stack");
  expect(dmsOpened().length - dmsBefore).toBe(0);
  // Once refused, the bot stops trying there for a while (refused requests count against its standing with Discord).
  const tried = posts(guild.channelId).length;
  for (let i = 0; i < 5; i++) fake.say(fake.person(`late${i}`), `<@${fake.bot.id}> ${QUESTION}`, guild);
  await mentionsDealtWith(logged + 35);
  expect(posts(guild.channelId).length).toBe(tried);
  expect(h.logs.slice(linesBefore).filter((l) => l.level === "warn" || l.level === "error")).toHaveLength(1);
});

test("an empty /ask question gets its one-line error and does not use up the cooldown", async () => {
  const asker = fake.person("blank");
  const empty = fake.slash(asker, "ask", { question: "   " });
  const refusal = await fake.waitFor((c) => c.path.includes(empty.token) && /^The question is empty/.test(sent(c).content ?? ""));
  expect((sent(refusal).flags ?? 0) & 64).toBe(64);
  const real = fake.slash(asker, "ask", { question: QUESTION });
  const answer = sent(await fake.waitFor(isAnswer(real.token)));
  expect(answer.embeds?.[0]?.footer?.text).toMatch(/^Passages 1–3 of/);
});

test("a mention with an over-long question is told once per cooldown, not on every try", async () => {
  const asker = fake.person("verbose");
  const dmsBefore = dmsOpened().length;
  const logged = mentionLines();
  for (let i = 0; i < 10; i++) fake.say(asker, `<@${fake.bot.id}> ${"why ".repeat(600)}`);
  await mentionsDealtWith(logged + 10);
  expect(dmsOpened().length - dmsBefore).toBeLessThanOrEqual(1);
  const asked = fake.say(asker, `<@${fake.bot.id}> ${QUESTION}`);
  const reply = await fake.waitFor((c) => c.method === "POST" && sent(c).message_reference?.message_id === asked.id);
  expect(sent(reply).embeds?.length).toBe(1);
  await mentionsDealtWith(logged + 11);
});
