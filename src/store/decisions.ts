/** Moderator decisions (suppress, restore, uphold) and the per-server suppressed set. */
import type { Database } from "better-sqlite3";
import { z } from "zod";
import type { Page } from "./reports.js";
import {
  countRow,
  decisionReason,
  epochMs,
  idRow,
  iso,
  paging,
  parseInput,
  parseRow,
  passageKey,
  passageKind,
  rowId,
  snowflake,
  type PageInput,
  type PassageKind,
} from "./schemas.js";

export const decideInput = z
  .object({
    guildId: snowflake,
    moderatorId: snowflake,
    /** `suppress` hides the passage; `restore` un-hides it; `uphold` keeps it and dismisses the open report. */
    action: z.enum(["suppress", "restore", "uphold"]),
    /** Required, 1 to 500 characters. */
    reason: decisionReason,
    /** Act on the passage of this report (from a mod-log button)… */
    reportId: rowId.optional(),
    /** …or on this passage key (from `/review suppress|restore`). */
    passageKey: passageKey.optional(),
    /** What the key names when given directly. Default: the open report's kind, else `passage`. */
    kind: passageKind.optional(),
  })
  .refine((d) => (d.reportId === undefined) !== (d.passageKey === undefined), "give exactly one of reportId or passageKey");
export type DecideInput = z.input<typeof decideInput>;

/** One moderator decision. */
export interface DecisionRecord {
  id: number;
  guildId: string;
  action: "suppress" | "restore" | "uphold";
  passageKey: string;
  kind: PassageKind;
  moderatorId: string;
  reason: string;
  /** The report it closed or was made from, if any. */
  reportId: number | null;
  createdAt: string;
}

/** The outcome of {@link DecisionsRepo.decide}. Only `done` changed anything. */
export type DecideResult =
  | {
      status: "done";
      decision: DecisionRecord;
      closedReportId: number | null;
      /**
       * The passage's most recent report in this server (the one it closed, if any): the one whose
       * mod-log post now shows this decision. Null when the passage was never reported here.
       */
      latestReportId: number | null;
    }
  /** `reportId` names no report in this server. */
  | { status: "unknown-report" }
  /** The report was already decided (e.g. another moderator clicked first). */
  | { status: "report-closed"; reportId: number }
  /** suppress: the passage is suppressed already. */
  | { status: "already-suppressed" }
  /** restore: the passage is not suppressed. */
  | { status: "not-suppressed" }
  /** uphold: there is no open report on the passage. */
  | { status: "no-open-report" };

const decisionRow = z.object({
  id: rowId,
  guild_id: snowflake,
  action: z.enum(["suppress", "restore", "uphold"]),
  passage_key: passageKey,
  kind: passageKind,
  moderator_id: snowflake,
  reason: z.string(),
  report_id: rowId.nullable(),
  created_at: epochMs,
});

const reportRef = z.object({
  id: rowId,
  passage_key: passageKey,
  kind: passageKind,
  status: z.enum(["open", "upheld", "suppressed"]),
});
const openRef = z.object({ id: rowId, kind: passageKind });
const keyRow = z.object({ passage_key: passageKey });

/** A decision row, validated. */
export function toDecision(row: unknown): DecisionRecord {
  const d = parseRow(decisionRow, row, "decisions");
  return {
    id: d.id,
    guildId: d.guild_id,
    action: d.action,
    passageKey: d.passage_key,
    kind: d.kind,
    moderatorId: d.moderator_id,
    reason: d.reason,
    reportId: d.report_id,
    createdAt: iso(d.created_at),
  };
}

