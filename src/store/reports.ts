/** User reports of cited passages: merged per passage, one per user. */
import type { Database } from "better-sqlite3";
import { z } from "zod";
import { toPassageRecord, type PassageRecord } from "./answers.js";
import {
  countRow,
  epochMs,
  idRow,
  iso,
  paging,
  parseInput,
  parseRow,
  passageKey,
  reportReason,
  rowId,
  snowflake,
  type PageInput,
} from "./schemas.js";

export const addReportInput = z.object({
  guildId: snowflake,
  /** The bot's answer message the report was made from. */
  messageId: snowflake,
  /** The reported passage; must be one the answer cited. */
  passageKey,
  reporterId: snowflake,
  /** Optional, at most 500 characters; blank means none. */
  reason: reportReason,
});
export type AddReportInput = z.input<typeof addReportInput>;

/** One user's report of a passage. */
export interface ReportEntry {
  userId: string;
  reason: string | null;
  /** The answer message the user reported from (null if it no longer exists). */
  messageId: string | null;
  channelId: string | null;
  createdAt: string;
}

/** All reports of one passage in one server, from opening to decision. */
export interface ReportRecord {
  id: number;
  guildId: string;
  passage: PassageRecord;
  /** `open` until a moderator upholds the citation or suppresses the passage. */
  status: "open" | "upheld" | "suppressed";
  /** How many users reported it (entries.length). */
  count: number;
  /** Oldest first. */
  entries: ReportEntry[];
  /** The answer the first report came from. */
  answer: { messageId: string; channelId: string; question: string | null; createdAt: string } | null;
  createdAt: string;
  closedAt: string | null;
  /** The decision that closed it. */
  closedByDecisionId: number | null;
  /** The mod-log message posted for it, once the bot has stored it. */
  modlogMessageId: string | null;
  /** The channel of that message; null when none, or posted before schema version 2 recorded it. */
  modlogChannelId: string | null;
}

/** The outcome of {@link ReportsRepo.addReport}. */
export type AddReportResult =
  | { status: "created" | "merged"; report: ReportRecord }
  /** This user already reported this passage while the report is open; nothing changed. */
  | { status: "duplicate"; report: ReportRecord }
  /** The passage is already suppressed in this server; nothing recorded. */
  | { status: "already-suppressed" }
  /** No recorded answer for that message in this server (or it aged out). */
  | { status: "unknown-answer" }
  /** The answer did not cite that passage. */
  | { status: "unknown-passage" };

/** A page of a list. */
export interface Page<T> {
  items: T[];
  /** Matching items in all. */
  total: number;
  offset: number;
  limit: number;
}

const reportRow = z.object({
  id: rowId,
  guild_id: snowflake,
  passage_key: z.string(),
  kind: z.string(),
  article_id: z.string(),
  start: z.number(),
  end: z.number(),
  text_hash: z.string(),
  answer_id: rowId.nullable(),
  status: z.enum(["open", "upheld", "suppressed"]),
  created_at: epochMs,
  closed_at: epochMs.nullable(),
  closed_by: rowId.nullable(),
  modlog_message_id: snowflake.nullable(),
  modlog_channel_id: snowflake.nullable(),
});

const entryRow = z.object({
  user_id: snowflake,
  reason: z.string().nullable(),
  message_id: snowflake.nullable(),
  channel_id: snowflake.nullable(),
  created_at: epochMs,
});

const answerIdRow = z.object({ id: rowId, guild_id: snowflake });

const answerRefRow = z.object({
  message_id: snowflake,
  channel_id: snowflake,
  question: z.string().nullable(),
  created_at: epochMs,
});

