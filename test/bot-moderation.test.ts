/**
 * Moderation end to end: people report cited passages through the Report
 * button and the "Report citation" message command, reports land in the
 * mod-log channel and merge, moderators uphold or suppress (and suppressed
 * passages vanish from answers at once), /review lists and acts by key —
 * all through an unmodified discord.js client against the fake Discord, with
 * the store in a real SQLite file. Tests run in order and share one bot.
 */
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import { openEngine, type QaEngine } from "../src/qa/index.js";
import { customIds, description, displayed, labels, sent } from "./fake-discord/inspect.js";
import { expectCleanTraffic } from "./fake-discord/traffic.js";
import { TEST_CACHE_DIR } from "./fake-discord/harness.js";
import type { FakeUser } from "./fake-discord/payloads.js";
import type { FakeDiscord, RestCall } from "./fake-discord/server.js";
import {
  PERMISSIONS,
  TEXTS,
  isAnswer,
  privateEmbed,
  privateLine,
  startModeratedBot,
  world,
  type ModeratedBot,
} from "./fixtures/moderated-bot.js";

const QUESTION = "Who was killed in Moscow?";

let engine: QaEngine;
let w: Awaited<ReturnType<typeof world>>;
let bot: ModeratedBot;
let fake: FakeDiscord;
let guild: string;
let admin: FakeUser;
let mod: FakeUser;

/** Refusals a test provokes on purpose. */
const expectedRefusals = new Set<RestCall>();

beforeAll(async () => {
  engine = await openEngine({ corpusDir: "corpus", cacheDir: TEST_CACHE_DIR });
  w = await world(2);
  fake = w.fake;
  guild = fake.guild.id;
  bot = await startModeratedBot({ dbPath: w.dbPath, engine, fake });
  admin = fake.person("admin", { permissions: PERMISSIONS.manageServer });
  mod = fake.person("mod", { permissions: PERMISSIONS.manageMessages });
});

afterAll(async () => {
  await bot?.stop();
  await w?.cleanup();
});

afterEach(() => {
  expectCleanTraffic(fake, expectedRefusals);
  expect(bot.logs.filter((l) => l.level === "warn" || l.level === "error")).toEqual([]);
});

/** Someone asks; resolves once the answer is on Discord and recorded. */
async function ask(who: FakeUser, question = QUESTION, where = fake.guild) {
  const interaction = fake.slash(who, "ask", { question }, where);
  const edit = await fake.waitFor(isAnswer(interaction));
  const messageId = fake.original(interaction)!.id;
  await expect.poll(() => bot.store.findAnswerByMessage(where.id, messageId)).toBeDefined();
  const keys = customIds(sent(edit))
    .filter((id) => id.startsWith("ctx:"))
    .map((id) => id.slice(4));
  return { messageId, message: sent(edit), keys };
}

/** Someone reports passage `key` of an answer through its Report button; resolves to the private reply. */
async function reportWithButton(who: FakeUser, messageId: string, key: string, reason?: string): Promise<string> {
  const press = fake.press(who, messageId, "Report");
  await fake.modal(press);
  const submit = fake.submitModal(who, press, { passage: key, ...(reason === undefined ? {} : { reason }) });
  return privateLine(fake, submit);
}

const modlogPath = () => `/channels/${fake.guild.modChannelId}/messages`;
const modlogPosts = () => fake.calls.filter((c) => c.method === "POST" && c.path === modlogPath());
const textOf = (key: string) => engine.context(key, { window: 0 })!.sentence.text;

/** Resolves once every open report's mod-log post is on Discord (posts follow the acknowledgement). */
async function settled(): Promise<void> {
  await expect.poll(() => bot.store.listOpenReports(guild).items.every((r) => r.modlogMessageId !== null)).toBe(true);
}

