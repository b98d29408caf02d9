/**
 * The pure pieces around the handlers: configuration, cooldown, paging
 * memory, custom ids, mention and terminal parsing, log redaction, and the
 * error boundary.
 */
import { describe, expect, test } from "vitest";
import { QaInputError, type AskResult, type QaEngine } from "../src/qa/index.js";
import { AnswerCache } from "../src/bot/answer-cache.js";
import { parseLine } from "../src/bot/chat/parse-line.js";
import { readConfig } from "../src/bot/config.js";
import { Cooldown } from "../src/bot/cooldown.js";
import { customId, parseCustomId } from "../src/bot/custom-ids.js";
import { handle } from "../src/bot/handle.js";
import type { Invocation } from "../src/bot/invocation.js";
import { createLogger, redact } from "../src/bot/log.js";
import { questionFromMention } from "../src/bot/mention.js";
import { PagingMemory } from "../src/bot/paging.js";
import type { Reply } from "../src/bot/render/index.js";
import { createRuntime } from "../src/bot/runtime.js";
import { CORPUS } from "./fake-discord/process.js";

describe("configuration", () => {
  const TOKEN = "MTIz.NDU2.Nzg5-abc_DEF";

  test("defaults fill everything optional; blank values count as unset", () => {
    const result = readConfig({ DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: "123456789012345678", DISCORD_GUILD_ID: " ", CORPUS_DIR: CORPUS }, { discord: true });
    expect(result).toEqual({
      ok: true,
      config: {
        discord: { token: TOKEN, applicationId: "123456789012345678", guildId: undefined, apiUrl: undefined },
        corpusDir: CORPUS,
        cacheDir: ".cache",
        cooldownSeconds: 10,
        answersPerPage: 3,
        pagingMinutes: 60,
        logLevel: "info",
        answerThreads: 0,
        sentenceMeaning: true,
        database: { path: "data/citebot.sqlite", retentionDays: 30 },
      },
    });
  });

  test("the moderation database and retention come from CITEBOT_DB and RETENTION_DAYS", () => {
    const result = readConfig({ CORPUS_DIR: CORPUS, CITEBOT_DB: "/srv/citebot/db.sqlite", RETENTION_DAYS: "7" }, { discord: false });
    expect(result.ok && result.config.database).toEqual({ path: "/srv/citebot/db.sqlite", retentionDays: 7 });
    const bad = readConfig({ CORPUS_DIR: CORPUS, RETENTION_DAYS: "0" }, { discord: false });
    expect(bad.ok ? [] : bad.problems).toEqual(['RETENTION_DAYS must be a whole number from 1 to 3650 (got "0")']);
  });

  test("every problem is reported at once, secrets never echoed", () => {
    const result = readConfig(
      { DISCORD_TOKEN: "Bot secret value", DISCORD_GUILD_ID: "guild", COOLDOWN_SECONDS: "-1", ANSWERS_PER_PAGE: "9", LOG_LEVEL: "LOUD", DISCORD_API_URL: "ftp://x", CORPUS_DIR: "/no/such/dir" },
      { discord: true },
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.split(" ")[0])).toEqual([
      "DISCORD_TOKEN",
      "DISCORD_GUILD_ID",
      "DISCORD_API_URL",
      "COOLDOWN_SECONDS",
      "ANSWERS_PER_PAGE",
      "LOG_LEVEL",
      "DISCORD_APPLICATION_ID",
      "CORPUS_DIR",
    ]);
    expect(result.problems.join("\n")).not.toContain("secret");
    expect(result.problems).toContain('ANSWERS_PER_PAGE must be a whole number from 1 to 5 (got "9")');
  });

  test("the terminal chat needs no Discord settings", () => {
    expect(readConfig({ CORPUS_DIR: CORPUS }, { discord: false }).ok).toBe(true);
  });
});

describe("cooldown", () => {
  test("refuses until the time is up, flagging only the first refusal", () => {
    let now = 1_000_000;
    const cooldown = new Cooldown({ seconds: 10, now: () => now });
    expect(cooldown.take("u")).toEqual({ ok: true });
    now += 3_000;
    expect(cooldown.take("u")).toEqual({ ok: false, retryAt: 1_010_000, firstRefusal: true });
    expect(cooldown.take("u")).toEqual({ ok: false, retryAt: 1_010_000, firstRefusal: false });
    expect(cooldown.take("someone else")).toEqual({ ok: true });
    now = 1_010_000;
    expect(cooldown.take("u")).toEqual({ ok: true });
    now += 1;
    expect(cooldown.take("u")).toMatchObject({ ok: false, firstRefusal: true });
  });

  test("0 seconds turns it off", () => {
    const cooldown = new Cooldown({ seconds: 0 });
    expect([cooldown.take("u"), cooldown.take("u")]).toEqual([{ ok: true }, { ok: true }]);
  });

  test("forgets expired users once the table is full, keeping every live one", () => {
    let now = 0;
    const cooldown = new Cooldown({ seconds: 10, now: () => now });
    cooldown.take("a");
    now = 1_000;
    cooldown.take("b");
    // "a" asks again after its cooldown: renewed, it now expires after "b", and is kept after it.
    now = 11_000;
    expect(cooldown.take("a")).toEqual({ ok: true });
    now = 11_500;
    for (let i = 0; i < 10_000; i++) cooldown.take(`user${i}`);
    // "b" expired at 11,000 and is forgotten; the live "a" and every user stay.
    expect(cooldown.size).toBe(10_001);
    expect(cooldown.take("a").ok).toBe(false);
    now = 21_200;
    cooldown.take("late");
    // "a" (21,000) has expired too; the users (21,500) and "late" are live.
    expect(cooldown.size).toBe(10_001);
    expect(cooldown.take("user1").ok).toBe(false);
    expect(cooldown.take("a")).toEqual({ ok: true });
  });
});

