/**
 * An answer not ready within BOT_DEFAULTS.acknowledgeAfterMs: the bot
 * acknowledges first (Discord drops an interaction unanswered after 3 s) and
 * edits the answer in when it comes; a quick answer is the reply itself
 * (bot-discord.test.ts). The engine here answers only when the test lets it.
 */
import { afterAll, afterEach, beforeAll, expect, test } from "vitest";
import type { AskOptions, AskResult, QaEngine } from "../src/qa/index.js";
import { openEngine } from "../src/qa/index.js";
import { FLAGS, description, displayed, sent } from "./fake-discord/inspect.js";
import { startHarness, TEST_CACHE_DIR, type Harness } from "./fake-discord/harness.js";
import { expectCleanTraffic, isAnswer, isCallback } from "./fake-discord/traffic.js";

/** Questions wait here until `release` answers them (or fails them). */
const held: Array<{ answer: () => void; fail: (error: Error) => void }> = [];

let engine: QaEngine;
let h: Harness;

beforeAll(async () => {
  engine = await openEngine({ corpusDir: "corpus", cacheDir: TEST_CACHE_DIR });
  const answerer = {
    ask: (question: string, options: AskOptions) =>
      new Promise<AskResult>((resolve, reject) => {
        held.push({ answer: () => resolve(engine.answer(question, options)), fail: reject });
      }),
  };
  h = await startHarness({ engine, answerer });
}, 60_000);

afterAll(async () => {
  await h?.stop();
});

afterEach(() => {
  expectCleanTraffic(h.fake);
});

function expected(question: string): string[] {
  const result = engine.ask(question, { limit: 3 });
  if (!result.answered) throw new Error(`the corpus should answer ${question}`);
  return result.answers.map((a) => a.text);
}

test("a slow answer is acknowledged publicly first, then edited in", async () => {
  const question = "What did Putin say about Trump?";
  const ask = h.fake.slash(h.fake.person("alice"), "ask", { question });
  const ack = await h.fake.waitFor(isCallback(ask.token));
  expect(ack.body).toEqual({ type: 5, data: { flags: 0 } });
  held.shift()!.answer();
  const edit = await h.fake.waitFor(isAnswer(ask.token));
  expect(edit.path).toBe(`/webhooks/${h.fake.applicationId}/${ask.token}/messages/@original`);
  const text = displayed(description(sent(edit)));
  for (const answer of expected(question)) expect(text).toContain(answer);
  expect(h.fake.original(ask)!.flags & FLAGS.Ephemeral).toBe(0);
});

test("a slow private answer is acknowledged ephemerally, so only the asker ever sees it", async () => {
  const question = "What is the Oreshnik missile?";
  const ask = h.fake.slash(h.fake.person("bob"), "ask", { question, private: true });
  const ack = await h.fake.waitFor(isCallback(ask.token));
  expect(ack.body).toEqual({ type: 5, data: { flags: FLAGS.Ephemeral } });
  held.shift()!.answer();
  const edit = await h.fake.waitFor(isAnswer(ask.token));
  expect(edit.method).toBe("PATCH");
  expect(displayed(description(sent(edit)))).toContain(expected(question)[0]!);
  expect(h.fake.original(ask)!.flags & FLAGS.Ephemeral).toBe(FLAGS.Ephemeral);
});

test("a slow failure after a public acknowledgement is taken back and told privately", async () => {
  const ask = h.fake.slash(h.fake.person("carol"), "ask", { question: "Who was killed in Moscow?" });
  await h.fake.waitFor(isCallback(ask.token));
  held.shift()!.fail(new Error("index exploded"));
  const followUp = await h.fake.waitFor((c) => c.method === "POST" && c.path === `/webhooks/${h.fake.applicationId}/${ask.token}`);
  expect(h.fake.callsFor(ask).map((c) => c.method)).toEqual(["POST", "DELETE", "POST"]);
  expect(sent(followUp)).toMatchObject({ content: "Sorry, something went wrong while answering. It has been logged; please try again.", flags: FLAGS.Ephemeral | FLAGS.SuppressEmbeds });
  expect(h.fake.original(ask)).toBeUndefined();
});