/** Everything moderation stored for the guild, for "nothing changed" checks. */
function snapshot(guildId = guild): string {
  const { exportedAt: _ignored, ...data } = bot.store.exportGuild(guildId);
  return JSON.stringify({ data, config: bot.store.getGuildConfig(guildId), suppressed: [...bot.store.suppressedKeys(guildId)] });
}

let answer: Awaited<ReturnType<typeof ask>>;
let postId: string;

describe("setting up", () => {
  test("/config modlog sets the mod-log channel (Manage Server), privately; never a channel of another server", async () => {
    const elsewhere = fake.subcommand(admin, "config", "modlog", { channel: { type: 7, value: fake.guilds[1]!.channelId } });
    expect(await privateLine(fake, elsewhere)).toBe("That is not a text channel of this server that citebot can see; the mod-log is unchanged.");
    expect(bot.store.getGuildConfig(guild).modlogChannelId).toBeNull();
    const set = fake.subcommand(admin, "config", "modlog", { channel: { type: 7, value: fake.guild.modChannelId } });
    expect(await privateLine(fake, set)).toBe(`New reports will be posted in <#${fake.guild.modChannelId}>, with Uphold and Suppress buttons for moderators.`);
    expect(bot.store.getGuildConfig(guild).modlogChannelId).toBe(fake.guild.modChannelId);
    const show = fake.subcommand(admin, "config", "show");
    expect(await privateLine(fake, show)).toBe(`Mod-log channel: <#${fake.guild.modChannelId}>. Moderator role: none (Manage Messages only).`);
  });
});

