import { afterEach, beforeEach, describe, expect, it } from "vitest";
import Database from "better-sqlite3";
import { createHash } from "node:crypto";
import { chmodSync, copyFileSync, existsSync, mkdirSync, openSync, closeSync, readdirSync, readFileSync, truncateSync, writeFileSync, writeSync } from "node:fs";
import { join } from "node:path";
import { SCHEMA_VERSION, StoreError, openStore, type StoreErrorCode } from "../src/store/index.js";
import { GUILD_A, answerInput, sf, tempDir } from "./fixtures/store-helpers.js";

const isRoot = typeof process.getuid === "function" && process.getuid() === 0;

function fileHash(path: string): string {
  return createHash("sha256").update(readFileSync(path)).digest("hex");
}

/** Open and expect a StoreError with `code`, a one-line message naming `path`. */
function expectRefusal(path: string, code: StoreErrorCode, options: Partial<Parameters<typeof openStore>[0]> = {}): StoreError {
  let error: unknown;
  try {
    openStore({ path, ...options }).close();
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(StoreError);
  const e = error as StoreError;
  expect(e.code).toBe(code);
  expect(e.message).not.toMatch(/[\r\n]/);
  expect(e.message).toContain(path);
  return e;
}

describe("store: opening the database", () => {
  let tmp: ReturnType<typeof tempDir>;
  beforeEach(() => {
    tmp = tempDir();
  });
  afterEach(() => {
    tmp.cleanup();
  });

  /** A healthy database with some rows, closed. */
  function healthyDatabase(name = "good.sqlite"): string {
    const path = join(tmp.dir, name);
    const store = openStore({ path });
    for (let i = 0; i < 300; i++) store.recordAnswer(answerInput(sf(i)));
    store.close();
    return path;
  }

  it("creates a new database (and its directory) in WAL mode, synchronous FULL, migrated, with no leftovers", () => {
    const path = join(tmp.dir, "nested", "dir", "citebot.sqlite");
    const store = openStore({ path });
    store.close();
    const db = new Database(path, { readonly: true });
    try {
      expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
      expect(db.pragma("user_version", { simple: true })).toBe(SCHEMA_VERSION);
      const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as Array<{ name: string }>).map(
        (r) => r.name,
      );
      expect(tables).toEqual(["answer_passages", "answers", "decisions", "guild_config", "report_entries", "reports", "suppressions"]);
    } finally {
      db.close();
    }
    expect(readdirSync(join(tmp.dir, "nested", "dir")).filter((f) => f.includes("creating"))).toEqual([]);
  });

  it("runs its connection with WAL and synchronous=FULL", () => {
    const path = tmp.db;
    const store = openStore({ path });
    expect(store.diagnostics()).toEqual({ path, journalMode: "wal", synchronous: "FULL", schemaVersion: SCHEMA_VERSION });
    store.close();
  });

  it("refuses a file that is not SQLite and leaves it untouched", () => {
    const path = join(tmp.dir, "notes.sqlite");
    writeFileSync(path, "these are my notes, not a database\n".repeat(50));
    const before = fileHash(path);
    const e = expectRefusal(path, "not-sqlite");
    expect(e.message).toMatch(/not an SQLite database/);
    expect(fileHash(path)).toBe(before);
    expect(readdirSync(tmp.dir)).toEqual(["notes.sqlite"]);
  });

  it("refuses an empty file instead of initialising it", () => {
    const path = join(tmp.dir, "empty.sqlite");
    writeFileSync(path, "");
    expectRefusal(path, "not-sqlite");
    expect(readFileSync(path).length).toBe(0);
    expect(readdirSync(tmp.dir)).toEqual(["empty.sqlite"]);
  });

  it("refuses a corrupt database (damaged page) and leaves the file untouched", () => {
    const good = healthyDatabase();
    const path = join(tmp.dir, "corrupt.sqlite");
    copyFileSync(good, path);
    const fd = openSync(path, "r+");
    writeSync(fd, Buffer.alloc(2048, 0xab), 0, 2048, 8192);
    closeSync(fd);
    const before = fileHash(path);
    expectRefusal(path, "corrupt");
    expect(fileHash(path)).toBe(before);
  });

  it("refuses a truncated database", () => {
    const good = healthyDatabase();
    const path = join(tmp.dir, "truncated.sqlite");
    copyFileSync(good, path);
    truncateSync(path, 4096 * 3);
    const before = fileHash(path);
    expectRefusal(path, "corrupt");
    expect(fileHash(path)).toBe(before);
  });

  it("refuses another program's SQLite database without changing it", () => {
    const path = join(tmp.dir, "other.sqlite");
    const other = new Database(path);
    other.exec("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES ('hello');");
    other.close();
    const before = fileHash(path);
    expectRefusal(path, "not-citebot");
    expect(fileHash(path)).toBe(before);
  });

  it("refuses a database from a newer citebot", () => {
    const path = healthyDatabase();
    const raw = new Database(path);
    raw.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    raw.close();
    expect(expectRefusal(path, "newer-schema").message).toMatch(/upgrade citebot/);
  });

  it("refuses a directory where a file should be", () => {
    const path = join(tmp.dir, "adir.sqlite");
    mkdirSync(path);
    expectRefusal(path, "not-sqlite");
  });

  it("refuses when the directory cannot be created (a file is in the way)", () => {
    writeFileSync(join(tmp.dir, "blocker"), "x");
    const path = join(tmp.dir, "blocker", "citebot.sqlite");
    expect(expectRefusal(path, "unwritable").message).toMatch(/cannot create directory/);
  });

  it.skipIf(isRoot)("refuses a directory it cannot write to", () => {
    const dir = join(tmp.dir, "readonly");
    mkdirSync(dir);
    chmodSync(dir, 0o555);
    try {
      expect(expectRefusal(join(dir, "citebot.sqlite"), "unwritable").message).toMatch(/not writable/);
      expect(readdirSync(dir)).toEqual([]);
    } finally {
      chmodSync(dir, 0o755);
    }
  });

  it("refuses a database locked by another process, after the busy timeout", () => {
    const path = healthyDatabase();
    const holder = new Database(path);
    holder.pragma("locking_mode = EXCLUSIVE");
    holder.exec("BEGIN EXCLUSIVE");
    try {
      const started = Date.now();
      expect(expectRefusal(path, "locked", { busyTimeoutMs: 200 }).message).toMatch(/locked/);
      expect(Date.now() - started).toBeLessThan(5000);
    } finally {
      holder.exec("ROLLBACK");
      holder.close();
    }
    // Once released it opens normally with its data.
    const store = openStore({ path });
    expect(store.findAnswerByMessage(GUILD_A, sf(5))).toBeDefined();
    store.close();
  });

  it("reports a lock held too long at run time as a one-line StoreError, and works once it is released", () => {
    const path = tmp.db;
    const store = openStore({ path, busyTimeoutMs: 100 });
    const holder = new Database(path);
    holder.exec("BEGIN EXCLUSIVE");
    try {
      let error: unknown;
      try {
        store.recordAnswer(answerInput(sf(1)));
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(StoreError);
      expect((error as StoreError).code).toBe("locked");
      expect((error as StoreError).message).toBe(
        `cannot use database ${path}: it is locked by another process (database is locked)`,
      );
    } finally {
      holder.exec("ROLLBACK");
      holder.close();
    }
    store.recordAnswer(answerInput(sf(1)));
    expect(store.findAnswerByMessage(GUILD_A, sf(1))).toBeDefined();
    store.close();
  });

  it("with mustExist, refuses a missing file and creates nothing", () => {
    const path = join(tmp.dir, "missing", "citebot.sqlite");
    expectRefusal(path, "missing", { mustExist: true });
    expect(existsSync(join(tmp.dir, "missing"))).toBe(false);
  });

  it("reopens a healthy database and passes integrity_check", () => {
    const path = healthyDatabase();
    const store = openStore({ path, mustExist: true });
    expect(store.integrityCheck()).toBe("ok");
    expect(store.findAnswerByMessage(GUILD_A, sf(299))?.passages).toHaveLength(2);
    store.close();
  });
});
