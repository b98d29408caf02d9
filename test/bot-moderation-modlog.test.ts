/**
 * A mod-log post follows its passage: after Suppress and a later
 * `/review restore` the post Discord holds says "restored", who restored it
 * and why, with no stale buttons; a suppression by key of an upheld passage
 * shows on its post too; a post is edited in the channel it was made in. When
 * the post cannot be edited (deleted, permissions gone) the decision still
 * stands and the moderator gets the usual reply; the failure is only logged.
 * Posts made before the channel was stored (schema version 1) are still
 * brought up to date after the upgrade.
 */
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import Database from "better-sqlite3";
import { openEngine, type QaEngine } from "../src/qa/index.js";
import { passageHash } from "../src/moderation/index.js";
import { APPLICATION_ID, MIGRATIONS } from "../src/store/migrations.js";
import { customIds, sent } from "./fake-discord/inspect.js";
import { expectCleanTraffic } from "./fake-discord/traffic.js";
import { TEST_CACHE_DIR } from "./fake-discord/harness.js";
import { message, type FakeUser } from "./fake-discord/payloads.js";
import type { FakeDiscord, RestCall } from "./fake-discord/server.js";
import { PERMISSIONS, TEXTS, isAnswer, privateLine, startModeratedBot, world, type ModeratedBot } from "./fixtures/moderated-bot.js";

const QUESTION = "Who was killed in Moscow?";
const OTHER_QUESTION = "When was the Oreshnik missile first used?";

interface Embed {
  title: string;
  color: number;
  fields: Array<{ name: string; value: string }>;
}

let engine: QaEngine;

beforeAll(async () => {
  engine = await openEngine({ corpusDir: "corpus", cacheDir: TEST_CACHE_DIR });
});

/** The post as Discord holds it now (after every edit the fake accepted). */
function postOn(fake: FakeDiscord, messageId: string): { embed: Embed; components: unknown[]; channelId: string } {
  const post = fake.messages.get(messageId);
  if (!post) throw new Error(`no message ${messageId}`);
  return { embed: post.embeds[0] as Embed, components: post.components, channelId: post.channel_id };
}

const field = (embed: Embed, name: string) => embed.fields.find((f) => f.name === name)?.value ?? "";