describe("paging memory", () => {
  test("forgets after the time to live and beyond its capacity, oldest first", () => {
    let now = 0;
    const memory = new PagingMemory({ ttlMs: 1000, capacity: 2, now: () => now });
    memory.remember("1", { question: "first", source: "ask", userId: "u" });
    memory.remember("2", { question: "second", source: "mention", userId: "u" });
    memory.remember("3", { question: "third", source: "ask", userId: "u" });
    expect([memory.recall("1"), memory.recall("2")?.question, memory.recall("3")]).toEqual([undefined, "second", { question: "third", source: "ask", userId: "u" }]);
    now = 1000;
    expect(memory.recall("2")).toBeUndefined();
  });
});

describe("answer cache", () => {
  test("asks the engine once per question, page and suppression set; evicts the least recently used", async () => {
    const asked: string[] = [];
    const engine = { ask: (q: string, o: { offset: number }) => (asked.push(`${q}@${o.offset}`), { question: q, answered: false, reason: "no-terms", unknownTerms: [], nearest: [] }) } as unknown as QaEngine;
    const cache = new AnswerCache(engine, 2);
    const page = (offset: number, suppressed?: Set<string>) => ({ limit: 3, offset, suppressed });
    const first = await cache.ask("Who?", page(0));
    expect(await cache.ask("  Who? ", page(0))).toBe(first);
    await cache.ask("Who?", page(3));
    await cache.ask("Who?", page(0, new Set(["a:1-2"])));
    await cache.ask("Who?", page(0));
    expect(asked).toEqual(["Who?@0", "Who?@3", "Who?@0", "Who?@0"]);
    const off = new AnswerCache(engine, 0);
    await off.ask("Why?", page(0));
    await off.ask("Why?", page(0));
    expect(asked.slice(4)).toEqual(["Why?@0", "Why?@0"]);
  });

  test("askers of a question still being answered share that answer; a failure is not kept", async () => {
    let calls = 0;
    let finish: (result: AskResult) => void = () => {};
    const slow = { ask: () => (calls++, new Promise<AskResult>((resolve) => (finish = resolve))) };
    const cache = new AnswerCache(slow, 10);
    const both = [cache.ask("Who?", { limit: 3, offset: 0 }), cache.ask(" Who?", { limit: 3, offset: 0 })];
    const result: AskResult = { question: "Who?", answered: false, reason: "no-terms", unknownTerms: [], nearest: [] };
    finish(result);
    expect(await Promise.all(both)).toEqual([result, result]);
    expect(calls).toBe(1);

    let fail = true;
    const flaky = {
      ask: (q: string): AskResult => {
        calls++;
        if (fail) throw new Error("engine down");
        return { ...result, question: q };
      },
    };
    const again = new AnswerCache(flaky, 10);
    await expect(again.ask("Why?", { limit: 3, offset: 0 })).rejects.toThrow("engine down");
    fail = false;
    expect((await again.ask("Why?", { limit: 3, offset: 0 })).question).toBe("Why?");
    expect(calls).toBe(3);
  });
});

describe("custom ids", () => {
  test("round-trip, and stay within 100 characters at their longest", () => {
    const more = { kind: "more", askId: "9".repeat(20), userId: "9".repeat(20), offset: 10_000 } as const;
    const context = { kind: "context", key: `${"a".repeat(40)}:${"9".repeat(9)}-${"9".repeat(9)}` } as const;
    for (const action of [more, context]) {
      const id = customId(action);
      expect(id.length).toBeLessThanOrEqual(100);
      expect(parseCustomId(id)).toEqual(action);
    }
  });

  test("anything malformed or foreign is refused", () => {
    for (const raw of ["", "more", "more:1:2", "more:1:2:0", "more:1:2:10001", "more:a:2:3", "more:1:2:3:4", "ctx:", "ctx:UPPER:1-2", "ctx:a:1-2:3", "ctx:a b:1-2", "cbm:report", `ctx:${"a".repeat(41)}:1-2`, "x".repeat(101)]) {
      expect(parseCustomId(raw), raw).toBeUndefined();
    }
    expect(() => customId({ kind: "more", askId: "1", userId: "2", offset: 0 })).toThrow();
    expect(() => customId({ kind: "context", key: "Bad Key" })).toThrow();
  });
});

