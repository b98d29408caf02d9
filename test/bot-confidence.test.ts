/**
 * The three outcomes of a question as a person sees them, in Discord (through
 * the fake) and in the terminal chat: an answer; the closest passages, said
 * to be only that before they are shown; and "Not found in the corpus". Over
 * the invented corpus in test/fixtures/paraphrase/, with sentence meaning on,
 * as the bot runs.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { ChatSession } from "../src/bot/chat/session.js";
import { createLogger } from "../src/bot/log.js";
import { LOW_CONFIDENCE_LINE } from "../src/bot/render/index.js";
import { createRuntime } from "../src/bot/runtime.js";
import { openEngine, type QaEngine } from "../src/qa/index.js";
import { sent } from "./fake-discord/inspect.js";
import { isAnswer } from "./fake-discord/traffic.js";
import { startHarness, TEST_CACHE_DIR, type Harness } from "./fake-discord/harness.js";

const CORPUS = path.join(path.dirname(fileURLToPath(import.meta.url)), "fixtures/paraphrase/corpus");
/** One question per outcome; each test first checks the engine gives that outcome. */
const QUESTIONS = {
  high: "How much wheat was in the warehouse?",
  low: "Who owns the grain warehouse at Port Kellan?",
  none: "Who painted the Mona Lisa?",
} as const;

let engine: QaEngine;
let h: Harness;
beforeAll(async () => {
  const opened = await openEngine({ corpusDir: CORPUS, cacheDir: TEST_CACHE_DIR, meaning: true });
  expect((await opened.loadInfo.meaning?.ready)?.error).toBeUndefined();
  engine = opened;
  h = await startHarness({ corpusDir: CORPUS, engine });
}, 60_000);

afterAll(async () => {
  await h?.stop();
  await engine?.close();
});

async function discordReply(question: string): Promise<string> {
  const ask = h.fake.slash(h.fake.person(`asker-${question.length}`), "ask", { question });
  const edit = await h.fake.waitFor(isAnswer(ask.token));
  const message = sent(edit);
  return [message.content ?? "", ...(message.embeds ?? []).map((e) => `${e.title ?? ""}\n${e.description ?? ""}`)].join("\n");
}

describe("in Discord", () => {
  test("a confident answer shows its passages with no hedge", async () => {
    const r = await engine.answer(QUESTIONS.high);
    expect(r.answered && r.confidence).toBe("high");
    const text = await discordReply(QUESTIONS.high);
    expect(text).not.toContain(LOW_CONFIDENCE_LINE);
    expect(text).not.toContain("Not found in the corpus");
    expect(text).toContain("> ");
  });

  test("a question no passage clearly answers says so before the closest passages", async () => {
    const r = await engine.answer(QUESTIONS.low);
    expect(r.answered && r.confidence).toBe("low");
    const text = await discordReply(QUESTIONS.low);
    const at = text.indexOf(LOW_CONFIDENCE_LINE);
    expect(at).toBeGreaterThanOrEqual(0);
    expect(text.indexOf("> ")).toBeGreaterThan(at);
  });

  test("a question the corpus has nothing on is not found, with no passage", async () => {
    const r = await engine.answer(QUESTIONS.none);
    expect(r.answered).toBe(false);
    const text = await discordReply(QUESTIONS.none);
    expect(text).toContain("Not found in the corpus");
    expect(text).not.toContain("> ");
  });
});

describe("in the terminal chat", () => {
  test("the same three outcomes, the hedge before the passages", async () => {
    let out = "";
    const runtime = createRuntime({ engine, config: { cooldownSeconds: 0, answersPerPage: 3, pagingMinutes: 60 }, log: createLogger({ level: "silent" }) });
    const session = new ChatSession({ runtime, write: (text) => void (out += text) });
    const replies: string[] = [];
    for (const q of [QUESTIONS.high, QUESTIONS.low, QUESTIONS.none]) {
      out = "";
      await session.line(q);
      replies.push(out);
    }
    const plainLine = LOW_CONFIDENCE_LINE.replace(/\*/g, "");
    expect(replies[0]).not.toContain(plainLine);
    expect(replies[1]).toContain(plainLine);
    expect(replies[2]).toContain("Not found in the corpus");
    expect(replies[2]).not.toContain(plainLine);
  });
});
