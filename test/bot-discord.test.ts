/**
 * citebot end to end: an unmodified discord.js Client against the fake
 * Discord, the real engine over the bundled corpus. Each test plays a user
 * and asserts exactly what the bot sent over REST.
 */
import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from "vitest";
import type { AskResult } from "../src/qa/index.js";
import { FLAGS, customIds, description, displayed, labels, sent } from "./fake-discord/inspect.js";
import { expectCleanTraffic, isAnswer } from "./fake-discord/traffic.js";
import { startHarness, type Harness } from "./fake-discord/harness.js";
import type { RestCall } from "./fake-discord/server.js";

const QUESTION = "Who was killed in Moscow?";
const COOLDOWN = 30;

let h: Harness;

beforeAll(async () => {
  h = await startHarness({ cooldownSeconds: COOLDOWN });
});

afterAll(async () => {
  await h?.stop();
});

/** Refusals a test provokes on purpose (Discord saying no is then the point). */
const expectedRefusals = new Set<RestCall>();

afterEach(() => {
  expectCleanTraffic(h.fake, expectedRefusals);
});

function answered(question: string, offset = 0): Extract<AskResult, { answered: true }> {
  const result = h.engine.ask(question, { limit: 3, offset });
  if (!result.answered) throw new Error(`the corpus should answer ${question}`);
  return result;
}

const isCallback = (token: string) => (c: RestCall) => c.path.endsWith(`/${token}/callback`);

describe("/ask", () => {
  test("an answer ready at once is the reply itself: the cited quotes with highlights, Context and More buttons", async () => {
    const alice = h.fake.person("alice");
    const ask = h.fake.slash(alice, "ask", { question: QUESTION });
    const reply = await h.fake.waitFor(isAnswer(ask.token));
    // One request: the callback carries the answer (deferring and editing is for slow answers, bot-slow-answer.test.ts).
    const calls = h.fake.callsFor(ask);
    expect(calls.map((c) => `${c.method} ${c.path}`)).toEqual([`POST /interactions/${ask.id}/${ask.token}/callback`]);
    expect((calls[0]!.body as { type: number }).type).toBe(4);

    const message = sent(reply);
    expect(message.allowed_mentions).toEqual({ parse: [] });
    // Embeds never unfurl links; SUPPRESS_EMBEDS would hide the answer itself.
    expect((message.flags ?? 0) & FLAGS.SuppressEmbeds).toBe(0);
    const text = description(message);
    const expected = answered(QUESTION);
    expect(expected.answers).toHaveLength(3);
    for (const [i, answer] of expected.answers.entries()) {
      expect(displayed(text)).toContain(answer.text);
      expect(displayed(text)).toContain(`${i + 1}. *${answer.citation.outlet}*`);
      expect(text).toContain(`paragraph ${answer.citation.paragraph}`);
      for (const { start, end } of answer.highlights) expect(text).toContain(`**${answer.text.slice(start, end)}**`);
    }
    expect(text).toContain("19 December 2024");
    expect(message.embeds?.[0]?.footer?.text).toBe(`Passages 1–3 of ${expected.total} · quoted verbatim from the articles`);
    expect(labels(message)).toEqual([["Context 1", "Context 2", "Context 3"], ["More sources"]]);
    expect(customIds(message)).toEqual([...expected.answers.map((a) => `ctx:${a.key}`), `more:${ask.id}:${alice.id}:3`]);
    expect(h.fake.original(ask)?.flags).toBe(0);
  });

  test("private:true answers ephemerally, so only the asker sees the answer", async () => {
    const bob = h.fake.person("bob");
    const ask = h.fake.slash(bob, "ask", { question: QUESTION, private: true });
    const reply = await h.fake.waitFor(isAnswer(ask.token));
    expect((reply.body as { type: number }).type).toBe(4);
    expect((sent(reply).flags ?? 0) & FLAGS.Ephemeral).toBe(FLAGS.Ephemeral);
    expect(displayed(description(sent(reply)))).toContain(answered(QUESTION).answers[0]!.text);
    expect(h.fake.original(ask)!.flags & FLAGS.Ephemeral).toBe(FLAGS.Ephemeral);
  });

  test("a question the corpus cannot answer says so and lists the closest articles, never a guess", async () => {
    const question = "What is the capital of Peru?";
    const result = h.engine.ask(question);
    expect(result.answered).toBe(false);
    if (result.answered) return;
    const ask = h.fake.slash(h.fake.person("carol"), "ask", { question });
    const message = sent(await h.fake.waitFor(isAnswer(ask.token)));
    expect(message.embeds?.[0]?.title).toBe("Not found in the corpus");
    const text = description(message);
    expect(text).toContain("No article mentions **Peru**");
    expect(result.nearest.length).toBeGreaterThan(0);
    for (const article of result.nearest) expect(displayed(text)).toContain(article.headline);
    expect(message.components ?? []).toEqual([]);
  });
});

