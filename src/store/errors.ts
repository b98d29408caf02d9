import { collapseWhitespace } from "../qa/index.js";

/** Why the store refused to open or refused an input. */
export type StoreErrorCode =
  /** The file exists but is not an SQLite database (or is empty). */
  | "not-sqlite"
  /** The file is an SQLite database of some other program. */
  | "not-citebot"
  /** The file is an SQLite database that fails its integrity check. */
  | "corrupt"
  /** Another process holds a lock on the database. */
  | "locked"
  /** The file or its directory cannot be created or written. */
  | "unwritable"
  /** `mustExist` was set and there is no database at the path. */
  | "missing"
  /** The database was written by a newer citebot (unknown schema version). */
  | "newer-schema"
  /** The store has been closed. */
  | "closed"
  /** An argument failed validation. */
  | "invalid-input"
  /** Anything else SQLite reported. */
  | "sqlite";

/**
 * The one error type the store throws. `message` is always a single line
 * (safe to print as-is at start-up) and names the database path when the
 * error is about the file.
 */
export class StoreError extends Error {
  override readonly name = "StoreError";
  readonly code: StoreErrorCode;
  /** The database path, when the error is about the file. */
  readonly path: string | undefined;

  constructor(code: StoreErrorCode, message: string, options: { path?: string; cause?: unknown } = {}) {
    super(collapseWhitespace(message), options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.path = options.path;
  }
}

/** SQLite's error code (`SQLITE_BUSY`, …) from a better-sqlite3 error, if any. */
export function sqliteCode(error: unknown): string | undefined {
  if (typeof error === "object" && error !== null && "code" in error) {
    const code = (error as { code: unknown }).code;
    if (typeof code === "string") return code;
  }
  return undefined;
}

/**
 * Map a raw SQLite error raised while opening `path` (or, with `action`,
 * while using it) to a {@link StoreError}.
 */
export function openError(path: string, error: unknown, action = "open"): StoreError {
  if (error instanceof StoreError) return error;
  const code = sqliteCode(error) ?? "";
  const detail = error instanceof Error ? error.message : String(error);
  const at = `cannot ${action} database ${path}:`;
  if (code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED")) {
    return new StoreError("locked", `${at} it is locked by another process (${detail})`, { path, cause: error });
  }
  if (code.startsWith("SQLITE_NOTADB")) {
    return new StoreError("not-sqlite", `${at} not an SQLite database (${detail}); refusing to touch it`, {
      path,
      cause: error,
    });
  }
  if (code.startsWith("SQLITE_CORRUPT")) {
    return new StoreError("corrupt", `${at} database is corrupt (${detail}); restore it from a backup`, {
      path,
      cause: error,
    });
  }
  if (code.startsWith("SQLITE_READONLY") || code.startsWith("SQLITE_CANTOPEN") || code.startsWith("SQLITE_PERM")) {
    return new StoreError("unwritable", `${at} cannot write it (${detail})`, { path, cause: error });
  }
  return new StoreError("sqlite", `${at} ${detail}`, { path, cause: error });
}
