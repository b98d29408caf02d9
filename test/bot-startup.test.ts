/**
 * The entry scripts as people run them: `npm start` with bad or missing
 * settings (one clean message, non-zero exit, no stack trace), `npm start`
 * against the fake Discord until SIGTERM, and `npm run chat` with piped stdin.
 */
import { afterEach, describe, expect, test } from "vitest";
import { FAKE_TOKEN, TEST_CACHE_DIR } from "./fake-discord/harness.js";
import { CORPUS, launch, stopLaunched } from "./fake-discord/process.js";
import { FakeDiscord } from "./fake-discord/server.js";
import { description, sent } from "./fake-discord/inspect.js";

const STACK_LINE = /^\s+at /m;

describe("npm start with bad settings", () => {
  test("every problem is listed in one message; no stack trace; exit code 1; the token is not echoed", async () => {
    const { code, stdout, stderr } = await launch("src/bot/main.ts", {
      DISCORD_TOKEN: "Bot not-a-token-secret-value",
      DISCORD_APPLICATION_ID: "my-app",
      COOLDOWN_SECONDS: "soon",
      LOG_LEVEL: "loud",
      CORPUS_DIR: "/nonexistent/corpus",
    }).done;
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).not.toMatch(STACK_LINE);
    expect(stderr.split("\n")[0]).toBe("citebot cannot start: fix these settings (environment or .env; see .env.example):");
    for (const name of ["DISCORD_TOKEN", "DISCORD_APPLICATION_ID", "COOLDOWN_SECONDS", "LOG_LEVEL", "CORPUS_DIR"]) {
      expect(stderr, name).toMatch(new RegExp(`^  - ${name} `, "m"));
    }
    expect(stderr).toContain('COOLDOWN_SECONDS must be a whole number from 0 to 3600 (got "soon")');
    expect(stderr).not.toContain("not-a-token-secret-value");
  });

  test("without a token it says what is missing and how to try the bot locally", async () => {
    const { code, stderr } = await launch("src/bot/main.ts", { CORPUS_DIR: CORPUS }).done;
    expect(code).toBe(1);
    expect(stderr).not.toMatch(STACK_LINE);
    expect(stderr).toContain("DISCORD_TOKEN is not set");
    expect(stderr).toContain("DISCORD_APPLICATION_ID is not set");
    expect(stderr).toContain("To try citebot without Discord, run: npm run chat");
  });
});

describe("npm start against the fake Discord", () => {
  test("a token Discord rejects is one clear line, exit code 1", async () => {
    const fake = await FakeDiscord.start({ token: FAKE_TOKEN });
    try {
      const { code, stderr } = await launch("src/bot/main.ts", {
        DISCORD_TOKEN: "d3Jvbmc.d3Jvbmc.wrong-token-for-citebot",
        DISCORD_APPLICATION_ID: fake.applicationId,
        DISCORD_API_URL: fake.apiUrl,
        CORPUS_DIR: CORPUS,
        CACHE_DIR: TEST_CACHE_DIR,
        LOG_LEVEL: "warn",
      }).done;
      expect(code).toBe(1);
      expect(stderr).toBe("citebot cannot start: Discord rejected DISCORD_TOKEN. Reset the token in the Developer Portal (Bot › Reset Token) and update .env.\n");
    } finally {
      await fake.stop();
    }
  });

  let fake: FakeDiscord | undefined;
  afterEach(async () => {
    await stopLaunched();
    await fake?.stop();
    fake = undefined;
  });

  test.each(["SIGTERM", "SIGINT"] as const)("connects, answers, logs JSON lines, and shuts down cleanly on %s", async (signal) => {
    fake = await FakeDiscord.start({ token: FAKE_TOKEN });
    const bot = launch("src/bot/main.ts", {
      DISCORD_TOKEN: FAKE_TOKEN,
      DISCORD_APPLICATION_ID: fake.applicationId,
      DISCORD_API_URL: fake.apiUrl,
      CORPUS_DIR: CORPUS,
      CACHE_DIR: TEST_CACHE_DIR,
    });
    await bot.waitFor(/"event":"ready"/);
    const about = fake.slash(fake.person("alice"), "about");
    const reply = await fake.waitFor((c) => c.path.endsWith(`/${about.token}/callback`));
    expect(description(sent(reply))).toContain("news articles");
    await bot.waitFor(/"event":"handled".*"outcome":"shown"/);

    bot.child.kill(signal);
    const { code, stderr } = await bot.done;
    expect(code).toBe(0);
    const events = stderr
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as { event: string; level: string });
    // The moderation database (CITEBOT_DB, default data/citebot.sqlite in the working directory) opens first.
    expect(events.map((e) => e.event)).toEqual(["database opened", "corpus loaded", "ready", "handled", "shutting down", "stopped"]);
    expect(stderr).not.toContain(FAKE_TOKEN);
    expect(fake.unknown).toEqual([]);
  });
});

describe("npm run chat", () => {
  test("piped: prints the reply and exits", async () => {
    const { code, stdout, stderr } = await launch("src/bot/chat.ts", { CORPUS_DIR: CORPUS, CACHE_DIR: TEST_CACHE_DIR }, "/about\n").done;
    expect(code).toBe(0);
    expect(stderr).toBe("");
    expect(stdout).toMatch(/^== About this corpus ==\n\ncitebot answers questions with sentences quoted verbatim from 5 news articles/);
  });

  test("takes the same commands, plain questions, and /more and /context for the buttons", async () => {
    const input = ["/help", "Who was killed in Moscow?", "/more", "/context 4", "/ask question: What is the capital of Peru?", "/nonsense", "/quit", "/about"].join("\n");
    const { code, stdout } = await launch("src/bot/chat.ts", { CORPUS_DIR: CORPUS, CACHE_DIR: TEST_CACHE_DIR }, `${input}\n`).done;
    expect(code).toBe(0);
    expect(stdout).toContain("== How to use citebot ==");
    expect(stdout).toContain("  │ On Tuesday, Lt. Gen Igor Kirillov was killed by a bomb");
    expect(stdout).toContain("Passages 1–3 of");
    expect(stdout).toContain("Passages 4–6 of");
    expect(stdout).toContain("== Context ==");
    expect(stdout).toContain("== Not found in the corpus ==");
    expect(stdout).toContain("There is no /nonsense command. Try /help.");
    // /quit stops before /about.
    expect(stdout).not.toContain("== About this corpus ==");
  });
});
