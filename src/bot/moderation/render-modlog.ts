/**
 * The mod-log post for a report: the question, the passage with its citation,
 * a link to the bot's answer, the count and every reason, Uphold / Suppress
 * while it is open, and once decided who decided what and why (a later
 * restore or new suppression of the passage included), with the title and
 * colour saying where the passage stands now. Questions, reasons and article
 * text are untrusted and escaped; nothing pings anyone (the renderer sets
 * allowed_mentions, and mentions in embeds never ping).
 */
import { discordTime, formatModlogEntry, type ModlogState, type PassageInfo } from "../../moderation/index.js";
import type { DecisionRecord, ReportRecord } from "../../store/index.js";
import { citationLine } from "../render/citation.js";
import { DISCORD_LIMITS, escapeMarkdown, singleLine, truncate, type Reply } from "../render/index.js";
import { joinWithin, latestWithin } from "./fit-lines.js";
import type { KnownPassage } from "./passages.js";

/** Embed field values hold at most 1,024 characters. */
const FIELD = 1024;
/** One reporter's line may take at most this much of the field, so several reasons show. */
const REASON_LINE = 400;

const STATE_COLOR: Record<ModlogState, number> = { open: 0xd4a017, upheld: 0x2e8b57, suppressed: 0xb03a2e, restored: 0x3b6ea5 };
const ACTION_LABEL: Record<DecisionRecord["action"], string> = { suppress: "Suppressed", restore: "Restored", uphold: "Upheld" };

const text = (raw: string, max: number) => truncate(escapeMarkdown(singleLine(raw).trim()), max);

export interface ModlogEntryInput {
  report: ReportRecord;
  /** The article text and metadata at the reported offsets now. */
  info: PassageInfo;
  /** The corpus passage with that key, for a full citation line; absent when the corpus no longer has it. */
  known?: KnownPassage;
  /** The decision that closed it and later ones on its passage, oldest first (`Store.decisionsOnReport`). */
  decisions?: readonly DecisionRecord[];
}

export function renderModlogEntry({ report, info, known, decisions = [] }: ModlogEntryInput): Reply {
  const view = formatModlogEntry(report, info, decisions);
  const key = `\`${report.passage.key}\`${report.passage.kind === "attribution" ? " (quote attribution)" : ""}`;
  const citation = known ? citationLine(known.citation) : text(view.citation, FIELD - key.length - 1);
  const reasons = report.entries.map((e) => `<@${e.userId}>: ${e.reason === null ? "*(no reason given)*" : text(e.reason, REASON_LINE)}`);
  const fields = [
    { name: "Question", value: text(view.question, FIELD) },
    { name: "Citation", value: `${truncate(citation, FIELD - key.length - 1)}\n${key}` },
    { name: "Answer", value: view.messageLink ? `[Jump to the answer](${view.messageLink})` : "*(no longer recorded)*" },
    { name: report.count === 1 ? "1 report" : `${report.count} reports`, value: joinWithin(reasons, FIELD) || "*(none)*" },
  ];
  if (decisions.length > 0) {
    const lines = decisions.map((d) => `${ACTION_LABEL[d.action]} by <@${d.moderatorId}> ${discordTime(d.createdAt)}: ${text(d.reason, REASON_LINE)}`);
    fields.push({ name: decisions.length === 1 ? "Decision" : "Decisions", value: latestWithin(lines, FIELD) });
  }
  // The quote gets what the fields leave of the message's 6,000 characters (a long sentence is cut at a word).
  const used = view.title.length + fields.reduce((sum, f) => sum + f.name.length + f.value.length, 0);
  const changed = view.textMatches === false ? "\n\n⚠️ The article text at these offsets has changed since it was quoted." : "";
  const budget = Math.min(DISCORD_LIMITS.embedDescription, DISCORD_LIMITS.embedTotal - used) - changed.length - 2;
  const quote = info.text === undefined ? "*(passage text not available)*" : `> ${text(info.text, budget)}`;
  return {
    embeds: [{ color: STATE_COLOR[view.state], title: view.title, description: quote + changed, fields }],
    buttons: view.buttons.length > 0 ? [view.buttons.map((b) => ({ customId: b.customId, label: b.label, style: b.style }))] : [],
  };
}