describe("mentions", () => {
  test("a mention is answered as a reply that pings no one; other messages are ignored", async () => {
    const dave = h.fake.person("dave");
    const before = h.fake.calls.length;
    h.fake.say(dave, "just chatting, no question for the bot");
    h.fake.say(dave, `@everyone ${QUESTION}`);
    const mention = h.fake.say(dave, `<@${h.fake.bot.id}> ${QUESTION}`);
    const reply = await h.fake.waitFor((c) => c.method === "POST" && c.path === `/channels/${h.fake.guild.channelId}/messages`);
    const message = sent(reply);
    expect(message.message_reference?.message_id).toBe(mention.id);
    expect(message.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(displayed(description(message))).toContain(answered(QUESTION).answers[0]!.text);
    expect(customIds(message)).toContain(`more:${mention.id}:${dave.id}:3`);
    // Only the explicit mention got a reply; no typing indicator, no interaction traffic.
    expect(h.fake.calls.slice(before).map((c) => `${c.method} ${c.path}`)).toEqual([`POST /channels/${h.fake.guild.channelId}/messages`]);
  });
});

describe("buttons", () => {
  async function askedBy(name: string) {
    const asker = h.fake.person(name);
    const ask = h.fake.slash(asker, "ask", { question: QUESTION });
    await h.fake.waitFor(isAnswer(ask.token));
    return { asker, ask, messageId: h.fake.original(ask)!.id };
  }

  test("More sources pages the answer in place for the asker", async () => {
    const { asker, ask, messageId } = await askedBy("erin");
    const press = h.fake.press(asker, messageId, "More sources");
    const call = await h.fake.waitFor(isCallback(press.token));
    expect((call.body as { type: number }).type).toBe(7);
    const message = sent(call);
    const next = answered(QUESTION, 3);
    for (const answer of next.answers) expect(displayed(description(message))).toContain(answer.text);
    expect(description(message)).toContain("**4.** ");
    expect(message.embeds?.[0]?.footer?.text).toContain("Passages 4–6 of");
    expect(labels(message)[0]).toEqual(["Context 4", "Context 5", "Context 6"]);
    // More sources again only while there are more (the corpus decides how many).
    const more = customIds(message).filter((id) => id.startsWith("more:"));
    expect(more).toEqual(next.total > 6 ? [`more:${ask.id}:${asker.id}:6`] : []);
    expect(message.allowed_mentions).toEqual({ parse: [] });
  });

  test("someone other than the asker cannot page: a private refusal, the answer untouched", async () => {
    const { messageId } = await askedBy("frank");
    const before = JSON.stringify(h.fake.messages.get(messageId));
    const press = h.fake.press(h.fake.person("mallory"), messageId, "More sources");
    const call = await h.fake.waitFor(isCallback(press.token));
    expect(call.body).toMatchObject({ type: 4, data: { content: expect.stringMatching(/^Only the person who asked can page/) } });
    expect(sent(call).flags).toBe(FLAGS.Ephemeral | FLAGS.SuppressEmbeds);
    expect(JSON.stringify(h.fake.messages.get(messageId))).toBe(before);
  });

  test("Context n shows the sentences around passage n privately, with its citation", async () => {
    const { messageId } = await askedBy("grace");
    const press = h.fake.press(h.fake.person("heidi"), messageId, "Context 2");
    const call = await h.fake.waitFor(isCallback(press.token));
    const message = sent(call);
    expect((call.body as { type: number }).type).toBe(4);
    expect(message.flags).toBe(FLAGS.Ephemeral);
    expect(message.embeds?.[0]?.title).toBe("Context");
    const view = h.engine.context(answered(QUESTION).answers[1]!.key)!;
    const text = description(message);
    expect(displayed(text)).toContain(view.sentence.text);
    for (const s of [...view.before, ...view.after]) expect(displayed(text)).toContain(s.text);
    expect(text).toContain(`paragraph ${view.citation.paragraph}`);
  });

  test("a custom id the bot never issued is refused privately", async () => {
    const { messageId } = await askedBy("ivan");
    const forged = ["more:1:2:99999999", "ctx:../../etc/passwd:1-2", "cbm:nope", "more:1:2:3:4", "ctx:" + "a".repeat(200)];
    for (const customId of forged) {
      const press = h.fake.pressForged(h.fake.person("trudy"), messageId, customId);
      const call = await h.fake.waitFor(isCallback(press.token));
      expect(call.body, customId).toMatchObject({ type: 4, data: { flags: FLAGS.Ephemeral | FLAGS.SuppressEmbeds, content: expect.stringMatching(/not one citebot understands/) } });
    }
  });
});

describe("/about and /help", () => {
  test("/about tells what the corpus covers", async () => {
    const about = h.fake.slash(h.fake.person("judy"), "about");
    const call = await h.fake.waitFor(isCallback(about.token));
    const message = sent(call);
    const { summary } = h.engine;
    const text = description(message);
    expect(message.embeds?.[0]?.title).toBe("About this corpus");
    expect(text).toContain(`**${summary.articles}** news articles`);
    expect(text).toContain(`**${summary.outlets.length}** outlets`);
    expect(text).toContain("between 19 December 2024 and 10 January 2025");
    for (const outlet of summary.outlets) expect(displayed(text)).toContain(outlet);
    expect(message.flags).toBe(FLAGS.Ephemeral);
  });

  test("/help lists every command with an example", async () => {
    const help = h.fake.slash(h.fake.person("ken"), "help");
    const text = description(sent(await h.fake.waitFor(isCallback(help.token))));
    for (const usage of ["/ask question:", "private:True", "@citebot", "/about", "/help"]) {
      const line = text.split("\n").find((l) => l.includes(usage));
      expect(line, usage).toMatch(/Example: `.+`/);
    }
  });
});

describe("cooldown", () => {
  test("a second question too soon gets one private line saying when to ask again", async () => {
    const leo = h.fake.person("leo");
    const first = h.fake.slash(leo, "ask", { question: QUESTION });
    await h.fake.waitFor(isAnswer(first.token));
    const second = h.fake.slash(leo, "ask", { question: "Who is Zelensky?" });
    const call = await h.fake.waitFor(isCallback(second.token));
    const message = sent(call);
    expect((call.body as { type: number }).type).toBe(4);
    expect(message.flags).toBe(FLAGS.Ephemeral | FLAGS.SuppressEmbeds);
    const when = Number(/<t:(\d+):R>/.exec(message.content ?? "")?.[1]);
    expect(when * 1000).toBeGreaterThan(Date.now() + (COOLDOWN - 5) * 1000);
    expect(when * 1000).toBeLessThanOrEqual(Date.now() + (COOLDOWN + 1) * 1000);
    expect(h.fake.callsFor(second)).toHaveLength(1);
  });

  test("too-fast mentions are told once, in a DM, and never answered in the channel", async () => {
    const mia = h.fake.person("mia");
    const channel = `/channels/${h.fake.guild.channelId}/messages`;
    const first = h.fake.say(mia, `<@${h.fake.bot.id}> ${QUESTION}`);
    await h.fake.waitFor((c) => c.path === channel && sent(c).message_reference?.message_id === first.id);
    const repliesBefore = h.fake.calls.filter((c) => c.path === channel).length;
    h.fake.say(mia, `<@${h.fake.bot.id}> and again?`);
    h.fake.say(mia, `<@${h.fake.bot.id}> and again??`);
    const dm = await h.fake.waitFor((c) => c.method === "POST" && /^\/channels\/\d+\/messages$/.test(c.path) && c.path !== channel);
    expect(sent(dm).content).toMatch(/You're asking a little fast\. You can ask again <t:\d+:R>\./);
    // Let the third message be processed too, then count.
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(h.fake.calls.filter((c) => c.path === "/users/@me/channels")).toHaveLength(1);
    expect(h.fake.calls.filter((c) => c.path === channel)).toHaveLength(repliesBefore);
  });

  test("someone whose DMs are closed is simply not told, and nothing is logged as an error", async () => {
    // A user the fake does not know as a DM recipient: opening a DM fails with 50007, as for closed DMs.
    const closed = { ...h.fake.person("quinn"), id: "1000000000000000001" };
    const cooldowns = () => h.logs.filter((l) => l.event === "handled" && l.outcome === "cooldown").length;
    const before = cooldowns();
    const channel = `/channels/${h.fake.guild.channelId}/messages`;
    const first = h.fake.say(closed, `<@${h.fake.bot.id}> ${QUESTION}`);
    await h.fake.waitFor((c) => c.path === channel && sent(c).message_reference?.message_id === first.id);
    h.fake.say(closed, `<@${h.fake.bot.id}> again?`);
    const refused = await h.fake.waitFor((c) => c.path === "/users/@me/channels" && (c.body as { recipient_id: string }).recipient_id === closed.id);
    expectedRefusals.add(refused);
    expect(refused.response).toMatchObject({ code: 50007 });
    await vi.waitFor(() => expect(cooldowns()).toBe(before + 1));
    expect(h.logs.filter((l) => l.level === "error" || l.level === "warn")).toEqual([]);
  });
});

describe("errors", () => {
  test("an internal error reaches the user as one private line; details go to the log", async () => {
    const spy = vi.spyOn(h.engine, "answer").mockRejectedValueOnce(new Error("index exploded"));
    try {
      // A question not asked before, so the engine is really consulted (not the answer cache).
      const ask = h.fake.slash(h.fake.person("nina"), "ask", { question: "Who was killed outside his apartment building?" });
      // The failure came at once, before anything was acknowledged publicly: one private reply, nothing to take back.
      const reply = await h.fake.waitFor(isCallback(ask.token));
      expect(h.fake.callsFor(ask)).toHaveLength(1);
      expect(reply.body).toMatchObject({ type: 4 });
      const message = sent(reply);
      expect(message).toMatchObject({ content: "Sorry, something went wrong while answering. It has been logged; please try again.", flags: FLAGS.Ephemeral | FLAGS.SuppressEmbeds });
      expect(message.embeds).toEqual([]);
      const logged = h.logs.find((l) => l.event === "handler failed");
      expect(logged).toMatchObject({ level: "error", command: "/ask", error: "Error: index exploded", guild: h.fake.guild.id });
    } finally {
      spy.mockRestore();
    }
  });

  test("an empty question is a private one-line input error, not a crash", async () => {
    const ask = h.fake.slash(h.fake.person("oscar"), "ask", { question: "   " });
    // Refused before anything is acknowledged publicly: one private reply.
    const reply = await h.fake.waitFor(isCallback(ask.token));
    expect(reply.body).toMatchObject({ type: 4 });
    expect(sent(reply).content).toMatch(/^The question is empty/);
    expect(sent(reply).flags).toBe(FLAGS.Ephemeral | FLAGS.SuppressEmbeds);
  });
});

describe("the connection and the log", () => {
  test("identifies without the privileged Message Content intent", () => {
    const identify = h.fake.gateway.identifies[0]!;
    const GUILDS = 1 << 0;
    const GUILD_MESSAGES = 1 << 9;
    const MESSAGE_CONTENT = 1 << 15;
    expect(identify.intents).toBe(GUILDS | GUILD_MESSAGES);
    expect(identify.intents & MESSAGE_CONTENT).toBe(0);
    expect(h.fake.gateway.connectQueries[0]?.get("encoding")).toBe("json");
  });

  test("logs one JSON line per request with command, guild, latency and outcome, and no secrets", async () => {
    // The line is written once the reply is confirmed, a moment after the fake saw it.
    await vi.waitFor(() => expect(h.logs.filter((l) => l.event === "handled").map((l) => l.outcome)).toContain("input-error"));
    const handled = h.logs.filter((l) => l.event === "handled");
    expect(handled.length).toBeGreaterThan(10);
    for (const line of handled) {
      expect(line).toMatchObject({ level: "info", command: expect.any(String), latencyMs: expect.any(Number), outcome: expect.any(String) });
      expect(line).toHaveProperty("guild");
    }
    expect(new Set(handled.map((l) => l.outcome))).toEqual(
      new Set(["answered", "not-found", "paged", "refused", "context", "unknown-button", "shown", "cooldown", "error", "input-error"]),
    );
    const everything = JSON.stringify(h.logs);
    expect(everything).not.toContain(h.fake.token);
    expect(everything).not.toContain(QUESTION);
  });
});