describe("the mod-log post of a passage", () => {
  let w: Awaited<ReturnType<typeof world>>;
  let bot: ModeratedBot;
  let fake: FakeDiscord;
  let guild: string;
  let mod: FakeUser;
  /** Refusals and warnings a test provokes on purpose. */
  const expectedRefusals = new Set<RestCall>();
  let expectedWarnings = 0;

  beforeAll(async () => {
    w = await world();
    fake = w.fake;
    guild = fake.guild.id;
    bot = await startModeratedBot({ dbPath: w.dbPath, engine, fake });
    mod = fake.person("mod", { permissions: PERMISSIONS.manageMessages });
    await setModlog(fake.guild.modChannelId);
  });

  afterAll(async () => {
    await bot?.stop();
    await w?.cleanup();
  });

  afterEach(() => {
    expectCleanTraffic(fake, expectedRefusals);
    for (const call of fake.calls) {
      // Nothing the bot posts or edits may ping anyone.
      if (call.method !== "GET" && (call.body as { allowed_mentions?: unknown } | undefined)?.allowed_mentions !== undefined) {
        expect((call.body as { allowed_mentions: { parse: string[] } }).allowed_mentions.parse).toEqual([]);
      }
    }
    expect(bot.h.logs.filter((l) => l.level === "warn" || l.level === "error"), "the bot's own log").toEqual([]);
    expect(bot.logs.filter((l) => l.level === "error")).toEqual([]);
    expect(bot.logs.filter((l) => l.level === "warn")).toHaveLength(expectedWarnings);
  });

  async function setModlog(channelId: string): Promise<void> {
    const admin = fake.person("admin", { permissions: PERMISSIONS.manageServer });
    await privateLine(fake, fake.subcommand(admin, "config", "modlog", { channel: { type: 7, value: channelId } }));
    expect(bot.store.getGuildConfig(guild).modlogChannelId).toBe(channelId);
  }

  /** Someone asks and someone else reports passage `index` with the Report button; resolves once the report's post is stored. */
  async function reported(question: string, index: number, reason: string) {
    const interaction = fake.slash(fake.person("asker"), "ask", { question });
    const keys = customIds(sent(await fake.waitFor(isAnswer(interaction)))).filter((id) => id.startsWith("ctx:")).map((id) => id.slice(4));
    const messageId = fake.original(interaction)!.id;
    await expect.poll(() => bot.store.findAnswerByMessage(guild, messageId)).toBeDefined();
    const key = keys[index]!;
    const reporter = fake.person("reporter", { permissions: PERMISSIONS.member });
    const press = fake.press(reporter, messageId, "Report");
    await fake.modal(press);
    expect(await privateLine(fake, fake.submitModal(reporter, press, { passage: key, reason }))).toBe(TEXTS.reported);
    const report = bot.store.listOpenReports(guild).items.find((r) => r.passage.key === key)!;
    await expect.poll(() => bot.store.getReport(guild, report.id)?.modlogMessageId).not.toBeNull();
    return { key, report: bot.store.getReport(guild, report.id)! };
  }

  /** A moderator presses Suppress on the post and gives a reason. */
  async function suppressFromPost(postId: string, reason: string): Promise<string> {
    const press = fake.press(mod, postId, /^Suppress/);
    await fake.modal(press);
    return privateLine(fake, fake.submitModal(mod, press, { reason }));
  }

  /** Run `act`, then wait for the bot's next edit of message `postId` (in any channel). */
  async function nextEdit(postId: string, act: () => Promise<unknown>): Promise<RestCall> {
    const before = new Set(fake.calls);
    await act();
    return fake.waitFor((c) => !before.has(c) && c.method === "PATCH" && c.path.endsWith(`/messages/${postId}`));
  }

  const posts = () => fake.calls.filter((c) => c.method === "POST" && /^\/channels\/\d+\/messages$/.test(c.path));

  test("after Suppress and then /review restore, the post says restored, by whom and why, with no buttons left", async () => {
    const { key, report } = await reported(QUESTION, 0, "Cut @everyone <@123456789012345678> **short**");
    const postId = report.modlogMessageId!;
    expect(report.modlogChannelId).toBe(fake.guild.modChannelId);
    expect(postOn(fake, postId).components).not.toEqual([]);

    await nextEdit(postId, async () => expect(await suppressFromPost(postId, "Misleading cut.")).toBe(`Suppressed ${key}; report #${report.id} closed.`));
    const suppressed = postOn(fake, postId).embed;
    expect(suppressed.title).toBe(`Citation report #${report.id} · 1 report · suppressed`);

    const postsBefore = posts().length;
    const edit = await nextEdit(postId, async () => {
      const restore = fake.subcommand(mod, "review", "restore", { key, reason: "Reviewed again: **fair** quote @here." });
      expect(await privateLine(fake, restore)).toBe(`Restored ${key}.`);
    });
    expect(edit.path).toBe(`/channels/${fake.guild.modChannelId}/messages/${postId}`);
    expect(edit.status).toBe(200);
    const now = postOn(fake, postId);
    expect(now.embed.title).toBe(`Citation report #${report.id} · 1 report · restored`);
    expect(now.embed.color).not.toBe(suppressed.color);
    expect(now.components).toEqual([]);
    const lines = field(now.embed, "Decisions").split("\n");
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(new RegExp(`^Suppressed by <@${mod.id}> <t:\\d+:f>: Misleading cut\\.$`));
    // The moderator's reason is shown literally: it can neither format nor ping.
    expect(lines[1]).toMatch(new RegExp(`^Restored by <@${mod.id}> <t:\\d+:f>: Reviewed again: \\\\\\*\\\\\\*fair\\\\\\*\\\\\\* quote \\\\@here\\.$`));
    // The report itself is still shown as it was: the question, the reporter's reason.
    expect(field(now.embed, "Question")).toBe(QUESTION);
    expect(field(now.embed, "1 report")).toMatch(/: Cut \\@everyone \\<\\@123456789012345678\\> \\\*\\\*short\\\*\\\*$/);
    expect(posts()).toHaveLength(postsBefore);
    expect(bot.store.suppressedKeys(guild).has(key)).toBe(false);
  });

  test("suppressing by key a passage whose report was upheld updates that report's post too", async () => {
    const { key, report } = await reported(OTHER_QUESTION, 0, "Wrong date?");
    const postId = report.modlogMessageId!;
    await nextEdit(postId, async () => {
      const press = fake.press(mod, postId, /^Uphold/);
      await fake.modal(press);
      expect(await privateLine(fake, fake.submitModal(mod, press, { reason: "Accurate." }))).toBe(`Upheld ${key}; report #${report.id} closed.`);
    });
    expect(postOn(fake, postId).embed.title).toMatch(/ · upheld$/);

    await nextEdit(postId, async () => {
      const suppress = fake.subcommand(mod, "review", "suppress", { key, reason: "Second thoughts." });
      expect(await privateLine(fake, suppress)).toBe(`Suppressed ${key}.`);
    });
    const now = postOn(fake, postId).embed;
    expect(now.title).toBe(`Citation report #${report.id} · 1 report · suppressed`);
    expect(field(now, "Decisions").split("\n").map((line) => line.split(" by ")[0])).toEqual(["Upheld", "Suppressed"]);
  });

  test("a post is edited where it was made, even after the mod-log moved to another channel", async () => {
    const { key, report } = await reported(OTHER_QUESTION, 1, "Out of context");
    const postId = report.modlogMessageId!;
    await setModlog(fake.guild.channelId);
    try {
      const postsBefore = posts().length;
      const edit = await nextEdit(postId, async () => expect(await suppressFromPost(postId, "Moved but still mine.")).toBe(`Suppressed ${key}; report #${report.id} closed.`));
      expect(edit.path).toBe(`/channels/${fake.guild.modChannelId}/messages/${postId}`);
      expect(edit.status).toBe(200);
      expect(postOn(fake, postId).embed.title).toMatch(/ · suppressed$/);
      expect(posts()).toHaveLength(postsBefore);
    } finally {
      await setModlog(fake.guild.modChannelId);
    }
  });

  test("a deleted post: the restore is stored and acknowledged as usual, the failure is logged, nothing is posted instead", async () => {
    const { key, report } = await reported(QUESTION, 1, "Deleted later");
    const postId = report.modlogMessageId!;
    await nextEdit(postId, () => suppressFromPost(postId, "Bad cut."));
    fake.messages.delete(postId);

    const postsBefore = posts().length;
    expectedWarnings++;
    const refused = await nextEdit(postId, async () => {
      const restore = fake.subcommand(mod, "review", "restore", { key, reason: "Back it comes." });
      expect(await privateLine(fake, restore)).toBe(`Restored ${key}.`);
    });
    expectedRefusals.add(refused);
    expect(refused.response).toMatchObject({ code: 10008 });
    expect(bot.store.suppressedKeys(guild).has(key)).toBe(false);
    expect(bot.store.history(guild).items[0]).toMatchObject({ action: "restore", passageKey: key, reason: "Back it comes." });
    await expect.poll(() => bot.logs.filter((l) => l.level === "warn")).toHaveLength(expectedWarnings);
    expect(bot.logs.filter((l) => l.level === "warn").at(-1)).toMatchObject({ event: "mod-log not updated", guild, report: report.id });
    expect(bot.h.logs.filter((l) => l.event === "handled" && l.command === "/review").at(-1)).toMatchObject({ outcome: "decided" });
    expect(posts()).toHaveLength(postsBefore);
  });

  test("permissions gone in the mod-log channel: the restore still succeeds with the usual reply, the 403 is only logged", async () => {
    const { key, report } = await reported(QUESTION, 2, "No access later");
    const postId = report.modlogMessageId!;
    await nextEdit(postId, () => suppressFromPost(postId, "Hide it."));
    fake.forbiddenChannels.add(fake.guild.modChannelId);
    try {
      expectedWarnings++;
      const refused = await nextEdit(postId, async () => {
        const restore = fake.subcommand(mod, "review", "restore", { key, reason: "Show it again." });
        // The moderator sees the ordinary acknowledgement, never an error or a stack trace.
        expect(await privateLine(fake, restore)).toBe(`Restored ${key}.`);
      });
      expectedRefusals.add(refused);
      expect(refused.status).toBe(403);
      expect(bot.store.suppressedKeys(guild).has(key)).toBe(false);
      await expect.poll(() => bot.logs.filter((l) => l.level === "warn")).toHaveLength(expectedWarnings);
      expect(bot.logs.filter((l) => l.level === "warn").at(-1)).toMatchObject({ event: "mod-log not updated", guild, report: report.id, errorCode: 50013 });
      expect(postOn(fake, postId).embed.title).toMatch(/ · suppressed$/);
    } finally {
      fake.forbiddenChannels.delete(fake.guild.modChannelId);
    }
  });
});

