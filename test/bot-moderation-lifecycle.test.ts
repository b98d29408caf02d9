/**
 * Moderation across the bot's life: suppressions and settings survive a
 * restart on the same database file, the retention clean-up removes old
 * questions on its own timer, and a database that cannot be opened stops
 * `npm start` with one line.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { openEngine, type QaEngine } from "../src/qa/index.js";
import { customIds, sent } from "./fake-discord/inspect.js";
import { FAKE_TOKEN, TEST_CACHE_DIR } from "./fake-discord/harness.js";
import type { FakeUser } from "./fake-discord/payloads.js";
import { CORPUS, launch } from "./fake-discord/process.js";
import type { FakeDiscord } from "./fake-discord/server.js";
import { fakeClock } from "./fixtures/store-helpers.js";
import { PERMISSIONS, TEXTS, isAnswer, privateLine, startModeratedBot, world, type ModeratedBot } from "./fixtures/moderated-bot.js";

const QUESTION = "Who was killed in Moscow?";
let engine: QaEngine;

beforeAll(async () => {
  engine = await openEngine({ corpusDir: "corpus", cacheDir: TEST_CACHE_DIR });
});

async function ask(fake: FakeDiscord, bot: ModeratedBot, who: FakeUser) {
  const interaction = fake.slash(who, "ask", { question: QUESTION });
  const edit = await fake.waitFor(isAnswer(interaction));
  const messageId = fake.original(interaction)!.id;
  await expect.poll(() => bot.store.findAnswerByMessage(fake.guild.id, messageId)).toBeDefined();
  return { messageId, keys: customIds(sent(edit)).filter((id) => id.startsWith("ctx:")).map((id) => id.slice(4)) };
}

describe("a restart on the same database", () => {
  let w: Awaited<ReturnType<typeof world>>;
  afterAll(async () => await w?.cleanup());

  test("keeps suppressions, settings and reports: a new bot on the same file still leaves the passage out", async () => {
    w = await world();
    const { fake } = w;
    const mod = fake.person("mod", { permissions: PERMISSIONS.manageMessages });
    const first = await startModeratedBot({ dbPath: w.dbPath, engine, fake });
    let key: string;
    try {
      const answer = await ask(fake, first, fake.person("alice"));
      key = answer.keys[0]!;
      const suppress = fake.subcommand(mod, "review", "suppress", { key, reason: "Out of context." });
      expect(await privateLine(fake, suppress)).toBe(`Suppressed ${key}.`);
      const modlog = fake.subcommand(fake.person("admin", { permissions: PERMISSIONS.manageServer }), "config", "modlog", { channel: { type: 7, value: fake.guild.modChannelId } });
      await privateLine(fake, modlog);
    } finally {
      await first.stop();
    }

    const second = await startModeratedBot({ dbPath: w.dbPath, engine, fake });
    try {
      const again = await ask(fake, second, fake.person("bob"));
      expect(again.keys).not.toContain(key);
      expect(again.keys.length).toBeGreaterThan(0);
      expect(second.store.getGuildConfig(fake.guild.id).modlogChannelId).toBe(fake.guild.modChannelId);
      expect(second.store.history(fake.guild.id).items).toMatchObject([{ action: "suppress", passageKey: key, moderatorId: mod.id, reason: "Out of context." }]);
    } finally {
      await second.stop();
    }
  });
});

describe("retention", () => {
  let w: Awaited<ReturnType<typeof world>>;
  afterAll(async () => await w?.cleanup());

  test("answers older than the retention period are cleaned up by the periodic run; their Report button then says so", async () => {
    w = await world();
    const { fake } = w;
    const clock = fakeClock(Date.now());
    const bot = await startModeratedBot({ dbPath: w.dbPath, engine, fake, retentionDays: 1, now: clock.now, purgeIntervalMs: 25 });
    try {
      const old = await ask(fake, bot, fake.person("alice"));
      const reporter = fake.person("bob", { permissions: PERMISSIONS.member });
      // A reported answer keeps its row (the report refers to it) but loses its question.
      const press = fake.press(reporter, old.messageId, "Report");
      await fake.modal(press);
      expect(await privateLine(fake, fake.submitModal(reporter, press, { passage: old.keys[0]! }))).toBe(TEXTS.reported);
      const unreported = await ask(fake, bot, fake.person("carol"));

      clock.advanceDays(1.5);
      await expect.poll(() => bot.store.findAnswerByMessage(fake.guild.id, unreported.messageId), { timeout: 2_000 }).toBeUndefined();
      expect(bot.store.findAnswerByMessage(fake.guild.id, old.messageId)?.question).toBeNull();
      expect(bot.store.listOpenReports(fake.guild.id).items[0]?.answer?.question).toBeNull();
      expect(bot.logs.find((l) => l.event === "retention clean-up" && l.level === "info")).toMatchObject({ answersDeleted: 1, questionsBlanked: 1, retentionDays: 1 });

      const late = fake.press(reporter, unreported.messageId, "Report");
      expect(await privateLine(fake, late)).toBe(TEXTS.cannotReport);
    } finally {
      await bot.stop();
    }
  });
});

describe("npm start with a database it cannot open", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), "citebot-baddb-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const start = (db: string) =>
    launch("src/bot/main.ts", {
      DISCORD_TOKEN: FAKE_TOKEN,
      DISCORD_APPLICATION_ID: "123456789012345678",
      // Nothing listens here: start-up must stop before it ever connects.
      DISCORD_API_URL: "http://127.0.0.1:9/api",
      CORPUS_DIR: CORPUS,
      CACHE_DIR: TEST_CACHE_DIR,
      CITEBOT_DB: db,
      LOG_LEVEL: "warn",
    }).done;

  test("a file that is not a database: one line naming it, exit code 1, the file untouched", async () => {
    const file = path.join(dir, "notes.sqlite");
    writeFileSync(file, "these are my notes, not a database\n".repeat(200));
    const before = readFileSync(file);
    const { code, stdout, stderr } = await start(file);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toBe(`citebot cannot start: cannot open database ${file}: not an SQLite database; refusing to touch it\n`);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  test("another program's SQLite database, and a corrupt citebot database, are refused the same way", async () => {
    const foreign = path.join(dir, "foreign.sqlite");
    const other = new Database(foreign);
    other.exec("CREATE TABLE t (x); INSERT INTO t VALUES (1);");
    other.close();
    const first = await start(foreign);
    expect(first.code).toBe(1);
    expect(first.stderr.trim().split("\n")).toHaveLength(1);
    expect(first.stderr).toBe(`citebot cannot start: cannot open database ${foreign}: an SQLite database that is not citebot's; refusing to change it\n`);

    // A citebot database whose pages were overwritten in the middle.
    const made = await startAndStop(path.join(dir, "made"));
    const corrupt = path.join(dir, "corrupt.sqlite");
    copyFileSync(made, corrupt);
    const bytes = readFileSync(corrupt);
    bytes.fill(0x5a, 4096, Math.min(bytes.length, 4096 * 3));
    writeFileSync(corrupt, bytes);
    const second = await start(corrupt);
    expect(second.code).toBe(1);
    expect(second.stderr.trim().split("\n")).toHaveLength(1);
    expect(second.stderr).toMatch(/^citebot cannot start: cannot open database .*corrupt\.sqlite: database is corrupt \(.*\); restore it from a backup\n$/);
    expect(second.stderr).not.toMatch(/^\s+at /m);
  });
});

describe("npm run chat", () => {
  test("needs no database: moderation is off there, and CITEBOT_DB is never opened", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "citebot-chatdb-"));
    try {
      const file = path.join(dir, "not-a-database.sqlite");
      writeFileSync(file, "not a database");
      const { code, stdout, stderr } = await launch("src/bot/chat.ts", { CORPUS_DIR: CORPUS, CACHE_DIR: TEST_CACHE_DIR, CITEBOT_DB: file }, "/review queue\n/config show\n").done;
      expect(code).toBe(0);
      expect(stderr).toBe("");
      const off = "Moderation is off here: it needs the Discord bot and its database, not the terminal chat.";
      expect(stdout.split("\n").filter((line) => line === off)).toHaveLength(2);
      expect(readFileSync(file, "utf8")).toBe("not a database");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/** A healthy database made the way the bot makes it, closed; returns its path. */
async function startAndStop(directory: string): Promise<string> {
  mkdirSync(directory, { recursive: true });
  const file = path.join(directory, "citebot.sqlite");
  const w = await world();
  try {
    const bot = await startModeratedBot({ dbPath: file, engine, fake: w.fake });
    await ask(w.fake, bot, w.fake.person("maker"));
    await bot.stop();
  } finally {
    await w.cleanup();
  }
  return file;
}
