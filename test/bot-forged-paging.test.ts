/**
 * Forged paging buttons. A modified client can press any custom id on any
 * message it sees; a page request must match the request recorded for the
 * message it was pressed on, and its asker, not just the ids inside the
 * custom id. Through the fake Discord, with moderation's answer records in a
 * real SQLite file (they must not gain passages a message never showed).
 */
import { afterAll, afterEach, beforeAll, expect, test } from "vitest";
import { openEngine, type QaEngine } from "../src/qa/index.js";
import { TEST_CACHE_DIR } from "./fake-discord/harness.js";
import { customIds, sent } from "./fake-discord/inspect.js";
import type { FakeUser, Interaction } from "./fake-discord/payloads.js";
import type { FakeDiscord } from "./fake-discord/server.js";
import { expectCleanTraffic, isCallback, isAnswer } from "./fake-discord/traffic.js";
import { startModeratedBot, world, type ModeratedBot } from "./fixtures/moderated-bot.js";

const QUESTION = "Who was killed in Moscow?";
const OTHER = "What did Putin say about Trump?";

let engine: QaEngine;
let w: Awaited<ReturnType<typeof world>>;
let bot: ModeratedBot;
let fake: FakeDiscord;

beforeAll(async () => {
  engine = await openEngine({ corpusDir: "corpus", cacheDir: TEST_CACHE_DIR });
  w = await world(1);
  fake = w.fake;
  bot = await startModeratedBot({ dbPath: w.dbPath, engine, fake });
});

afterAll(async () => {
  await bot?.stop();
  await w?.cleanup();
});

afterEach(() => {
  expectCleanTraffic(fake);
});

async function asked(who: FakeUser, command: "ask" | "quote", options: Record<string, string>) {
  const interaction = fake.slash(who, command, options);
  const edit = await fake.waitFor(isAnswer(interaction.token));
  const messageId = fake.original(interaction)!.id;
  await expect.poll(() => bot.store.findAnswerByMessage(fake.guild.id, messageId)).toBeDefined();
  return { interaction, messageId, next: customIds(sent(edit)).find((id) => id.startsWith("more:") || id.startsWith("mq:"))! };
}

/** Press `customId` on `messageId` as `who`; expect a private refusal and the message and its record untouched. */
async function expectRefused(who: FakeUser, messageId: string, customId: string): Promise<void> {
  const before = JSON.stringify(fake.messages.get(messageId));
  const record = JSON.stringify(bot.store.findAnswerByMessage(fake.guild.id, messageId));
  const press: Interaction = fake.pressForged(who, messageId, customId);
  const call = await fake.waitFor(isCallback(press.token));
  expect(call.body, customId).toMatchObject({ type: 4, data: { flags: 64 | 4, content: expect.stringMatching(/^Only the person who asked can page/) } });
  expect(JSON.stringify(fake.messages.get(messageId))).toBe(before);
  expect(JSON.stringify(bot.store.findAnswerByMessage(fake.guild.id, messageId))).toBe(record);
}

test("a forged More sources naming the presser is refused on someone else's answer", async () => {
  const alice = fake.person("alice");
  const bob = fake.person("bob");
  const hers = await asked(alice, "ask", { question: QUESTION });
  const his = await asked(bob, "ask", { question: OTHER });
  expect(hers.next).toBe(`more:${hers.interaction.id}:${alice.id}:3`);
  // Bob's own request pressed on Alice's message would put his answer in place of hers.
  await expectRefused(bob, hers.messageId, his.next);
  // Alice's request with Bob's id in it would page her answer for him.
  await expectRefused(bob, hers.messageId, `more:${hers.interaction.id}:${bob.id}:3`);
  // The genuine button still works for her.
  const press = fake.press(alice, hers.messageId, "More sources");
  expect((await fake.waitFor(isCallback(press.token))).body).toMatchObject({ type: 7 });
});

test("a forged More quotes naming the presser is refused on someone else's /quote page", async () => {
  const carol = fake.person("carol");
  const dave = fake.person("dave");
  const hers = await asked(carol, "quote", { speaker: "Putin" });
  const his = await asked(dave, "quote", { speaker: "Putin", outlet: "e" });
  expect(hers.next).toMatch(/^mq:/);
  expect(his.next).toMatch(/^mq:/);
  const [, carolsId = ""] = hers.next.split(":");
  await expectRefused(dave, hers.messageId, his.next);
  await expectRefused(dave, hers.messageId, `mq:${carolsId}:${dave.id}:5`);
});

test("a forged /review with no subcommand gets one plain line, not a validator's message", async () => {
  const mod = fake.person("mod", { permissions: String(0x400 | 0x800 | 0x10000 | 0x2000) });
  const forged = fake.slash(mod, "review", {});
  const call = await fake.waitFor(isCallback(forged.token));
  expect(call.body).toMatchObject({ type: 4, data: { flags: 64 | 4 } });
  expect(sent(call).content).toBe("/review needs a subcommand: queue, history, suppress or restore.");
  const unknown = fake.subcommand(mod, "review", "delete-everything", {});
  expect(sent(await fake.waitFor(isCallback(unknown.token))).content).toBe("/review needs a subcommand: queue, history, suppress or restore.");
});
