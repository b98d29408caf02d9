/**
 * Moderation views as plain data: the bot turns these into embeds, buttons
 * and ephemeral replies. Strings are already cut to Discord's limits.
 */
import { truncate } from "../common/truncate.js";
import { DISCORD_LIMITS } from "../common/discord-limits.js";
import type { AddReportResult, DecideResult, DecisionRecord, Page, ReportRecord } from "../store/index.js";
import { encodeCustomId } from "./custom-ids.js";
import { passageHash } from "./hash.js";

/** What the bot knows about a passage from the answering engine (optional). */
export interface PassageInfo {
  /** The passage text as the engine has it now. */
  text?: string;
  headline?: string;
  outlet?: string;
  /** ISO date of publication. */
  published?: string;
  url?: string;
}

/** A button for the bot to render. */
export interface ButtonView {
  customId: string;
  label: string;
  style: "secondary" | "danger" | "primary";
}

/**
 * Where a reported passage stands now, as its mod-log post says: the report's own outcome,
 * or "restored" once a moderator has undone the suppression that closed it.
 */
export type ModlogState = "open" | "upheld" | "suppressed" | "restored";

/** The mod-log post for a report. */
export interface ModlogEntryView {
  reportId: number;
  title: string;
  status: ReportRecord["status"];
  /** The passage's state now: the latest of the report's decisions, else the report's status. */
  state: ModlogState;
  count: number;
  question: string;
  /** The quoted text (from the engine), or a note when unknown. */
  quote: string;
  /** Headline, outlet, date and character offsets. */
  citation: string;
  /** False when the engine's current text no longer matches the quoted hash; null when not checked. */
  textMatches: boolean | null;
  /** Link to the bot's answer message. */
  messageLink: string | null;
  /** One line per reporting user: mention and reason. */
  reasons: string;
  /** Uphold and Suppress while open, none once decided (they act on open reports only). */
  buttons: ButtonView[];
}

const STATE_OF_ACTION: Record<DecisionRecord["action"], ModlogState> = { suppress: "suppressed", restore: "restored", uphold: "upheld" };

/** The state a post shows, given the report's decisions oldest first (see `Store.decisionsOnReport`). */
export function modlogState(report: Pick<ReportRecord, "status">, decisions: readonly DecisionRecord[] = []): ModlogState {
  const latest = decisions.at(-1);
  return report.status === "open" || latest === undefined ? report.status : STATE_OF_ACTION[latest.action];
}

/** Link to a message. */
export function messageLink(guildId: string, channelId: string, messageId: string): string {
  return `https://discord.com/channels/${guildId}/${channelId}/${messageId}`;
}

/** Discord's rendered timestamp markup for an ISO time (`<t:unix:f>`). */
export function discordTime(isoTime: string, style: "f" | "R" | "d" = "f"): string {
  return `<t:${Math.floor(Date.parse(isoTime) / 1000)}:${style}>`;
}

/** A one-line citation of a passage. */
export function citationLine(report: Pick<ReportRecord, "passage">, info: PassageInfo = {}): string {
  const p = report.passage;
  const parts = [info.headline, info.outlet, info.published?.slice(0, 10)].filter((x): x is string => !!x);
  const where = `${p.kind === "attribution" ? "attribution" : "passage"} ${p.key} (characters ${p.start}–${p.end})`;
  return truncate(parts.length > 0 ? `${parts.join(" — ")} · ${where}` : where, DISCORD_LIMITS.fieldValue);
}

/** The mod-log post for a new or updated report; `decisions` (oldest first) say where it stands now. */
export function formatModlogEntry(report: ReportRecord, info: PassageInfo = {}, decisions: readonly DecisionRecord[] = []): ModlogEntryView {
  const state = modlogState(report, decisions);
  const reasons = report.entries.map((e) => `<@${e.userId}>: ${e.reason ?? "(no reason given)"}`);
  const buttons: ButtonView[] =
    report.status === "open"
      ? [
          { customId: encodeCustomId({ kind: "uphold", reportId: report.id }), label: "Uphold (dismiss report)", style: "secondary" },
          { customId: encodeCustomId({ kind: "suppress", reportId: report.id }), label: "Suppress passage", style: "danger" },
        ]
      : [];
  return {
    reportId: report.id,
    title: truncate(
      `Citation report #${report.id} · ${report.count} ${report.count === 1 ? "report" : "reports"}${state === "open" ? "" : ` · ${state}`}`,
      DISCORD_LIMITS.embedTitle,
    ),
    status: report.status,
    state,
    count: report.count,
    question: truncate(questionText(report.answer?.question), DISCORD_LIMITS.fieldValue),
    quote: truncate(info.text ?? "(passage text not available)", DISCORD_LIMITS.fieldValue),
    citation: citationLine(report, info),
    textMatches: info.text === undefined ? null : passageHash(info.text) === report.passage.textHash,
    messageLink: report.answer ? messageLink(report.guildId, report.answer.channelId, report.answer.messageId) : null,
    reasons: joinWithin(reasons, DISCORD_LIMITS.fieldValue),
    buttons,
  };
}

