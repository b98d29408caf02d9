/**
 * Answering in worker threads (ANSWER_THREADS): engines opened in threads
 * from the same corpus and cache answer exactly as the engine on the main
 * thread does, suppressions included, and the bot serves through them over
 * the fake Discord.
 */
import { afterAll, beforeAll, expect, test } from "vitest";
import { startAnswerThreads, type AnswerThreads } from "../src/bot/answer-threads.js";
import { openEngine, QaInputError, type QaEngine } from "../src/qa/index.js";
import { startHarness, TEST_CACHE_DIR, type Harness } from "./fake-discord/harness.js";
import { description, displayed, sent } from "./fake-discord/inspect.js";
import { expectCleanTraffic, isAnswer } from "./fake-discord/traffic.js";

const QUESTIONS = ["Who was killed in Moscow?", "What did Putin say about Trump?", "What is the Oreshnik missile?", "What is the capital of Peru?"];

let engine: QaEngine;
let threads: AnswerThreads;
let h: Harness;

beforeAll(async () => {
  engine = await openEngine({ corpusDir: "corpus", cacheDir: TEST_CACHE_DIR });
  threads = await startAnswerThreads({ corpusDir: "corpus", cacheDir: TEST_CACHE_DIR, threads: 2 });
  h = await startHarness({ engine, answerer: threads });
}, 60_000);

afterAll(async () => {
  await h?.stop();
  await threads?.close();
});

test("the threads answer exactly as the engine does, pages and suppressions included", async () => {
  const first = engine.ask(QUESTIONS[0]!, { limit: 3 });
  const suppressed = new Set(first.answered ? [first.answers[0]!.key] : []);
  const cases = [
    ...QUESTIONS.map((q) => [q, { limit: 3, offset: 0 }] as const),
    [QUESTIONS[0]!, { limit: 3, offset: 3 }] as const,
    [QUESTIONS[0]!, { limit: 3, offset: 0, suppressed }] as const,
  ];
  const answers = await Promise.all(cases.map(([q, o]) => threads.ask(q, o)));
  cases.forEach(([q, o], i) => expect(answers[i]).toEqual(engine.ask(q, o)));
});

test("bad input comes back as the engine's own input error", async () => {
  await expect(threads.ask("   ", { limit: 3 })).rejects.toThrow(QaInputError);
});

test("/ask through the bot is answered by the threads", async () => {
  const interaction = h.fake.slash(h.fake.person("alice"), "ask", { question: QUESTIONS[1]! });
  const text = displayed(description(sent(await h.fake.waitFor(isAnswer(interaction.token)))));
  const expected = engine.ask(QUESTIONS[1]!, { limit: 3 });
  for (const answer of expected.answered ? expected.answers : []) expect(text).toContain(answer.text);
  expectCleanTraffic(h.fake);
});
