/**
 * citebot's one storage module: recorded answers, reports, moderator
 * decisions, suppressions and per-server settings, in one SQLite file (WAL).
 * Every write is a synchronous transaction committed before the method
 * returns, so whatever the bot acknowledges is on disk.
 *
 * @example
 * const store = openStore({ path: "data/citebot.sqlite" });
 * const suppressed = store.suppressedKeys(guildId); // pass to QaEngine.ask
 */
import type { Database } from "better-sqlite3";
import { z } from "zod";
import { answersRepo, type AnswerRecord, type PurgeResult, type RecordAnswerInput } from "./answers.js";
import { configRepo, type GuildConfig, type GuildConfigPatch } from "./config.js";
import { openDatabase } from "./db.js";
import { decisionsRepo, type DecideInput, type DecideResult, type DecisionRecord } from "./decisions.js";
import { STORE_DEFAULTS } from "./defaults.js";
import { StoreError, openError, sqliteCode } from "./errors.js";
import type { GuildExport } from "./export.js";
import { SCHEMA_VERSION } from "./migrations.js";
import { modlogPostsRepo } from "./modlog-posts.js";
import { reportsRepo, type AddReportInput, type AddReportResult, type Page, type ReportRecord } from "./reports.js";
import { iso, parseInput, snowflake, type PageInput } from "./schemas.js";

export { STORE_DEFAULTS, DAY_MS } from "./defaults.js";
export { StoreError, type StoreErrorCode } from "./errors.js";
export { SCHEMA_VERSION } from "./migrations.js";
export { exportToCsv, exportToJson, csvCell, CSV_COLUMNS, type GuildExport } from "./export.js";
export { type PassageKind, type PageInput } from "./schemas.js";
export type { AnswerRecord, PassageRecord, PurgeResult, RecordAnswerInput } from "./answers.js";
export type { AddReportInput, AddReportResult, Page, ReportEntry, ReportRecord } from "./reports.js";
export type { DecideInput, DecideResult, DecisionRecord } from "./decisions.js";
export type { GuildConfig, GuildConfigPatch } from "./config.js";

/** Options of {@link openStore}. */
export interface StoreOptions {
  /** The database file. Created (with its directory) when absent unless `mustExist`. */
  path: string;
  /** Days a question is kept. Default {@link STORE_DEFAULTS.retentionDays} (30). */
  retentionDays?: number;
  /** The clock, for tests. Default `() => new Date()`. */
  now?: () => Date;
  /** Refuse to create a new database (for tools such as the export CLI). Default false. */
  mustExist?: boolean;
  /** How long to wait for a lock held by another process, in ms. Default {@link STORE_DEFAULTS.busyTimeoutMs}. */
  busyTimeoutMs?: number;
}

const storeOptions = z.object({
  path: z.string().min(1),
  retentionDays: z.number().int().min(1).max(STORE_DEFAULTS.maxRetentionDays).default(STORE_DEFAULTS.retentionDays),
  now: z.custom<() => Date>((v) => typeof v === "function").optional(),
  mustExist: z.boolean().default(false),
  busyTimeoutMs: z.number().int().min(0).default(STORE_DEFAULTS.busyTimeoutMs),
});

/** The store. All methods are synchronous; writes are committed when they return. */
export interface Store {
  /** Absolute path of the database file. */
  readonly path: string;
  /** Days questions are kept. */
  readonly retentionDays: number;

  /** Record an answer message with its passages (again for the same message adds passages). */
  recordAnswer(input: RecordAnswerInput): AnswerRecord;
  /** The recorded answer for a bot message in this server, if any. */
  findAnswerByMessage(guildId: string, messageId: string): AnswerRecord | undefined;

  /** Report a passage of a recorded answer; merges per passage, refuses a user's second report. */
  addReport(input: AddReportInput): AddReportResult;
  /** Open reports, oldest first, paged (default 10 per page, at most 25). */
  listOpenReports(guildId: string, page?: PageInput): Page<ReportRecord>;
  /** One report of this server. */
  getReport(guildId: string, reportId: number): ReportRecord | undefined;
  /** Remember the mod-log message posted for a report, and its channel. False when no such report in this server. */
  setModlogMessage(guildId: string, reportId: number, messageId: string, channelId: string): boolean;

  /** Suppress, restore or uphold, with the moderator and a required reason. */
  decide(input: DecideInput): DecideResult;
  /** Keys suppressed in a server (cached in memory, refreshed on this store's writes). */
  suppressedKeys(guildId: string): ReadonlySet<string>;
  /** Past decisions, newest first, paged. */
  history(guildId: string, page?: PageInput): Page<DecisionRecord>;
  /** What a report's mod-log post shows: the decision that closed it and later ones on its passage, oldest first. */
  decisionsOnReport(guildId: string, reportId: number): DecisionRecord[];