describe("reporting", () => {
  test("every answer is recorded with its asker, question and cited passages, and has a Report button", async () => {
    const alice = fake.person("alice", { permissions: PERMISSIONS.member });
    answer = await ask(alice);
    expect(labels(answer.message).at(-1)).toEqual(["More sources", "Report"]);
    const recorded = bot.store.findAnswerByMessage(guild, answer.messageId)!;
    expect(recorded).toMatchObject({ guildId: guild, channelId: fake.guild.channelId, userId: alice.id, source: "ask", question: QUESTION });
    expect(recorded.passages.map((p) => p.key)).toEqual(answer.keys);
  });

  test("the Report button opens a form; the report is stored, acknowledged privately and posted to the mod-log", async () => {
    const bob = fake.person("bob", { permissions: PERMISSIONS.member });
    const press = fake.press(bob, answer.messageId, "Report");
    const form = await fake.modal(press);
    expect(form.title).toBe("Report a citation");
    const select = (form.components[0] as { component: { custom_id: string; options: Array<{ value: string; label: string }> } }).component;
    expect(select.custom_id).toBe("passage");
    expect(select.options.map((o) => o.value)).toEqual(answer.keys);
    expect(select.options[1]!.label).toMatch(/^2\. /);

    const reason = "Cut mid-sentence @everyone **look** <@123456789012345678>";
    const submit = fake.submitModal(bob, press, { passage: answer.keys[1]!, reason });
    expect(await privateLine(fake, submit)).toBe(TEXTS.reported);

    const [report] = bot.store.listOpenReports(guild).items;
    expect(report).toMatchObject({ status: "open", count: 1, passage: { key: answer.keys[1] }, answer: { messageId: answer.messageId, question: QUESTION } });
    expect(report!.entries).toMatchObject([{ userId: bob.id, reason }]);

    const post = await fake.waitFor((c) => c.method === "POST" && c.path === modlogPath());
    const message = sent(post);
    postId = (post.response as { id: string }).id;
    await expect.poll(() => bot.store.getReport(guild, report!.id)?.modlogMessageId).toBe(postId);
    expect(message.allowed_mentions).toEqual({ parse: [] });
    const embed = message.embeds![0]! as { title: string; description: string; fields: Array<{ name: string; value: string }> };
    expect(embed.title).toBe(`Citation report #${report!.id} · 1 report`);
    expect(displayed(embed.description)).toContain(textOf(answer.keys[1]!));
    const field = (name: string) => embed.fields.find((f) => f.name === name)?.value ?? "";
    expect(field("Question")).toBe("Who was killed in Moscow?");
    expect(field("Citation")).toContain(`\`${answer.keys[1]}\``);
    expect(field("Answer")).toBe(`[Jump to the answer](https://discord.com/channels/${guild}/${fake.guild.channelId}/${answer.messageId})`);
    // The reporter is named by id; their text is shown literally, so it can neither format nor ping.
    expect(field("1 report")).toBe(`<@${bob.id}>: Cut mid-sentence \\@everyone \\*\\*look\\*\\* \\<\\@123456789012345678\\>`);
    expect(labels(message)).toEqual([["Uphold (dismiss report)", "Suppress passage"]]);
  });

  test("another person's report of the same passage merges: the mod-log post is edited, not posted again", async () => {
    const carol = fake.person("carol", { permissions: PERMISSIONS.member });
    const postsBefore = modlogPosts().length;
    expect(await reportWithButton(carol, answer.messageId, answer.keys[1]!)).toBe(TEXTS.reported);
    const [report] = bot.store.listOpenReports(guild).items;
    expect(report!.count).toBe(2);
    const edit = await fake.waitFor((c) => c.method === "PATCH" && c.path === `${modlogPath()}/${postId}`);
    const embed = sent(edit).embeds![0]! as { title: string; fields: Array<{ name: string; value: string }> };
    expect(embed.title).toBe(`Citation report #${report!.id} · 2 reports`);
    expect(embed.fields.find((f) => f.name === "2 reports")?.value).toMatch(new RegExp(`^<@\\d+>: Cut mid.*\\n<@${carol.id}>: \\*\\(no reason given\\)\\*$`));
    expect(modlogPosts()).toHaveLength(postsBefore);
  });

  test("the same person reporting the same passage again is told so, and nothing changes", async () => {
    const before = snapshot();
    const bob = [...fake.users.values()].find((u) => u.username === "bob")!;
    const callsBefore = fake.calls.length;
    expect(await reportWithButton(bob, answer.messageId, answer.keys[1]!, "again")).toBe(TEXTS.duplicate);
    expect(snapshot()).toBe(before);
    expect(fake.calls.slice(callsBefore).filter((c) => c.path.startsWith(modlogPath()))).toEqual([]);
  });

  test("a mod-log post someone deleted is posted afresh when the report grows", async () => {
    fake.messages.delete(postId);
    const report = bot.store.listOpenReports(guild).items.find((r) => r.passage.key === answer.keys[1])!;
    const postsBefore = modlogPosts().length;
    const earlier = new Set(fake.calls);
    expect(await reportWithButton(fake.person("cora", { permissions: PERMISSIONS.member }), answer.messageId, answer.keys[1]!)).toBe(TEXTS.reported);
    const refused = await fake.waitFor((c) => !earlier.has(c) && c.method === "PATCH" && c.path === `${modlogPath()}/${postId}`);
    expectedRefusals.add(refused);
    expect(refused.response).toMatchObject({ code: 10008 });
    await expect.poll(() => modlogPosts().length).toBe(postsBefore + 1);
    const repost = modlogPosts().at(-1)!;
    expect(sent(repost).embeds![0]!.title).toBe(`Citation report #${report.id} · 3 reports`);
    await expect.poll(() => bot.store.getReport(guild, report.id)?.modlogMessageId).toBe((repost.response as { id: string }).id);
  });

  test("/quote pages are recorded as quote attributions and can be reported the same way", async () => {
    const asker = fake.person("quincy", { permissions: PERMISSIONS.member });
    const lookup = fake.slash(asker, "quote", { speaker: "Zelensky" });
    await fake.waitFor(isAnswer(lookup));
    const messageId = fake.original(lookup)!.id;
    await expect.poll(() => bot.store.findAnswerByMessage(guild, messageId)).toBeDefined();
    const recorded = bot.store.findAnswerByMessage(guild, messageId)!;
    expect(recorded).toMatchObject({ source: "quote", userId: asker.id });
    expect(recorded.passages.length).toBeGreaterThan(0);
    expect(new Set(recorded.passages.map((p) => p.kind))).toEqual(new Set(["attribution"]));
    const quoted = engine.quotes.quotes.find((q) => q.key === recorded.passages[0]!.key);
    expect(quoted, "recorded keys are the quote spans /quote filters on").toBeDefined();
    expect(await reportWithButton(fake.person("rita", { permissions: PERMISSIONS.member }), messageId, recorded.passages[0]!.key, "Wrong speaker")).toBe(TEXTS.reported);
    const report = bot.store.listOpenReports(guild).items.find((r) => r.passage.key === recorded.passages[0]!.key);
    expect(report?.passage.kind).toBe("attribution");
  });

  test("Report citation (message command) opens the same form on any bot answer, and refuses other messages", async () => {
    const dave = fake.person("dave", { permissions: PERMISSIONS.member });
    const menu = fake.messageCommand(dave, "Report citation", answer.messageId);
    const form = await fake.modal(menu);
    expect(form.custom_id).toBe(`cbm:report-modal:${answer.messageId}`);
    const submit = fake.submitModal(dave, menu, { passage: answer.keys[0]! });
    expect(await privateLine(fake, submit)).toBe(TEXTS.reported);
    const report = bot.store.listOpenReports(guild).items.find((r) => r.passage.key === answer.keys[0]);
    expect(report?.entries).toMatchObject([{ userId: dave.id, reason: null }]);
    await expect.poll(() => bot.store.getReport(guild, report!.id)?.modlogMessageId).not.toBeNull();

    const own = fake.say(dave, "my own message, not an answer");
    const refused = fake.messageCommand(dave, "Report citation", own.id);
    expect(await privateLine(fake, refused)).toBe(TEXTS.cannotReport);
  });
});