describe("a database from before the post's channel was stored (schema version 1)", () => {
  let w: Awaited<ReturnType<typeof world>>;
  afterAll(async () => await w?.cleanup());

  test("is upgraded on start, and its old post is brought up to date in the configured mod-log channel", async () => {
    w = await world();
    const { fake } = w;
    const guild = fake.guild.id;
    const mod = fake.person("mod", { permissions: PERMISSIONS.manageMessages });
    const result = engine.ask(QUESTION);
    if (!result.answered) throw new Error("the corpus no longer answers the test question");
    const cited = result.answers[0]!;
    // The post the old citebot made, as Discord holds it.
    const post = message({ channelId: fake.guild.modChannelId, guildId: guild, author: fake.bot, embeds: [{ title: "Citation report #1 · 1 report · suppressed" }] });
    fake.messages.set(post.id, post);

    const db = new Database(w.dbPath);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    db.exec(MIGRATIONS[0]!.sql);
    db.pragma("user_version = 1");
    const at = Date.now() - 60_000;
    const { articleId } = cited.citation;
    const [start, end] = cited.key.split(":")[1]!.split("-").map(Number) as [number, number];
    db.prepare("INSERT INTO answers VALUES (1, ?, ?, ?, '900000000000000001', 'ask', ?, ?, NULL)").run(guild, fake.guild.channelId, mod.id, QUESTION, at);
    db.prepare("INSERT INTO answer_passages VALUES (1, 0, ?, 'passage', ?, ?, ?, ?)").run(cited.key, articleId, start, end, passageHash(cited.text));
    db.prepare("INSERT INTO reports VALUES (1, ?, ?, 'passage', ?, ?, ?, ?, 1, 'open', ?, NULL, NULL, ?)").run(guild, cited.key, articleId, start, end, passageHash(cited.text), at, post.id);
    db.prepare("INSERT INTO report_entries VALUES (1, ?, 'old report', 1, ?)").run(mod.id, at);
    db.prepare("INSERT INTO decisions VALUES (1, ?, 'suppress', ?, 'passage', ?, 'old suppression', 1, ?)").run(guild, cited.key, mod.id, at);
    db.prepare("UPDATE reports SET status = 'suppressed', closed_at = ?, closed_by = 1 WHERE id = 1").run(at);
    db.prepare("INSERT INTO suppressions VALUES (?, ?, 'passage', 1, ?)").run(guild, cited.key, at);
    db.prepare("INSERT INTO guild_config VALUES (?, ?, NULL, ?)").run(guild, fake.guild.modChannelId, at);
    db.close();

    const bot = await startModeratedBot({ dbPath: w.dbPath, engine, fake });
    try {
      expect(bot.store.diagnostics().schemaVersion).toBe(2);
      expect(bot.store.getReport(guild, 1)).toMatchObject({ modlogMessageId: post.id, modlogChannelId: null, status: "suppressed" });
      const restore = fake.subcommand(mod, "review", "restore", { key: cited.key, reason: "After the upgrade." });
      expect(await privateLine(fake, restore)).toBe(`Restored ${cited.key}.`);
      const edit = await fake.waitFor((c) => c.method === "PATCH" && c.path === `/channels/${fake.guild.modChannelId}/messages/${post.id}`);
      expect(edit.status).toBe(200);
      const now = postOn(fake, post.id).embed;
      expect(now.title).toBe("Citation report #1 · 1 report · restored");
      expect(field(now, "Decisions")).toMatch(/^Suppressed by .*: old suppression\nRestored by .*: After the upgrade\.$/);
      expect(fake.unknown).toEqual([]);
      expect(bot.logs.filter((l) => l.level === "warn" || l.level === "error")).toEqual([]);
    } finally {
      await bot.stop();
    }
  });
});
