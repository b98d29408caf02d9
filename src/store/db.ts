/**
 * Opening the database file safely: refuse anything that is not a healthy
 * citebot database instead of recreating it, switch to WAL, migrate.
 */
import Database from "better-sqlite3";
import type { Database as Db } from "better-sqlite3";
import { accessSync, closeSync, constants, existsSync, linkSync, mkdirSync, openSync, readSync, rmSync, statSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { STORE_DEFAULTS } from "./defaults.js";
import { StoreError, openError } from "./errors.js";
import { checkSchema, migrate } from "./migrations.js";

/** The first 16 bytes of every SQLite 3 database file. */
const SQLITE_HEADER = Buffer.from("SQLite format 3\0", "latin1");

export interface OpenDatabaseOptions {
  /** Fail with `missing` instead of creating a new database. Default false. */
  mustExist?: boolean;
  /** Lock wait in ms. Default {@link STORE_DEFAULTS.busyTimeoutMs}. */
  busyTimeoutMs?: number;
}

/**
 * Open (or create) the citebot database at `path`, checked and migrated.
 * Throws a {@link StoreError} with a one-line message on any problem; an
 * existing file is never replaced or rewritten when it is not a healthy
 * SQLite database.
 */
export function openDatabase(path: string, options: OpenDatabaseOptions = {}): { db: Db; path: string } {
  if (path.trim() === "" || path === ":memory:" || path.startsWith("file:")) {
    throw new StoreError("invalid-input", `invalid database path ${JSON.stringify(path)}: expected a file path`);
  }
  const file = resolve(path);
  const timeout = options.busyTimeoutMs ?? STORE_DEFAULTS.busyTimeoutMs;
  if (options.mustExist && !existsSync(file)) {
    throw new StoreError("missing", `cannot open database ${file}: no such file`, { path: file });
  }
  ensureWritableDirectory(file);
  if (!existsSync(file)) createFresh(file, timeout);
  checkExistingFile(file);

  let db: Db | undefined;
  try {
    // fileMustExist: if the file vanished since the checks, fail rather than create an empty one.
    db = new Database(file, { fileMustExist: true, timeout });
    const problems = db.pragma("quick_check", { simple: false }) as Array<Record<string, unknown>>;
    const first = problems[0] ? Object.values(problems[0])[0] : undefined;
    if (problems.length !== 1 || first !== "ok") {
      throw new StoreError(
        "corrupt",
        `cannot open database ${file}: integrity check failed (${String(first).slice(0, 200)}); restore it from a backup`,
        { path: file },
      );
    }
    checkSchema(db, file); // before anything writes (WAL switch, migrations)
    configure(db, file);
    migrate(db, file);
    return { db, path: file };
  } catch (error) {
    try {
      db?.close();
    } catch {
      // Already failing; the original error is the one to report.
    }
    throw openError(file, error);
  }
}

/** WAL, durability level and foreign keys for a connection. */
function configure(db: Db, file: string): void {
  const mode = db.pragma("journal_mode = WAL", { simple: true });
  if (mode !== "wal") {
    throw new StoreError("sqlite", `cannot open database ${file}: could not switch to WAL (journal mode ${String(mode)})`, {
      path: file,
    });
  }
  db.pragma(`synchronous = ${STORE_DEFAULTS.synchronous}`);
  db.pragma("foreign_keys = ON");
}

/** Create the directory if needed and make sure new files can be made in it (WAL needs -wal and -shm files). */
function ensureWritableDirectory(file: string): void {
  const dir = dirname(file);
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    throw new StoreError("unwritable", `cannot open database ${file}: cannot create directory ${dir} (${errorText(error)})`, {
      path: file,
      cause: error,
    });
  }
  try {
    if (!statSync(dir).isDirectory()) throw new Error("not a directory");
    accessSync(dir, constants.W_OK | constants.X_OK);
  } catch (error) {
    throw new StoreError("unwritable", `cannot open database ${file}: directory ${dir} is not writable (${errorText(error)})`, {
      path: file,
      cause: error,
    });
  }
}

/** Refuse a path that is not a readable, writable SQLite 3 file, without modifying it. */
function checkExistingFile(file: string): void {
  const stat = statSync(file);
  if (!stat.isFile()) {
    throw new StoreError("not-sqlite", `cannot open database ${file}: not a regular file`, { path: file });
  }
  try {
    accessSync(file, constants.R_OK | constants.W_OK);
  } catch (error) {
    throw new StoreError("unwritable", `cannot open database ${file}: file is not readable and writable (${errorText(error)})`, {
      path: file,
      cause: error,
    });
  }
  if (stat.size === 0) {
    throw new StoreError(
      "not-sqlite",
      `cannot open database ${file}: file is empty (0 bytes), not a citebot database; move it away to start a new one`,
      { path: file },
    );
  }
  const header = Buffer.alloc(SQLITE_HEADER.length);
  const fd = openSync(file, "r");
  let read: number;
  try {
    read = readSync(fd, header, 0, header.length, 0);
  } finally {
    closeSync(fd);
  }
  if (read < SQLITE_HEADER.length || !header.equals(SQLITE_HEADER)) {
    throw new StoreError("not-sqlite", `cannot open database ${file}: not an SQLite database; refusing to touch it`, {
      path: file,
    });
  }
}

/**
 * Build a new database under a temporary name and hard-link it into place, so
 * that a crash during creation never leaves a half-made file at `file`, and a
 * file that appeared meanwhile is never overwritten.
 */
function createFresh(file: string, timeout: number): void {
  const temp = join(dirname(file), `.${basename(file)}.creating-${process.pid}`);
  removeWithSidecars(temp);
  let db: Db | undefined;
  try {
    db = new Database(temp, { timeout });
    configure(db, file);
    migrate(db, file);
    db.close(); // checkpoints the WAL into the file and removes it
    db = undefined;
    try {
      linkSync(temp, file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      // Another process created it first; use theirs (checked by the caller).
    }
  } catch (error) {
    try {
      db?.close();
    } catch {
      // Already failing.
    }
    throw error instanceof StoreError
      ? error
      : new StoreError("unwritable", `cannot create database ${file}: ${errorText(error)}`, { path: file, cause: error });
  } finally {
    removeWithSidecars(temp);
  }
}

function removeWithSidecars(file: string): void {
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