/** The SQL of this repository, prepared once per connection. */
function decisionStatements(db: Database) {
  return {
    reportInGuild: db.prepare("SELECT id, passage_key, kind, status FROM reports WHERE id = ? AND guild_id = ?"),
    openReport: db.prepare("SELECT id, kind FROM reports WHERE guild_id = ? AND passage_key = ? AND status = 'open'"),
    suppressedRow: db.prepare("SELECT 1 FROM suppressions WHERE guild_id = ? AND passage_key = ?"),
    insertDecision: db.prepare(
      `INSERT INTO decisions (guild_id, action, passage_key, kind, moderator_id, reason, report_id, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    insertSuppression: db.prepare(
      "INSERT INTO suppressions (guild_id, passage_key, kind, decision_id, created_at) VALUES (?, ?, ?, ?, ?)",
    ),
    deleteSuppression: db.prepare("DELETE FROM suppressions WHERE guild_id = ? AND passage_key = ?"),
    closeReport: db.prepare(
      "UPDATE reports SET status = ?, closed_at = ?, closed_by = ? WHERE id = ? AND status = 'open'",
    ),
    decisionById: db.prepare("SELECT * FROM decisions WHERE id = ?"),
    keysOfGuild: db.prepare("SELECT passage_key FROM suppressions WHERE guild_id = ?"),
    historyPage: db.prepare(
      "SELECT * FROM decisions WHERE guild_id = ? ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?",
    ),
    historyCount: db.prepare("SELECT COUNT(*) AS n FROM decisions WHERE guild_id = ?"),
    allOfGuild: db.prepare("SELECT * FROM decisions WHERE guild_id = ? ORDER BY created_at, id"),
    latestReport: db.prepare("SELECT id FROM reports WHERE guild_id = ? AND passage_key = ? ORDER BY id DESC LIMIT 1"),
  };
}

type DecisionStatements = ReturnType<typeof decisionStatements>;

/** Which passage a decision is about, its kind, and the open report on it, if any. */
type Target = { key: string; kind: PassageKind; openReportId: number | null };

/** The target of a decision, or the refusal when the report it names cannot be decided. */
function decisionTarget(sql: DecisionStatements, d: z.output<typeof decideInput>): Target | DecideResult {
  if (d.reportId !== undefined) {
    const row = sql.reportInGuild.get(d.reportId, d.guildId);
    if (row === undefined) return { status: "unknown-report" };
    const r = parseRow(reportRef, row, "reports");
    if (r.status === "open") return { key: r.passage_key, kind: r.kind, openReportId: r.id };
    if (d.action !== "restore") return { status: "report-closed", reportId: r.id };
    return { key: r.passage_key, kind: r.kind, openReportId: null };
  }
  const key = d.passageKey as string;
  const row = sql.openReport.get(d.guildId, key);
  const r = row === undefined ? undefined : parseRow(openRef, row, "reports");
  return { key, kind: d.kind ?? r?.kind ?? "passage", openReportId: r?.id ?? null };
}

/** Why the decision would change nothing, if it would not. */
function pointless(sql: DecisionStatements, d: z.output<typeof decideInput>, target: Target): DecideResult | undefined {
  const suppressed = sql.suppressedRow.get(d.guildId, target.key) !== undefined;
  if (d.action === "suppress" && suppressed) return { status: "already-suppressed" };
  if (d.action === "restore" && !suppressed) return { status: "not-suppressed" };
  if (d.action === "uphold" && target.openReportId === null) return { status: "no-open-report" };
  return undefined;
}

/** Write the decision, its suppression change and the report it closes. */
function applyDecision(sql: DecisionStatements, d: z.output<typeof decideInput>, { key, kind, openReportId }: Target, at: number): DecideResult {
  const linkedReport = d.action === "restore" ? (d.reportId ?? null) : openReportId;
  const decisionId = Number(sql.insertDecision.run(d.guildId, d.action, key, kind, d.moderatorId, d.reason, linkedReport, at).lastInsertRowid);
  if (d.action === "suppress") sql.insertSuppression.run(d.guildId, key, kind, decisionId, at);
  else if (d.action === "restore") sql.deleteSuppression.run(d.guildId, key);
  let closedReportId: number | null = null;
  if (d.action !== "restore" && openReportId !== null) {
    sql.closeReport.run(d.action === "suppress" ? "suppressed" : "upheld", at, decisionId, openReportId);
    closedReportId = openReportId;
  }
  const latest = sql.latestReport.get(d.guildId, key);
  const latestReportId = latest === undefined ? null : parseRow(idRow, latest, "reports").id;
  return { status: "done", decision: toDecision(sql.decisionById.get(decisionId)), closedReportId, latestReportId };
}

function decideTransaction(db: Database, sql: DecisionStatements, now: () => number) {
  return db.transaction((d: z.output<typeof decideInput>): DecideResult => {
    const target = decisionTarget(sql, d);
    if ("status" in target) return target;
    return pointless(sql, d, target) ?? applyDecision(sql, d, target, now());
  });
}

export function decisionsRepo(db: Database, now: () => number) {
  const sql = decisionStatements(db);
  const decideTx = decideTransaction(db, sql, now);
  /** Suppressed keys per guild; an entry is dropped whenever that guild's suppressions change. */
  const cache = new Map<string, ReadonlySet<string>>();

  return {
    /**
     * Record a moderator decision. `suppress` also closes the passage's open
     * report; `uphold` closes it and keeps the passage. Committed before it
     * returns; the suppressed set for the server reflects it at once.
     */
    decide(input: DecideInput): DecideResult {
      const d = parseInput(decideInput, input, "decision");
      try {
        return decideTx.immediate(d);
      } finally {
        if (d.action !== "uphold") cache.delete(d.guildId);
      }
    },

    /**
     * Passage keys suppressed in a server, for `QaEngine.ask(…, { suppressed })`.
     * Served from memory; refreshed after this store's own suppress/restore.
     */
    suppressedKeys(guildId: string): ReadonlySet<string> {
      const g = parseInput(snowflake, guildId, "guild id");
      let keys = cache.get(g);
      if (keys === undefined) {
        keys = new Set(sql.keysOfGuild.all(g).map((row) => parseRow(keyRow, row, "suppressions").passage_key));
        cache.set(g, keys);
      }
      return keys;
    },

    /** Past decisions of a server, newest first. */
    history(guildId: string, page?: PageInput): Page<DecisionRecord> {
      const g = parseInput(snowflake, guildId, "guild id");
      const { offset, limit } = parseInput(paging, page, "paging");
      return db.transaction(() => ({
        items: sql.historyPage.all(g, limit, offset).map(toDecision),
        total: parseRow(countRow, sql.historyCount.get(g), "decisions").n,
        offset,
        limit,
      }))();
    },

    /** Every decision of a server, oldest first (for export). */
    allDecisions(guildId: string): DecisionRecord[] {
      return sql.allOfGuild.all(guildId).map(toDecision);
    },
  };
}

export type DecisionsRepo = ReturnType<typeof decisionsRepo>;