  /** A server's moderation settings (all null when never set). */
  getGuildConfig(guildId: string): GuildConfig;
  /** Change a server's moderation settings; omitted fields are unchanged. */
  setGuildConfig(guildId: string, patch: GuildConfigPatch): GuildConfig;

  /** Retention clean-up; run at start-up and periodically (e.g. hourly). */
  purgeExpired(): PurgeResult;
  /** All reports and decisions of a server. */
  exportGuild(guildId: string): GuildExport;

  /** Connection settings, for start-up logs and tests. */
  diagnostics(): { path: string; journalMode: string; synchronous: "OFF" | "NORMAL" | "FULL" | "EXTRA"; schemaVersion: number };
  /** Run `PRAGMA integrity_check`; "ok" when healthy. */
  integrityCheck(): string;
  /** Close the database (checkpointing the WAL). Further calls throw `closed`. Idempotent. */
  close(): void;
}

/**
 * Open the store. Throws {@link StoreError} (one-line message naming the
 * path) when the file is not a healthy citebot database, is locked, or cannot
 * be written; it never replaces an existing file.
 */
export function openStore(options: StoreOptions): Store {
  const o = parseInput(storeOptions, options, "store options");
  const now = checkedClock(o.now ?? (() => new Date()));
  const opened = openDatabase(o.path, { mustExist: o.mustExist, busyTimeoutMs: o.busyTimeoutMs });
  const db: Database = opened.db;
  const answers = answersRepo(db, now, o.retentionDays);
  const reports = reportsRepo(db, now);
  const decisions = decisionsRepo(db, now);
  const config = configRepo(db, now);
  const posts = modlogPostsRepo(db);
  let closed = false;
  const live = guard(opened.path, () => closed);

  return {
    path: opened.path,
    retentionDays: o.retentionDays,
    recordAnswer: live(answers.recordAnswer),
    findAnswerByMessage: live(answers.findAnswerByMessage),
    addReport: live(reports.addReport),
    listOpenReports: live(reports.listOpenReports),
    getReport: live(reports.getReport),
    setModlogMessage: live(posts.setModlogMessage),
    decide: live(decisions.decide),
    suppressedKeys: live(decisions.suppressedKeys),
    history: live(decisions.history),
    decisionsOnReport: live(posts.decisionsOnReport),
    getGuildConfig: live(config.getGuildConfig),
    setGuildConfig: live(config.setGuildConfig),
    purgeExpired: live(answers.purgeExpired),
    exportGuild: live((guildId: string): GuildExport => {
      const g = parseInput(snowflake, guildId, "guild id");
      return db.transaction(() => ({
        guildId: g,
        exportedAt: iso(now()),
        schemaVersion: SCHEMA_VERSION,
        reports: reports.allReports(g),
        decisions: decisions.allDecisions(g),
      }))();
    }),
    diagnostics: live(() => diagnostics(db, opened.path)),
    integrityCheck: live(() => integrityCheck(db)),
    close(): void {
      if (closed) return;
      closed = true;
      db.close();
    },
  };
}

/** Epoch milliseconds from the injected clock, refusing an invalid date rather than storing NaN. */
function checkedClock(clock: () => Date): () => number {
  return () => {
    const t = clock().getTime();
    if (!Number.isFinite(t)) throw new StoreError("invalid-input", "the store clock returned an invalid date");
    return t;
  };
}

/**
 * Wrap store methods so they fail clearly after close(), and so SQLite errors
 * at run time (a lock held too long, a full disk) surface as one-line
 * {@link StoreError}s like everything else.
 */
function guard(path: string, isClosed: () => boolean) {
  return <A extends unknown[], R>(fn: (...args: A) => R): ((...args: A) => R) =>
    (...args: A): R => {
      if (isClosed()) throw new StoreError("closed", `store ${path} is closed`, { path });
      try {
        return fn(...args);
      } catch (error) {
        if (error instanceof StoreError || sqliteCode(error) === undefined) throw error;
        throw openError(path, error, "use");
      }
    };
}

function diagnostics(db: Database, path: string): ReturnType<Store["diagnostics"]> {
  return {
    path,
    journalMode: String(db.pragma("journal_mode", { simple: true })),
    synchronous: (["OFF", "NORMAL", "FULL", "EXTRA"] as const)[Number(db.pragma("synchronous", { simple: true }))] ?? "OFF",
    schemaVersion: Number(db.pragma("user_version", { simple: true })),
  };
}

function integrityCheck(db: Database): string {
  const rows = db.pragma("integrity_check", { simple: false }) as Array<Record<string, unknown>>;
  return rows.map((r) => String(Object.values(r)[0])).join("; ");
}
