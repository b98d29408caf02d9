/**
 * The extension points moderation will use, end to end: suppressed passages
 * are never cited, an extra "Report" button sits under answers and reaches
 * its own handler, and every delivered answer page is announced with the
 * message it landed in.
 */
import { afterAll, afterEach, beforeAll, expect, test } from "vitest";
import { openEngine } from "../src/qa/index.js";
import type { AnswerDelivered } from "../src/bot/runtime.js";
import { customIds, description, displayed, labels, sent, type SentMessage } from "./fake-discord/inspect.js";
import { expectCleanTraffic, isAnswer } from "./fake-discord/traffic.js";
import { reportButton } from "./fixtures/bot-helpers.js";
import { TEST_CACHE_DIR, startHarness, type Harness } from "./fake-discord/harness.js";

const QUESTION = "Who was killed in Moscow?";
const delivered: AnswerDelivered[] = [];
const reported: string[] = [];
let suppressedKey = "";
let h: Harness;

const report = reportButton(reported);

beforeAll(async () => {
  const engine = await openEngine({ corpusDir: "corpus", cacheDir: TEST_CACHE_DIR });
  const best = engine.ask(QUESTION);
  if (!best.answered) throw new Error("expected an answer");
  suppressedKey = best.answers[0]!.key;
  h = await startHarness({
    engine,
    hooks: {
      suppressed: (guildId) => new Set(guildId === null ? [] : [suppressedKey]),
      answerButtons: (shown, first) => shown.map((a, i) => ({ customId: `cbm:report:${a.key}`, label: `Report ${first + i}`, style: "danger" })),
      buttons: [report],
      onAnswered: (answer) => void delivered.push(answer),
    },
  });
});

afterAll(async () => {
  await h?.stop();
});

afterEach(() => {
  expectCleanTraffic(h.fake);
});

test("a suppressed passage is never cited, nor shown as context, in that guild", async () => {
  const ask = h.fake.slash(h.fake.person("alice"), "ask", { question: QUESTION });
  const message = sent(await h.fake.waitFor(isAnswer(ask.token)));
  expect(customIds(message)).not.toContain(`ctx:${suppressedKey}`);
  const suppressedText = h.engine.context(suppressedKey)!.sentence.text;
  expect(displayed(description(message))).not.toContain(suppressedText);

  const press = h.fake.pressForged(h.fake.person("bob"), h.fake.original(ask)!.id, `ctx:${suppressedKey}`);
  const call = await h.fake.waitFor((c) => c.path.endsWith(`/${press.token}/callback`));
  expect(sent(call).content).toBe("This server's moderators have withdrawn that passage, so it is not shown here.");
});

test("extra buttons sit after More sources and reach their own handler", async () => {
  const ask = h.fake.slash(h.fake.person("carol"), "ask", { question: QUESTION });
  await h.fake.waitFor(isAnswer(ask.token));
  const original = h.fake.original(ask)! as SentMessage & { id: string };
  expect(labels(original)).toEqual([
    ["Context 1", "Context 2", "Context 3"],
    ["More sources", "Report 1", "Report 2", "Report 3"],
  ]);
  const press = h.fake.press(h.fake.person("dave"), original.id, "Report 2");
  const call = await h.fake.waitFor((c) => c.path.endsWith(`/${press.token}/callback`));
  expect(sent(call)).toMatchObject({ content: "Thanks, the moderators will review this citation.", flags: 64 | 4 });
  const secondKey = customIds(original).filter((id) => id.startsWith("ctx:"))[1]!.slice("ctx:".length);
  expect(reported).toEqual([secondKey]);
});

test("every delivered page is announced with its message, asker, question and passages", async () => {
  delivered.length = 0;
  const erin = h.fake.person("erin");
  const ask = h.fake.slash(erin, "ask", { question: QUESTION });
  await h.fake.waitFor(isAnswer(ask.token));
  const messageId = h.fake.original(ask)!.id;
  const press = h.fake.press(erin, messageId, "More sources");
  await h.fake.waitFor((c) => c.path.endsWith(`/${press.token}/callback`));
  const mention = h.fake.say(erin, `<@${h.fake.bot.id}> ${QUESTION}`);
  const reply = await h.fake.waitFor((c) => c.method === "POST" && c.path.endsWith("/messages") && sent(c).message_reference?.message_id === mention.id);
  await expect.poll(() => delivered.length).toBe(3);

  const page = (offset: number) => {
    const result = h.engine.ask(QUESTION, { limit: 3, offset, suppressed: new Set([suppressedKey]) });
    return result.answered ? result.answers.map((a) => a.key) : [];
  };
  const common = { guildId: h.fake.guild.id, channelId: h.fake.guild.channelId, userId: erin.id, question: QUESTION };
  expect(delivered.map(({ shown, ...rest }) => ({ ...rest, keys: shown.map((a) => a.key) }))).toEqual([
    { ...common, messageId, source: "ask", offset: 0, keys: page(0) },
    { ...common, messageId, source: "ask", offset: 3, keys: page(3) },
    { ...common, messageId: (reply.response as { id: string }).id, source: "mention", offset: 0, keys: page(0) },
  ]);
});