/** The SQL of this repository, prepared once per connection. */
function reportStatements(db: Database) {
  return {
    answerByMessage: db.prepare("SELECT id, guild_id FROM answers WHERE message_id = ?"),
    passageOfAnswer: db.prepare("SELECT * FROM answer_passages WHERE answer_id = ? AND passage_key = ?"),
    isSuppressed: db.prepare("SELECT 1 FROM suppressions WHERE guild_id = ? AND passage_key = ?"),
    openReport: db.prepare("SELECT id FROM reports WHERE guild_id = ? AND passage_key = ? AND status = 'open'"),
    insertReport: db.prepare(
      `INSERT INTO reports (guild_id, passage_key, kind, article_id, start, "end", text_hash, answer_id, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    insertEntry: db.prepare(
      `INSERT OR IGNORE INTO report_entries (report_id, user_id, reason, answer_id, created_at) VALUES (?, ?, ?, ?, ?)`,
    ),
    reportById: db.prepare("SELECT * FROM reports WHERE id = ?"),
    entriesOf: db.prepare(
      `SELECT e.user_id, e.reason, e.created_at, a.message_id, a.channel_id
         FROM report_entries e LEFT JOIN answers a ON a.id = e.answer_id
        WHERE e.report_id = ? ORDER BY e.created_at, e.rowid`,
    ),
    answerRef: db.prepare("SELECT message_id, channel_id, question, created_at FROM answers WHERE id = ?"),
    openPage: db.prepare(
      "SELECT id FROM reports WHERE guild_id = ? AND status = 'open' ORDER BY created_at, id LIMIT ? OFFSET ?",
    ),
    openCount: db.prepare("SELECT COUNT(*) AS n FROM reports WHERE guild_id = ? AND status = 'open'"),
    allIds: db.prepare("SELECT id FROM reports WHERE guild_id = ? ORDER BY created_at, id"),
  };
}

type ReportStatements = ReturnType<typeof reportStatements>;

function hydrateReport(sql: ReportStatements, row: unknown): ReportRecord {
  const r = parseRow(reportRow, row, "reports");
  const passage = toPassageRecord(r, "reports");
  const entries = sql.entriesOf.all(r.id).map((e) => {
    const x = parseRow(entryRow, e, "report_entries");
    return { userId: x.user_id, reason: x.reason, messageId: x.message_id, channelId: x.channel_id, createdAt: iso(x.created_at) };
  });
  const a = r.answer_id === null ? undefined : sql.answerRef.get(r.answer_id);
  const answer = a === undefined ? null : parseRow(answerRefRow, a, "answers");
  return {
    id: r.id,
    guildId: r.guild_id,
    passage,
    status: r.status,
    count: entries.length,
    entries,
    answer: answer && {
      messageId: answer.message_id,
      channelId: answer.channel_id,
      question: answer.question,
      createdAt: iso(answer.created_at),
    },
    createdAt: iso(r.created_at),
    closedAt: r.closed_at === null ? null : iso(r.closed_at),
    closedByDecisionId: r.closed_by,
    modlogMessageId: r.modlog_message_id,
    modlogChannelId: r.modlog_channel_id,
  };
}

function reportById(sql: ReportStatements, id: number): ReportRecord | undefined {
  const row = sql.reportById.get(id);
  return row === undefined ? undefined : hydrateReport(sql, row);
}

/** Add a report entry, merging into the open report on the passage or opening one. */
function addTransaction(db: Database, sql: ReportStatements, now: () => number) {
  return db.transaction((input: z.output<typeof addReportInput>): AddReportResult => {
    const answerRowRaw = sql.answerByMessage.get(input.messageId);
    const answer = answerRowRaw === undefined ? undefined : parseRow(answerIdRow, answerRowRaw, "answers");
    if (answer === undefined || answer.guild_id !== input.guildId) return { status: "unknown-answer" };
    const passageRow = sql.passageOfAnswer.get(answer.id, input.passageKey);
    if (passageRow === undefined) return { status: "unknown-passage" };
    if (sql.isSuppressed.get(input.guildId, input.passageKey) !== undefined) return { status: "already-suppressed" };
    const at = now();
    const openRaw = sql.openReport.get(input.guildId, input.passageKey);
    const open = openRaw === undefined ? undefined : parseRow(idRow, openRaw, "reports");
    let reportId: number;
    let created = false;
    if (open === undefined) {
      const p = toPassageRecord(passageRow, "answer_passages");
      reportId = Number(
        sql.insertReport.run(input.guildId, p.key, p.kind, p.articleId, p.start, p.end, p.textHash, answer.id, at).lastInsertRowid,
      );
      created = true;
    } else {
      reportId = open.id;
    }
    const inserted = sql.insertEntry.run(reportId, input.reporterId, input.reason, answer.id, at).changes === 1;
    const report = reportById(sql, reportId);
    if (report === undefined) throw new Error("report vanished inside its own transaction");
    if (!inserted) return { status: "duplicate", report };
    return { status: created ? "created" : "merged", report };
  });
}

export function reportsRepo(db: Database, now: () => number) {
  const sql = reportStatements(db);
  const byId = (id: number): ReportRecord | undefined => reportById(sql, id);
  const add = addTransaction(db, sql, now);

  return {
    /**
     * Report a passage of a recorded answer. Reports of the same passage in the
     * same server merge into one open report with a count; a user who already
     * reported it gets `duplicate` and nothing changes. Committed before it returns.
     */
    addReport(input: AddReportInput): AddReportResult {
      return add.immediate(parseInput(addReportInput, input, "report"));
    },

    /** Open reports, oldest first. Default page: {@link STORE_DEFAULTS.pageSize}. */
    listOpenReports(guildId: string, page?: PageInput): Page<ReportRecord> {
      const g = parseInput(snowflake, guildId, "guild id");
      const { offset, limit } = parseInput(paging, page, "paging");
      return db.transaction(() => {
        const ids = sql.openPage.all(g, limit, offset).map((row) => parseRow(idRow, row, "reports").id);
        const total = parseRow(countRow, sql.openCount.get(g), "reports").n;
        return { items: ids.map(byId).filter((r): r is ReportRecord => r !== undefined), total, offset, limit };
      })();
    },

    /** One report of this server by id. */
    getReport(guildId: string, reportId: number): ReportRecord | undefined {
      const g = parseInput(snowflake, guildId, "guild id");
      const id = parseInput(rowId, reportId, "report id");
      const report = byId(id);
      return report?.guildId === g ? report : undefined;
    },

    /** Every report of a server, oldest first (for export). */
    allReports(guildId: string): ReportRecord[] {
      return db.transaction(() =>
        sql.allIds
          .all(guildId)
          .map((row) => byId(parseRow(idRow, row, "reports").id))
          .filter((r): r is ReportRecord => r !== undefined),
      )();
    },
  };
}

export type ReportsRepo = ReturnType<typeof reportsRepo>;
