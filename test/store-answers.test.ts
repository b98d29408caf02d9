import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { passageHash } from "../src/moderation/hash.js";
import { StoreError, openStore, type Store } from "../src/store/index.js";
import { ASKER, CHANNEL, GUILD_A, GUILD_B, answerInput, sf, tempDir } from "./fixtures/store-helpers.js";

describe("store: recorded answers", () => {
  let tmp: ReturnType<typeof tempDir>;
  let path: string;
  let store: Store;

  beforeEach(() => {
    tmp = tempDir();
    path = tmp.db;
    store = openStore({ path });
  });
  afterEach(() => {
    store.close();
    tmp.cleanup();
  });

  it("records an answer and finds it by message id with every field", () => {
    const recorded = store.recordAnswer(answerInput(sf(1), { source: "mention" }));
    const found = store.findAnswerByMessage(GUILD_A, sf(1));
    expect(found).toEqual(recorded);
    expect(found).toMatchObject({
      guildId: GUILD_A,
      channelId: CHANNEL,
      userId: ASKER,
      messageId: sf(1),
      source: "mention",
      question: "Who won the election?",
      questionPurgedAt: null,
    });
    expect(found?.passages).toEqual([
      { key: "article:0-10", kind: "passage", articleId: "article", start: 0, end: 10, textHash: passageHash("passage one") },
      { key: "article:20-42", kind: "passage", articleId: "article", start: 20, end: 42, textHash: passageHash("passage two") },
    ]);
    expect(Number.isNaN(Date.parse(found?.createdAt ?? ""))).toBe(false);
  });

  it("returns undefined for an unknown message and for another server's message", () => {
    store.recordAnswer(answerInput(sf(1)));
    expect(store.findAnswerByMessage(GUILD_A, sf(2))).toBeUndefined();
    expect(store.findAnswerByMessage(GUILD_B, sf(1))).toBeUndefined();
  });

  it("recording the same message again adds new passages and keeps the question", () => {
    store.recordAnswer(answerInput(sf(1)));
    const again = store.recordAnswer(
      answerInput(sf(1), {
        question: "changed",
        passages: [
          { articleId: "article", start: 20, end: 42, textHash: passageHash("passage two") },
          { articleId: "other", start: 5, end: 9, textHash: passageHash("x"), kind: "attribution" },
        ],
      }),
    );
    expect(again.question).toBe("Who won the election?");
    expect(again.passages.map((p) => `${p.key}/${p.kind}`)).toEqual([
      "article:0-10/passage",
      "article:20-42/passage",
      "other:5-9/attribution",
    ]);
  });

  it("refuses to move a recorded message to another server", () => {
    store.recordAnswer(answerInput(sf(1)));
    expect(() => store.recordAnswer(answerInput(sf(1), { guildId: GUILD_B }))).toThrow(StoreError);
    expect(store.findAnswerByMessage(GUILD_A, sf(1))?.guildId).toBe(GUILD_A);
  });

  it.each([
    ["a short guild id", { guildId: "123" }, /guildId/],
    ["a non-numeric message id", { messageId: "abcdefghijklmnopqr" }, /messageId/],
    ["an unknown source", { source: "dm" as never }, /source/],
    ["an over-long question", { question: "x".repeat(4001) }, /question/],
    ["a bad article id", { passages: [{ articleId: "Bad_Id", start: 0, end: 1, textHash: passageHash("a") }] }, /articleId/],
    ["start not below end", { passages: [{ articleId: "a", start: 5, end: 5, textHash: passageHash("a") }] }, /start must be below end/],
    ["a bad hash", { passages: [{ articleId: "a", start: 0, end: 5, textHash: "abc" }] }, /textHash/],
  ])("rejects %s with a one-line invalid-input error and stores nothing", (_name, override, message) => {
    let error: unknown;
    try {
      store.recordAnswer(answerInput(sf(9), override));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).code).toBe("invalid-input");
    expect((error as StoreError).message).toMatch(message);
    expect((error as StoreError).message).not.toContain("\n");
    expect(store.findAnswerByMessage(GUILD_A, sf(9))).toBeUndefined();
  });

  it("keeps answers across close and reopen", () => {
    store.recordAnswer(answerInput(sf(1)));
    store.close();
    store = openStore({ path });
    expect(store.findAnswerByMessage(GUILD_A, sf(1))?.passages).toHaveLength(2);
  });

  it("fails clearly after close", () => {
    store.close();
    expect(() => store.findAnswerByMessage(GUILD_A, sf(1))).toThrow(/closed/);
    store.close(); // idempotent
  });
});
