/**
 * Upgrading a database made by an earlier citebot: schema version 1 (before
 * the mod-log post's channel was stored) is migrated in place on open, every
 * existing record is kept, and the new column starts out unknown (NULL).
 */
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { passageHash } from "../src/moderation/hash.js";
import { APPLICATION_ID, MIGRATIONS } from "../src/store/migrations.js";
import { SCHEMA_VERSION, openStore } from "../src/store/index.js";
import { CHANNEL, GUILD_A, MOD, sf, tempDir } from "./fixtures/store-helpers.js";

const KEY = "article:0-10";
const T0 = Date.parse("2025-01-01T00:00:00Z");

/** A database exactly as schema version 1 left it: one answer, a suppressed report with its mod-log post, settings. */
function versionOneDatabase(path: string): void {
  const db = new Database(path);
  db.pragma(`application_id = ${APPLICATION_ID}`);
  db.exec(MIGRATIONS[0]!.sql);
  db.pragma("user_version = 1");
  const hash = passageHash("passage one");
  db.prepare("INSERT INTO answers VALUES (1, ?, ?, ?, ?, 'ask', 'Who won?', ?, NULL)").run(GUILD_A, CHANNEL, sf(1, 4), sf(1), T0);
  db.prepare("INSERT INTO answer_passages VALUES (1, 0, ?, 'passage', 'article', 0, 10, ?)").run(KEY, hash);
  // Reports and decisions refer to each other: the report first, then the decision that closed it.
  db.prepare("INSERT INTO reports VALUES (1, ?, ?, 'passage', 'article', 0, 10, ?, 1, 'open', ?, NULL, NULL, ?)").run(GUILD_A, KEY, hash, T0 + 1000, sf(900));
  db.prepare("INSERT INTO decisions VALUES (1, ?, 'suppress', ?, 'passage', ?, 'misleading', 1, ?)").run(GUILD_A, KEY, MOD, T0 + 2000);
  db.prepare("UPDATE reports SET status = 'suppressed', closed_at = ?, closed_by = 1 WHERE id = 1").run(T0 + 2000);
  db.prepare("INSERT INTO report_entries VALUES (1, ?, 'cut short', 1, ?)").run(sf(1, 8), T0 + 1000);
  db.prepare("INSERT INTO suppressions VALUES (?, ?, 'passage', 1, ?)").run(GUILD_A, KEY, T0 + 2000);
  db.prepare("INSERT INTO guild_config VALUES (?, ?, NULL, ?)").run(GUILD_A, sf(901), T0);
  db.close();
}

describe("store: migrating an older database", () => {
  let tmp: ReturnType<typeof tempDir>;
  beforeEach(() => {
    tmp = tempDir();
  });
  afterEach(() => tmp.cleanup());

  it("upgrades schema version 1 in place, keeping every record; the post's channel is unknown until posted again", () => {
    expect(SCHEMA_VERSION).toBe(2);
    const path = tmp.db;
    versionOneDatabase(path);
    const store = openStore({ path });
    try {
      expect(store.diagnostics().schemaVersion).toBe(2);
      expect(store.integrityCheck()).toBe("ok");
      expect(store.findAnswerByMessage(GUILD_A, sf(1))).toMatchObject({ question: "Who won?", passages: [{ key: KEY, textHash: passageHash("passage one") }] });
      expect(store.getReport(GUILD_A, 1)).toMatchObject({
        status: "suppressed",
        count: 1,
        entries: [{ userId: sf(1, 8), reason: "cut short", messageId: sf(1) }],
        closedByDecisionId: 1,
        modlogMessageId: sf(900),
        modlogChannelId: null,
      });
      expect([...store.suppressedKeys(GUILD_A)]).toEqual([KEY]);
      expect(store.getGuildConfig(GUILD_A).modlogChannelId).toBe(sf(901));
      expect(store.decisionsOnReport(GUILD_A, 1).map((d) => [d.action, d.reason])).toEqual([["suppress", "misleading"]]);

      // New writes use the new column; a restore finds the old report's post through the decision log.
      expect(store.setModlogMessage(GUILD_A, 1, sf(902), sf(903))).toBe(true);
      expect(store.getReport(GUILD_A, 1)).toMatchObject({ modlogMessageId: sf(902), modlogChannelId: sf(903) });
      expect(store.decide({ guildId: GUILD_A, moderatorId: MOD, action: "restore", passageKey: KEY, reason: "fine" })).toMatchObject({ status: "done", latestReportId: 1 });
    } finally {
      store.close();
    }
  });

  it("applies each step once: reopening a migrated database changes nothing", () => {
    const path = tmp.db;
    versionOneDatabase(path);
    openStore({ path }).close();
    const store = openStore({ path });
    try {
      expect(store.diagnostics().schemaVersion).toBe(SCHEMA_VERSION);
      expect(store.getReport(GUILD_A, 1)?.modlogMessageId).toBe(sf(900));
    } finally {
      store.close();
    }
    const raw = new Database(path, { readonly: true });
    try {
      const columns = (raw.prepare("PRAGMA table_info(reports)").all() as Array<{ name: string }>).map((c) => c.name);
      expect(columns.filter((name) => name.startsWith("modlog_"))).toEqual(["modlog_message_id", "modlog_channel_id"]);
    } finally {
      raw.close();
    }
  });
});
