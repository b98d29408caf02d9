/**
 * `/review queue` and `/review history` as private embeds: one line per
 * report or decision, fitted into the description, with the page in the
 * footer. Keys are in code spans so they can be copied into /review.
 */
import { discordTime, formatHistoryPage, formatQueuePage, messageLink, type ListView } from "../../moderation/index.js";
import type { DecisionRecord, Page, ReportRecord } from "../../store/index.js";
import { BOT_DEFAULTS } from "../options.js";
import { DISCORD_LIMITS, escapeMarkdown, singleLine, type Reply } from "../render/index.js";
import { fitLines } from "./fit-lines.js";

const ACTION_LABEL: Record<DecisionRecord["action"], string> = { suppress: "Suppressed", restore: "Restored", uphold: "Upheld" };

function list(view: ListView<unknown>, lines: string[], subcommand: "queue" | "history"): Reply {
  const next = view.hasNext ? ` · /review ${subcommand} page:${view.page + 1} for more` : "";
  return {
    embeds: [
      {
        color: BOT_DEFAULTS.embedColor,
        title: view.title,
        description: lines.length === 0 ? view.emptyText : fitLines(lines, DISCORD_LIMITS.embedDescription),
        footer: { text: `Page ${view.page} of ${view.pages}${next}` },
      },
    ],
  };
}

/** Open reports, oldest first: id, key, count, age and a link to the answer. */
export function renderQueue(page: Page<ReportRecord>): Reply {
  const lines = page.items.map((r) => {
    const link = r.answer ? ` · [answer](${messageLink(r.guildId, r.answer.channelId, r.answer.messageId)})` : "";
    return `**#${r.id}** · \`${r.passage.key}\` · ${r.count} ${r.count === 1 ? "report" : "reports"} · since ${discordTime(r.createdAt, "R")}${link}`;
  });
  return list(formatQueuePage(page), lines, "queue");
}

/** Decisions, newest first: what, which key, who, when and why (the reason last, so a cut only shortens it). */
export function renderHistory(page: Page<DecisionRecord>): Reply {
  const lines = page.items.map((d) => {
    const report = d.reportId === null ? "" : ` (report #${d.reportId})`;
    return `**${ACTION_LABEL[d.action]}** \`${d.passageKey}\`${report} by <@${d.moderatorId}> ${discordTime(d.createdAt)}: ${escapeMarkdown(singleLine(d.reason))}`;
  });
  return list(formatHistoryPage(page), lines, "history");
}
