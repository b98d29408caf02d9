/**
 * Schema migrations, versioned in code. The database's `PRAGMA user_version`
 * is the number of steps applied; each step runs in its own transaction
 * together with the version bump, so a crash leaves either the old or the new
 * schema. Append new steps; never edit a released one.
 */
import type { Database } from "better-sqlite3";
import { StoreError } from "./errors.js";

/** One schema step. */
export interface Migration {
  /** What the step does, for humans reading the history. */
  description: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    description: "answers, passages, reports, decisions, suppressions, guild config",
    sql: `
      CREATE TABLE answers (
        id INTEGER PRIMARY KEY,
        guild_id TEXT NOT NULL,
        channel_id TEXT NOT NULL,
        user_id TEXT NOT NULL,
        message_id TEXT NOT NULL UNIQUE,
        source TEXT NOT NULL CHECK (source IN ('ask', 'mention', 'quote')),
        question TEXT,
        created_at INTEGER NOT NULL,
        question_purged_at INTEGER
      ) STRICT;
      CREATE INDEX answers_by_age ON answers (created_at);

      CREATE TABLE answer_passages (
        answer_id INTEGER NOT NULL REFERENCES answers (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        passage_key TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('passage', 'attribution')),
        article_id TEXT NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        text_hash TEXT NOT NULL,
        PRIMARY KEY (answer_id, passage_key)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE decisions (
        id INTEGER PRIMARY KEY,
        guild_id TEXT NOT NULL,
        action TEXT NOT NULL CHECK (action IN ('suppress', 'restore', 'uphold')),
        passage_key TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('passage', 'attribution')),
        moderator_id TEXT NOT NULL,
        reason TEXT NOT NULL,
        report_id INTEGER REFERENCES reports (id),
        created_at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX decisions_history ON decisions (guild_id, created_at, id);

      CREATE TABLE reports (
        id INTEGER PRIMARY KEY,
        guild_id TEXT NOT NULL,
        passage_key TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('passage', 'attribution')),
        article_id TEXT NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        text_hash TEXT NOT NULL,
        answer_id INTEGER REFERENCES answers (id),
        status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'upheld', 'suppressed')),
        created_at INTEGER NOT NULL,
        closed_at INTEGER,
        closed_by INTEGER REFERENCES decisions (id),
        modlog_message_id TEXT
      ) STRICT;
      CREATE UNIQUE INDEX reports_one_open ON reports (guild_id, passage_key) WHERE status = 'open';
      CREATE INDEX reports_queue ON reports (guild_id, status, created_at, id);

      CREATE TABLE report_entries (
        report_id INTEGER NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
        user_id TEXT NOT NULL,
        reason TEXT,
        answer_id INTEGER REFERENCES answers (id),
        created_at INTEGER NOT NULL,
        PRIMARY KEY (report_id, user_id)
      ) STRICT;
      CREATE INDEX report_entries_by_answer ON report_entries (answer_id);
      CREATE INDEX reports_by_answer ON reports (answer_id);

      CREATE TABLE suppressions (
        guild_id TEXT NOT NULL,
        passage_key TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('passage', 'attribution')),
        decision_id INTEGER NOT NULL REFERENCES decisions (id),
        created_at INTEGER NOT NULL,
        PRIMARY KEY (guild_id, passage_key)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE guild_config (
        guild_id TEXT PRIMARY KEY,
        modlog_channel_id TEXT,
        moderator_role_id TEXT,
        updated_at INTEGER NOT NULL
      ) STRICT, WITHOUT ROWID;
    `,
  },
  {
    // Version 1 stored only the mod-log post's message id and edited it in whatever channel was configured
    // at the time, so a post could not be updated after /config modlog moved. Existing posts keep NULL
    // (their channel was never recorded; the bot falls back to the configured channel for them).
    description: "the channel of each report's mod-log post; indexes to find a passage's reports and decisions",
    sql: `
      ALTER TABLE reports ADD COLUMN modlog_channel_id TEXT;
      CREATE INDEX reports_by_passage ON reports (guild_id, passage_key, id);
      CREATE INDEX decisions_by_passage ON decisions (guild_id, passage_key, id);
    `,
  },
];

/** The schema version this code writes: the number of migration steps. */
export const SCHEMA_VERSION = MIGRATIONS.length;

/** `PRAGMA application_id` of citebot databases ("CBT1"), so another program's SQLite file is never migrated. */
export const APPLICATION_ID = 0x43425431;

/**
 * Check that `db` is a citebot database this code understands, without
 * writing anything: a fresh empty file, or citebot's application id with a
 * schema version not newer than {@link SCHEMA_VERSION}. Returns the version.
 */
export function checkSchema(db: Database, path: string): number {
  const current = db.pragma("user_version", { simple: true });
  if (typeof current !== "number" || !Number.isInteger(current) || current < 0) {
    throw new StoreError("corrupt", `cannot open database ${path}: unreadable schema version`, { path });
  }
  const appId = db.pragma("application_id", { simple: true });
  if (current === 0) {
    const objects = db.prepare("SELECT COUNT(*) AS n FROM sqlite_master").get() as { n: number };
    if (appId !== 0 || objects.n > 0) throw notCitebot(path);
  } else if (appId !== APPLICATION_ID) {
    throw notCitebot(path);
  }
  if (current > SCHEMA_VERSION) {
    throw new StoreError(
      "newer-schema",
      `cannot open database ${path}: schema version ${current} is newer than this citebot understands (${SCHEMA_VERSION}); upgrade citebot`,
      { path },
    );
  }
  return current;
}

/** Bring `db` up to {@link SCHEMA_VERSION}, one transaction per step. */
export function migrate(db: Database, path: string): void {
  const current = checkSchema(db, path);
  for (let version = current; version < SCHEMA_VERSION; version++) {
    const step = MIGRATIONS[version];
    if (!step) break;
    db.transaction(() => {
      // Pragmas cannot take bound parameters; both values are integers computed here.
      if (version === 0) db.pragma(`application_id = ${APPLICATION_ID}`);
      db.exec(step.sql);
      db.pragma(`user_version = ${version + 1}`);
    }).immediate();
  }
}

function notCitebot(path: string): StoreError {
  return new StoreError(
    "not-citebot",
    `cannot open database ${path}: an SQLite database that is not citebot's; refusing to change it`,
    { path },
  );
}