describe("mentions and terminal lines", () => {
  test("only an explicit mention of this bot is a question", () => {
    expect(questionFromMention("<@42> who was killed?", "42")).toBe("who was killed?");
    expect(questionFromMention("so <@!42>   who  was\nkilled?", "42")).toBe("so who was killed?");
    expect(questionFromMention("<@42>", "42")).toBe("");
    expect(questionFromMention("<@43> who?", "42")).toBeUndefined();
    expect(questionFromMention("@everyone who?", "42")).toBeUndefined();
  });

  test("terminal lines map to commands and buttons", () => {
    expect(parseLine("  who was killed?  ")).toEqual({ kind: "command", name: "ask", options: { question: "who was killed?" } });
    expect(parseLine("/ask question: Who? private: true")).toEqual({ kind: "command", name: "ask", options: { question: "Who?", private: true } });
    expect(parseLine("/About")).toEqual({ kind: "command", name: "about", options: {} });
    expect(parseLine("/review queue")).toEqual({ kind: "command", name: "review", options: { subcommand: "queue" } });
    expect(parseLine("/more")).toEqual({ kind: "press", label: "More sources" });
    expect(parseLine("/context 2")).toEqual({ kind: "press", label: "Context 2" });
    expect(parseLine("/context two")).toEqual({ kind: "unknown", text: "/context two" });
    expect(parseLine("/quit")).toEqual({ kind: "quit" });
    expect(parseLine("   ")).toEqual({ kind: "empty" });
  });
});

describe("logging", () => {
  test("interaction tokens and the bot token are cut out of logged errors", () => {
    const text = "PATCH https://discord.com/api/v10/webhooks/123/aW50ZXJhY3Rpb24abc.def-ghi/messages/@original failed, token MTIz.NDU2.Nzg5";
    expect(redact(text, ["MTIz.NDU2.Nzg5"])).toBe("PATCH https://discord.com/api/v10/webhooks/123/[token]/messages/@original failed, token [secret]");
    const lines: string[] = [];
    const log = createLogger({ level: "warn", secrets: ["s3cret"], write: (line) => void lines.push(line) });
    log.info("ignored");
    log.error("boom", { command: "/ask", error: new Error("leaked s3cret") });
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({ level: "error", event: "boom", command: "/ask", error: "Error: leaked [secret]" });
  });

  test("a field named token or authorization is blanked whatever it holds, one JSON line each, with the base fields", () => {
    const lines: string[] = [];
    const log = createLogger({ level: "debug", base: { shard: 2 }, write: (line) => void lines.push(line) });
    log.debug("request", { token: "aW50ZXJhY3Rpb24", headers: { authorization: "Bot MTIz.NDU2.Nzg5" }, command: "/ask" });
    expect(lines).toHaveLength(1);
    expect(lines[0]!.endsWith("\n")).toBe(true);
    expect(lines[0]).not.toMatch(/aW50ZXJhY3Rpb24|MTIz/);
    expect(JSON.parse(lines[0]!)).toMatchObject({ level: "debug", event: "request", shard: 2, token: "[secret]", headers: { authorization: "[secret]" } });
    expect(Date.parse(String(JSON.parse(lines[0]!).time))).not.toBeNaN();
  });
});

describe("the error boundary", () => {
  function call(sent: Array<{ reply: Reply; visibility: string }>, logs: string[]): Invocation {
    const runtime = createRuntime({
      engine: {} as QaEngine,
      config: { cooldownSeconds: 0, answersPerPage: 3, pagingMinutes: 1 },
      log: createLogger({ level: "debug", write: (line) => void logs.push(line) }),
    });
    const responder = {
      mustAnswer: true,
      defer: async () => {},
      update: async () => undefined,
      send: async (reply: Reply, visibility: string) => void sent.push({ reply, visibility }),
    };
    return { runtime, responder, userId: "1", guildId: "2", requestId: "3" };
  }

  test("input errors reach the user as their own line; anything else as a generic one, details logged", async () => {
    const sent: Array<{ reply: Reply; visibility: string }> = [];
    const logs: string[] = [];
    expect(await handle(call(sent, logs), "/ask", () => Promise.reject(new QaInputError("the question is empty: ask *something*")))).toBe("input-error");
    expect(await handle(call(sent, logs), "/ask", () => Promise.reject(new TypeError("x is undefined")))).toBe("error");
    expect(sent).toEqual([
      { reply: { content: "The question is empty: ask \\*something\\*" }, visibility: "private" },
      { reply: { content: "Sorry, something went wrong while answering. It has been logged; please try again." }, visibility: "private" },
    ]);
    const events = logs.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(events.filter((e) => e.event === "handler failed")).toMatchObject([{ error: "TypeError: x is undefined", command: "/ask", guild: "2" }]);
    expect(events.filter((e) => e.event === "handled").map((e) => e.outcome)).toEqual(["input-error", "error"]);
  });
});
