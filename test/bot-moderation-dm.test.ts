/**
 * Reporting needs a server: an answer in the bot's DMs is not recorded, so
 * a Report button there could only be refused. The same question asked in a
 * server and in a DM, through the fake Discord with moderation wired as
 * `npm start` wires it: the server's answer has Report, the DM's has the
 * other buttons only; the same for /quote pages.
 */
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import { openEngine, type QaEngine } from "../src/qa/index.js";
import { customIds, labels, sent, type SentMessage } from "./fake-discord/inspect.js";
import { expectCleanTraffic } from "./fake-discord/traffic.js";
import { TEST_CACHE_DIR } from "./fake-discord/harness.js";
import type { Interaction } from "./fake-discord/payloads.js";
import type { FakeDiscord } from "./fake-discord/server.js";
import { PERMISSIONS, isAnswer, startModeratedBot, world, type ModeratedBot } from "./fixtures/moderated-bot.js";

const QUESTION = "Who was killed in Moscow?";

let engine: QaEngine;
let w: Awaited<ReturnType<typeof world>>;
let bot: ModeratedBot;
let fake: FakeDiscord;

beforeAll(async () => {
  engine = await openEngine({ corpusDir: "corpus", cacheDir: TEST_CACHE_DIR });
  w = await world();
  fake = w.fake;
  bot = await startModeratedBot({ dbPath: w.dbPath, engine, fake });
});

afterAll(async () => {
  await bot?.stop();
  await w?.cleanup();
});

afterEach(() => {
  expectCleanTraffic(fake);
  expect([...bot.h.logs, ...bot.logs].filter((l) => l.level === "warn" || l.level === "error")).toEqual([]);
});

/** The answer as the bot filled it in (deferred, then edited). */
async function answered(interaction: Interaction): Promise<SentMessage> {
  return sent(await fake.waitFor(isAnswer(interaction)));
}

const allLabels = (message: SentMessage) => labels(message).flat();

describe("the Report button", () => {
  test("is under an answer in a server, and not under the same answer in a DM, which keeps its other buttons", async () => {
    const alice = fake.person("alice", { permissions: PERMISSIONS.member });
    const inServer = await answered(fake.slash(alice, "ask", { question: QUESTION }));
    const inDm = await answered(fake.slashInDm(alice, "ask", { question: QUESTION }));

    expect(allLabels(inServer)).toContain("Report");
    expect(allLabels(inDm)).not.toContain("Report");
    expect(customIds(inDm).filter((id) => id.startsWith("cbm:"))).toEqual([]);
    // The same passages, each with its Context button, and More sources: only Report is gone.
    expect(allLabels(inDm)).toEqual(allLabels(inServer).filter((label) => label !== "Report"));
    expect(allLabels(inDm)).toEqual(expect.arrayContaining(["Context 1", "More sources"]));
    expect(inDm.embeds).toEqual(inServer.embeds);
    expect(inDm.allowed_mentions).toEqual({ parse: [] });
  });

  test("is under a /quote page in a server, and not under the same page in a DM", async () => {
    const carol = fake.person("carol", { permissions: PERMISSIONS.member });
    const inServer = await answered(fake.slash(carol, "quote", { speaker: "Putin" }));
    const inDm = await answered(fake.slashInDm(carol, "quote", { speaker: "Putin" }));

    expect(allLabels(inServer)).toContain("Report");
    expect(allLabels(inDm)).toEqual(allLabels(inServer).filter((label) => label !== "Report"));
    expect(allLabels(inDm)).toEqual(expect.arrayContaining(["Context 1", "More quotes"]));
    expect(inDm.embeds).toEqual(inServer.embeds);
  });

  test("a DM answer is not recorded (there is no server to moderate it), a server answer is", async () => {
    const bob = fake.person("bob", { permissions: PERMISSIONS.member });
    const dm = fake.slashInDm(bob, "ask", { question: QUESTION });
    await answered(dm);
    const server = fake.slash(bob, "ask", { question: QUESTION });
    await answered(server);
    const dmMessage = fake.original(dm)!;
    expect(dmMessage.guild_id).toBeUndefined();
    await expect.poll(() => bot.store.findAnswerByMessage(fake.guild.id, fake.original(server)!.id)).toBeDefined();
    expect(bot.store.findAnswerByMessage(fake.guild.id, dmMessage.id)).toBeUndefined();
  });
});
