/**
 * `npm run start:sharded` against the fake Discord: the ShardingManager
 * spawns Discord's recommended number of shard processes (main.ts each),
 * identifying as fast as max_concurrency allows, and SIGTERM stops them
 * all cleanly.
 */
import { expect, test } from "vitest";
import { FAKE_TOKEN, TEST_CACHE_DIR } from "./fake-discord/harness.js";
import { CORPUS, launch, stopLaunched } from "./fake-discord/process.js";
import { FakeDiscord } from "./fake-discord/server.js";

test("spawns the recommended shards, each identifying as its shard, and stops them all on SIGTERM", async () => {
  const fake = await FakeDiscord.start({ token: FAKE_TOKEN, shards: 2, maxConcurrency: 16 });
  try {
    const manager = launch("src/bot/sharded.ts", {
      DISCORD_TOKEN: FAKE_TOKEN,
      DISCORD_APPLICATION_ID: fake.applicationId,
      DISCORD_API_URL: fake.apiUrl,
      CORPUS_DIR: CORPUS,
      CACHE_DIR: TEST_CACHE_DIR,
    });
    await manager.waitFor(/"event":"all shards ready"/, "stderr", 30_000);
    expect(fake.gateway.identifies.map((i) => i.shard).sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);
    const about = fake.slash(fake.person("alice"), "about");
    // 200, not 204: an immediate reply asks for the message it created (with_response).
    expect((await fake.waitFor((c) => c.path.endsWith(`/${about.token}/callback`))).status).toBe(200);
    manager.child.kill("SIGTERM");
    const { code, stderr } = await manager.done;
    expect(code).toBe(0);
    expect(stderr.match(/"event":"stopped"/g)).toHaveLength(3);
    expect(stderr).not.toContain('"level":"warn"');
    expect(fake.unknown).toEqual([]);
  } finally {
    await stopLaunched();
    await fake.stop();
  }
}, 40_000);
