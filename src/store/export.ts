/** A server's reports and decisions as JSON or CSV, for `npm run review -- export`. */
import type { DecisionRecord } from "./decisions.js";
import type { ReportRecord } from "./reports.js";
import { stringify, type Options } from "csv-stringify/sync";
import { parsePassageKey } from "../qa/index.js";

/** Everything moderation-related stored for one server. */
export interface GuildExport {
  guildId: string;
  exportedAt: string;
  /** Schema version of the database it came from. */
  schemaVersion: number;
  /** All reports (open and closed), oldest first, each with its entries. */
  reports: ReportRecord[];
  /** All decisions, oldest first. */
  decisions: DecisionRecord[];
}

/** CSV columns, in order. Report rows are one per reporting user; decision rows one per decision. */
export const CSV_COLUMNS = [
  "record",
  "id",
  "created_at",
  "status",
  "action",
  "passage_key",
  "kind",
  "article_id",
  "start",
  "end",
  "text_hash",
  "report_count",
  "user_id",
  "reason",
  "report_id",
  "message_id",
  "channel_id",
  "question",
  "closed_at",
] as const;

type CsvColumn = (typeof CSV_COLUMNS)[number];
type CsvRow = Partial<Record<CsvColumn, string | number | null>>;

/** Pretty-printed JSON of an export, with a trailing newline. */
export function exportToJson(data: GuildExport): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}

/** RFC 4180 CSV (CRLF line ends, header row) of an export; every cell escaped as {@link csvCell} shows. */
export function exportToCsv(data: GuildExport): string {
  const rows: CsvRow[] = [];
  for (const r of data.reports) {
    for (const e of r.entries) {
      rows.push({
        record: "report",
        id: r.id,
        created_at: e.createdAt,
        status: r.status,
        passage_key: r.passage.key,
        kind: r.passage.kind,
        article_id: r.passage.articleId,
        start: r.passage.start,
        end: r.passage.end,
        text_hash: r.passage.textHash,
        report_count: r.count,
        user_id: e.userId,
        reason: e.reason,
        report_id: r.id,
        message_id: e.messageId,
        channel_id: e.channelId,
        question: r.answer?.question ?? null,
        closed_at: r.closedAt,
      });
    }
  }
  for (const d of data.decisions) {
    const span = parsePassageKey(d.passageKey);
    rows.push({
      record: "decision",
      id: d.id,
      created_at: d.createdAt,
      action: d.action,
      passage_key: d.passageKey,
      kind: d.kind,
      article_id: span?.articleId ?? null,
      start: span?.start ?? null,
      end: span?.end ?? null,
      user_id: d.moderatorId,
      reason: d.reason,
      report_id: d.reportId,
    });
  }
  return stringify(rows, { ...CSV_OPTIONS, header: true, columns: [...CSV_COLUMNS] });
}

/**
 * csv-stringify, set for spreadsheets: CRLF line ends (RFC 4180), a cell with
 * a comma, quote or any line break quoted with quotes doubled, and text a
 * spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, tab
 * or carriage return, or their full-width forms) prefixed with `'`. Numbers
 * are written plainly, null as an empty cell.
 */
const CSV_OPTIONS = { record_delimiter: "windows", escape_formulas: true, quoted_match: /[\r\n]/ } as const satisfies Options;

/** One CSV cell, escaped as {@link exportToCsv} escapes every cell. */
export function csvCell(value: string | number | null | undefined): string {
  return stringify([[value]], CSV_OPTIONS).slice(0, -"\r\n".length);
}