/** One line of `/review queue`. */
export interface QueueLineView {
  reportId: number;
  passageKey: string;
  count: number;
  text: string;
}

/** One line of `/review history`. */
export interface HistoryLineView {
  decisionId: number;
  action: DecisionRecord["action"];
  moderatorId: string;
  createdAt: string;
  text: string;
}

/** A page of a list view. */
export interface ListView<T> {
  title: string;
  lines: T[];
  /** 1-based. */
  page: number;
  pages: number;
  hasPrevious: boolean;
  hasNext: boolean;
  /** Shown instead of lines when there are none. */
  emptyText: string;
}

/** `/review queue`: open reports, oldest first. */
export function formatQueuePage(page: Page<ReportRecord>): ListView<QueueLineView> {
  return {
    ...paging(page),
    title: `Open citation reports (${page.total})`,
    emptyText: "No open reports.",
    lines: page.items.map((r) => ({
      reportId: r.id,
      passageKey: r.passage.key,
      count: r.count,
      text: truncate(
        `#${r.id} · ${r.passage.key} · ${r.count} ${r.count === 1 ? "report" : "reports"} · since ${discordTime(r.createdAt, "R")}${
          r.answer ? ` · ${messageLink(r.guildId, r.answer.channelId, r.answer.messageId)}` : ""
        }`,
        DISCORD_LIMITS.fieldValue,
      ),
    })),
  };
}

const ACTION_LABEL: Record<DecisionRecord["action"], string> = {
  suppress: "Suppressed",
  restore: "Restored",
  uphold: "Upheld",
};

/** `/review history`: decisions, newest first, with who, when and why. */
export function formatHistoryPage(page: Page<DecisionRecord>): ListView<HistoryLineView> {
  return {
    ...paging(page),
    title: `Moderation history (${page.total})`,
    emptyText: "No decisions yet.",
    lines: page.items.map((d) => ({
      decisionId: d.id,
      action: d.action,
      moderatorId: d.moderatorId,
      createdAt: d.createdAt,
      text: truncate(
        `${ACTION_LABEL[d.action]} ${d.passageKey}${d.reportId === null ? "" : ` (report #${d.reportId})`} by <@${d.moderatorId}> ${discordTime(d.createdAt)}: ${d.reason}`,
        DISCORD_LIMITS.fieldValue,
      ),
    })),
  };
}

/** The private reply to a user who reported a passage. */
export function reportAckText(result: AddReportResult): string {
  switch (result.status) {
    case "created":
    case "merged":
      return "Thanks, your report was recorded and the moderators will review it.";
    case "duplicate":
      return "You have already reported this passage; the moderators will review it.";
    case "already-suppressed":
      return "The moderators have already removed this passage from answers in this server.";
    case "unknown-answer":
      return "This message is not a citebot answer that can be reported (it may be too old).";
    case "unknown-passage":
      return "That passage is not part of this answer.";
  }
}

/** The private reply to a moderator after a decision. */
export function decisionAckText(result: DecideResult): string {
  switch (result.status) {
    case "done": {
      const d = result.decision;
      return `${ACTION_LABEL[d.action]} ${d.passageKey}${result.closedReportId === null ? "" : `; report #${result.closedReportId} closed`}.`;
    }
    case "unknown-report":
      return "There is no such report in this server.";
    case "report-closed":
      return `Report #${result.reportId} has already been decided.`;
    case "already-suppressed":
      return "That passage is already suppressed.";
    case "not-suppressed":
      return "That passage is not suppressed.";
    case "no-open-report":
      return "There is no open report on that passage.";
  }
}

/** The private refusal for a non-moderator. */
export const NOT_A_MODERATOR_TEXT = "Only moderators (Manage Messages or the configured moderator role) can do this.";

function questionText(question: string | null | undefined): string {
  if (question === undefined) return "(answer not recorded)";
  if (question === null) return "(question deleted after the retention period)";
  return question;
}

function paging(page: Page<unknown>): Pick<ListView<unknown>, "page" | "pages" | "hasPrevious" | "hasNext"> {
  const pages = Math.max(1, Math.ceil(page.total / page.limit));
  return {
    page: Math.floor(page.offset / page.limit) + 1,
    pages,
    hasPrevious: page.offset > 0,
    hasNext: page.offset + page.items.length < page.total,
  };
}

/** Join lines with newlines; when over `max`, keep what fits and end with "…and N more". */
function joinWithin(lines: string[], max: number): string {
  const all = lines.join("\n");
  if (all.length <= max) return all;
  let out = "";
  let kept = 0;
  for (const line of lines) {
    const candidate = kept === 0 ? line : `${out}\n${line}`;
    const tail = `\n…and ${lines.length - kept - 1} more`;
    if (candidate.length + tail.length > max) break;
    out = candidate;
    kept++;
  }
  const more = `…and ${lines.length - kept} more`;
  return kept === 0 ? `${truncate(lines[0] ?? "", max - more.length - 1)}\n${more}` : `${out}\n${more}`;
}