describe("deciding", () => {
  test("Uphold from the mod-log asks a moderator for a reason, closes the report and updates the post", async () => {
    const report = bot.store.listOpenReports(guild).items.find((r) => r.passage.key === answer.keys[0])!;
    const press = fake.press(mod, report.modlogMessageId!, /^Uphold/);
    const form = await fake.modal(press);
    expect(form.title).toBe(`Uphold citation (report #${report.id})`);
    const submit = fake.submitModal(mod, press, { reason: "The quote is accurate and in context." });
    expect(await privateLine(fake, submit)).toBe(`Upheld ${report.passage.key}; report #${report.id} closed.`);
    expect(bot.store.getReport(guild, report.id)?.status).toBe("upheld");
    expect(bot.store.history(guild).items[0]).toMatchObject({ action: "uphold", moderatorId: mod.id, reason: "The quote is accurate and in context." });
    const edit = await fake.waitFor((c) => c.method === "PATCH" && c.path === `${modlogPath()}/${report.modlogMessageId}`);
    const message = sent(edit);
    expect(message.embeds![0]!.title).toBe(`Citation report #${report.id} · 1 report · upheld`);
    expect(message.components).toEqual([]);
    expect(JSON.stringify(message.embeds)).toContain(`Upheld by <@${mod.id}>`);
    // A stale button (another moderator's client) cannot decide it twice.
    const stale = fake.pressForged(mod, report.modlogMessageId!, `cbm:suppress:${report.id}`);
    expect(await privateLine(fake, stale)).toBe(`Report #${report.id} has already been decided.`);
  });

  test("Suppress from the mod-log: the passage is gone from answers at once (even a cached one) and from context, in this server only", async () => {
    const key = answer.keys[1]!;
    const cached = await ask(fake.person("erin"));
    expect(cached.keys).toContain(key);
    const report = bot.store.listOpenReports(guild).items.find((r) => r.passage.key === key)!;
    const press = fake.press(mod, report.modlogMessageId!, /^Suppress/);
    await fake.modal(press);
    const submit = fake.submitModal(mod, press, { reason: "Misleading cut." });
    expect(await privateLine(fake, submit)).toBe(`Suppressed ${key}; report #${report.id} closed.`);
    expect(bot.store.getReport(guild, report.id)?.status).toBe("suppressed");

    const after = await ask(fake.person("frank"));
    expect(after.keys).not.toContain(key);
    expect(displayed(description(after.message))).not.toContain(textOf(key));
    const context = fake.pressForged(fake.person("gina"), after.messageId, `ctx:${key}`);
    expect(await privateLine(fake, context)).toBe("This server's moderators have withdrawn that passage, so it is not shown here.");

    const elsewhere = await ask(fake.person("hank"), QUESTION, fake.guilds[1]);
    expect(elsewhere.keys).toContain(key);
  });

  test("/review restore brings it back; /review history says who did what, when and why", async () => {
    const key = answer.keys[1]!;
    const restore = fake.subcommand(mod, "review", "restore", { key: `\`${key}\``, reason: "Reviewed again: fair quote." });
    expect(await privateLine(fake, restore)).toBe(`Restored ${key}.`);
    expect((await ask(fake.person("ivy"))).keys).toContain(key);

    const history = await privateEmbed(fake, fake.subcommand(mod, "review", "history"));
    expect(history.title).toBe("Moderation history (3)");
    const lines = history.description!.split("\n");
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(new RegExp(`^\\*\\*Restored\\*\\* \`${key}\` by <@${mod.id}> <t:\\d+:f>: Reviewed again: fair quote\\.$`));
    expect(lines[1]).toMatch(/^\*\*Suppressed\*\* .* \(report #\d+\) by .*: Misleading cut\.$/);
    expect(lines[2]).toMatch(/^\*\*Upheld\*\* .*: The quote is accurate and in context\.$/);
    expect(history.footer?.text).toBe("Page 1 of 1");
  });

  test("/review queue lists open reports oldest first, paged; /review suppress acts by key and closes its report", async () => {
    const other = await ask(fake.person("jack"), "When was the Oreshnik missile first used?");
    const kim = fake.person("kim", { permissions: PERMISSIONS.member });
    expect(await reportWithButton(kim, other.messageId, other.keys[2]!, "first")).toBe(TEXTS.reported);
    expect(await reportWithButton(kim, other.messageId, other.keys[0]!, "second")).toBe(TEXTS.reported);
    const open = bot.store.listOpenReports(guild);
    const queue = await privateEmbed(fake, fake.subcommand(mod, "review", "queue"));
    expect(queue.title).toBe(`Open citation reports (${open.total})`);
    const lines = queue.description!.split("\n");
    // Oldest first: the two just made come last, in the order they were made.
    expect(lines.map((l) => /`([^`]+)`/.exec(l)?.[1])).toEqual(open.items.map((r) => r.passage.key));
    expect(lines.slice(-2).map((l) => /`([^`]+)`/.exec(l)?.[1])).toEqual([other.keys[2], other.keys[0]]);
    expect(lines[0]).toMatch(/^\*\*#\d+\*\* · `.+` · 1 report · since <t:\d+:R> · \[answer\]\(https:\/\/discord\.com\/channels\/\d+\/\d+\/\d+\)$/);
    const page2 = await privateEmbed(fake, fake.subcommand(mod, "review", "queue", { page: 2 }));
    expect(page2.description).toBe("No open reports.");

    const target = bot.store.listOpenReports(guild).items.find((r) => r.passage.key === other.keys[2])!;
    await expect.poll(() => bot.store.getReport(guild, target.id)?.modlogMessageId).not.toBeNull();
    const suppress = fake.subcommand(mod, "review", "suppress", { key: other.keys[2]!, reason: "Not wanted here." });
    expect(await privateLine(fake, suppress)).toBe(`Suppressed ${other.keys[2]}; report #${target.id} closed.`);
    const edit = await fake.waitFor((c) => c.method === "PATCH" && c.path === `${modlogPath()}/${target.modlogMessageId}`);
    expect(sent(edit).embeds![0]!.title).toMatch(/· suppressed$/);
    const again = await ask(fake.person("lena"), "When was the Oreshnik missile first used?");
    expect(again.keys).not.toContain(other.keys[2]);

    const typo = fake.subcommand(mod, "review", "suppress", { key: "no-such-article:1-20", reason: "typo" });
    expect(await privateLine(fake, typo)).toMatch(/^No passage or quote in the corpus has that key/);
    // A quote span that is not a whole sentence: only /quote cites it.
    const quoteKey = engine.quotes.quotes.find((q) => {
      const sentence = engine.context(q.key, { window: 0 })?.sentence;
      return sentence !== undefined && `${sentence.articleId}:${sentence.start}-${sentence.end}` !== q.key;
    })!.key;
    const quote = fake.subcommand(mod, "review", "suppress", { key: quoteKey, reason: "Attribution disputed." });
    expect(await privateLine(fake, quote)).toBe(`Suppressed ${quoteKey}.`);
    expect(bot.store.history(guild).items[0]).toMatchObject({ passageKey: quoteKey, kind: "attribution" });
  });
});

describe("who may do what", () => {
  test("a member without Manage Messages is refused every moderator action, and nothing changes", async () => {
    await settled();
    const open = bot.store.listOpenReports(guild).items[0]!;
    expect(open.modlogMessageId).not.toBeNull();
    const mallory = fake.person("mallory", { permissions: PERMISSIONS.member });
    const before = snapshot();
    const attempts = [
      fake.press(mallory, open.modlogMessageId!, /^Uphold/),
      fake.press(mallory, open.modlogMessageId!, /^Suppress/),
      fake.submitForgedModal(mallory, `cbm:decide-modal:suppress:${open.id}`, [
        { type: 18, id: 1, component: { type: 4, id: 2, custom_id: "reason", value: "I say so" } },
      ]),
      fake.subcommand(mallory, "review", "queue"),
      fake.subcommand(mallory, "review", "history"),
      fake.subcommand(mallory, "review", "suppress", { key: open.passage.key, reason: "I say so" }),
      fake.subcommand(mallory, "review", "restore", { key: answer.keys[1]!, reason: "I say so" }),
    ];
    for (const attempt of attempts) expect(await privateLine(fake, attempt)).toBe(TEXTS.notModerator);
    const config = [
      fake.subcommand(mallory, "config", "modlog", { channel: { type: 7, value: fake.guild.channelId } }),
      fake.subcommand(mallory, "config", "modrole", { role: { type: 8, value: "900000000000000001" } }),
      fake.subcommand(mallory, "config", "show"),
    ];
    for (const attempt of config) expect(await privateLine(fake, attempt)).toBe(TEXTS.notConfigurator);
    expect(snapshot()).toBe(before);
  });

  test("the configured moderator role moderates; it does not let its holders change the settings", async () => {
    const ROLE = "900000000000000042";
    const zoe = fake.person("zoe", { permissions: PERMISSIONS.member, roles: [ROLE] });
    expect(await privateLine(fake, fake.subcommand(zoe, "review", "queue"))).toBe(TEXTS.notModerator);
    const set = fake.subcommand(admin, "config", "modrole", { role: { type: 8, value: ROLE } });
    expect(await privateLine(fake, set)).toBe(`Members with <@&${ROLE}> can now review reports, as can members with Manage Messages.`);
    const queue = await privateEmbed(fake, fake.subcommand(zoe, "review", "queue"));
    expect(queue.title).toMatch(/^Open citation reports \(\d+\)$/);
    expect(await privateLine(fake, fake.subcommand(zoe, "config", "modrole"))).toBe(TEXTS.notConfigurator);
    expect(bot.store.getGuildConfig(guild).moderatorRoleId).toBe(ROLE);
  });
});

describe("other servers and forged input", () => {
  test("a report or decision made from another server about this server's messages is refused", async () => {
    await settled();
    const other = fake.guilds[1]!;
    const open = bot.store.listOpenReports(guild).items[0]!;
    const before = snapshot();
    const outsider = fake.person("outsider", { permissions: PERMISSIONS.manageMessages });
    const menu = fake.messageCommand(outsider, "Report citation", answer.messageId, other);
    expect(await privateLine(fake, menu)).toBe(TEXTS.cannotReport);
    const forgedReport = fake.submitForgedModal(outsider, `cbm:report-modal:${answer.messageId}`, [
      { type: 18, id: 1, component: { type: 3, id: 2, custom_id: "passage", values: [answer.keys[2]!] } },
      { type: 18, id: 3, component: { type: 4, id: 4, custom_id: "reason", value: "" } },
    ], { guild: other });
    expect(await privateLine(fake, forgedReport)).toBe(TEXTS.cannotReport);
    const forgedButton = fake.pressForged(outsider, open.modlogMessageId!, `cbm:uphold:${open.id}`, other);
    expect(await privateLine(fake, forgedButton)).toBe("There is no such report in this server.");
    const forgedDecision = fake.submitForgedModal(outsider, `cbm:decide-modal:suppress:${open.id}`, [
      { type: 18, id: 1, component: { type: 4, id: 2, custom_id: "reason", value: "from elsewhere" } },
    ], { guild: other });
    expect(await privateLine(fake, forgedDecision)).toBe("There is no such report in this server.");
    expect(snapshot()).toBe(before);
    expect(bot.store.exportGuild(other.id)).toMatchObject({ reports: [], decisions: [] });
  });

  test("forms and buttons whose ids or values do not parse, or name a passage the answer did not cite, are refused", async () => {
    const trudy = fake.person("trudy", { permissions: PERMISSIONS.member });
    const before = snapshot();
    const field = (custom_id: string, value: string) => ({ type: 18 as const, id: 1, component: { type: 4 as const, id: 2, custom_id, value } });
    const choice = (values: string[]) => ({ type: 18 as const, id: 3, component: { type: 3 as const, id: 4, custom_id: "passage", values } });
    const cases: Array<[ReturnType<typeof fake.submitForgedModal>, string | RegExp]> = [
      [fake.submitForgedModal(trudy, "cbm:report-modal:not-a-message", [choice([answer.keys[0]!])]), /^That form is not one citebot understands/],
      [fake.submitForgedModal(trudy, "cbm:bogus", []), /^That form is not one citebot understands/],
      [fake.submitForgedModal(trudy, `cbm:report-modal:${answer.messageId}`, [choice(["lbc-putin-high-tech-duel-kyiv:501-584"])]), "That passage is not part of this answer."],
      [fake.submitForgedModal(trudy, `cbm:report-modal:${answer.messageId}`, [choice(["../../etc/passwd"])]), "Choose the passage you are reporting."],
      [fake.submitForgedModal(trudy, `cbm:report-modal:${answer.messageId}`, [choice([]), field("reason", "why")]), "Choose the passage you are reporting."],
      [fake.submitForgedModal(trudy, `cbm:report-modal:${answer.messageId}`, [choice([answer.keys[2]!]), field("reason", "x".repeat(501))]), "The reason is too long: at most 500 characters."],
      [fake.submitForgedModal(mod, `cbm:decide-modal:uphold:${bot.store.listOpenReports(guild).items[0]!.id}`, [field("reason", "   ")]), /^A reason is required \(1 to 500 characters\)/],
      [fake.pressForged(trudy, answer.messageId, "cbm:uphold:not-a-number"), /^That button is not one citebot understands/],
    ];
    for (const [interaction, expected] of cases) {
      // One-line input errors are escaped like any text that may echo input; compare what Discord shows.
      const line = displayed(await privateLine(fake, interaction));
      if (typeof expected === "string") expect(line).toBe(expected);
      else expect(line).toMatch(expected);
    }
    expect(snapshot()).toBe(before);
  });
});
