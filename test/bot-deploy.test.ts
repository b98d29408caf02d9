/**
 * `npm run deploy-commands` against the fake Discord: a bulk overwrite of
 * /ask, /quote, /about and /help in one guild when DISCORD_GUILD_ID is set, globally
 * otherwise, and one clean line when Discord refuses.
 */
import { afterAll, beforeAll, expect, test } from "vitest";
import { FAKE_TOKEN } from "./fake-discord/harness.js";
import { CORPUS, launch } from "./fake-discord/process.js";
import { FakeDiscord } from "./fake-discord/server.js";

let fake: FakeDiscord;

beforeAll(async () => {
  fake = await FakeDiscord.start({ token: FAKE_TOKEN });
});

afterAll(async () => {
  await fake.stop();
});

function deploy(extra: Record<string, string> = {}) {
  return launch("src/bot/deploy-commands.ts", {
    DISCORD_TOKEN: FAKE_TOKEN,
    DISCORD_APPLICATION_ID: fake.applicationId,
    DISCORD_API_URL: fake.apiUrl,
    CORPUS_DIR: CORPUS,
    ...extra,
  }).done;
}

const EXPECTED = [
  {
    name: "ask",
    description: "Answer a question with sentences quoted from the news articles, each cited",
    options: [
      { type: 3, name: "question", required: true, max_length: 2000, description: expect.stringContaining("Who was killed in Moscow?") },
      { type: 5, name: "private", required: false, description: expect.stringContaining("Only you see the answer") },
    ],
  },
  {
    name: "quote",
    description: expect.stringContaining("direct quotes"),
    options: [
      { type: 3, name: "speaker", required: true, autocomplete: true, max_length: 100, description: expect.stringContaining("Zelensky") },
      { type: 3, name: "topic", required: false, max_length: 200, description: expect.any(String) },
      { type: 3, name: "outlet", required: false, autocomplete: true, max_length: 100, description: expect.any(String) },
      { type: 5, name: "private", required: false, description: expect.stringContaining("Only you see") },
    ],
  },
  { name: "about", description: "What the news corpus covers: articles, outlets and dates", options: [] },
  { name: "help", description: "How to ask citebot questions, with examples", options: [] },
  // Moderation: shown by default only to members who may use them (the handlers check again), in servers only.
  {
    name: "review",
    default_member_permissions: "8192",
    contexts: [0],
    options: ["queue", "history", "suppress", "restore"].map((name) => expect.objectContaining({ type: 1, name })),
  },
  {
    name: "config",
    default_member_permissions: "32",
    contexts: [0],
    options: [
      expect.objectContaining({ type: 1, name: "modlog", options: [expect.objectContaining({ type: 7, name: "channel", required: false, channel_types: [0, 5] })] }),
      expect.objectContaining({ type: 1, name: "modrole", options: [expect.objectContaining({ type: 8, name: "role", required: false })] }),
      expect.objectContaining({ type: 1, name: "show" }),
    ],
  },
  { name: "Report citation", type: 3, contexts: [0] },
];

const LABELS = '/ask, /quote, /about, /help, /review, /config, "Report citation" (message command)';

test("with DISCORD_GUILD_ID: PUT /applications/{id}/guilds/{guild}/commands with every command", async () => {
  const before = fake.calls.length;
  const { code, stdout, stderr } = await deploy({ DISCORD_GUILD_ID: fake.guild.id });
  expect(stderr).toBe("");
  expect(code).toBe(0);
  expect(stdout).toBe(`Registered ${LABELS} in guild ${fake.guild.id}.\n`);
  const calls = fake.calls.slice(before);
  expect(calls.map((c) => `${c.method} ${c.path}`)).toEqual([`PUT /applications/${fake.applicationId}/guilds/${fake.guild.id}/commands`]);
  expect(calls[0]!.body).toEqual(EXPECTED.map((command) => expect.objectContaining(command)));
});

test("without it: PUT /applications/{id}/commands (global)", async () => {
  const before = fake.calls.length;
  const { code, stdout } = await deploy();
  expect(code).toBe(0);
  expect(stdout).toContain(`Registered ${LABELS} globally`);
  const calls = fake.calls.slice(before);
  expect(calls.map((c) => `${c.method} ${c.path}`)).toEqual([`PUT /applications/${fake.applicationId}/commands`]);
  expect(calls[0]!.body).toEqual(EXPECTED.map((command) => expect.objectContaining(command)));
  expect(fake.unknown).toEqual([]);
});

test("a refusal from Discord is one line, no stack trace, exit code 1", async () => {
  const { code, stdout, stderr } = await deploy({ DISCORD_GUILD_ID: "123456789012345678" });
  expect(code).toBe(1);
  expect(stdout).toBe("");
  expect(stderr.trim().split("\n")).toHaveLength(1);
  expect(stderr).toMatch(/^citebot cannot register commands: DiscordAPIError\[50001\]: Missing Access/);
});
