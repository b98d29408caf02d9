/**
 * What the store keeps for the mod-log: where each report's post is (message
 * and channel, so it can be edited where it was made), and which decisions
 * that post shows, so it can be brought up to date after any later decision
 * on its passage (a restore, a new suppression).
 */
import type { Database } from "better-sqlite3";
import { toDecision, type DecisionRecord } from "./decisions.js";
import { parseInput, rowId, snowflake } from "./schemas.js";

export function modlogPostsRepo(db: Database) {
  const setPost = db.prepare("UPDATE reports SET modlog_message_id = ?, modlog_channel_id = ? WHERE id = ? AND guild_id = ?");
  // A report's story: the decision that closed it, then later decisions on its passage made by key
  // (report_id NULL: no report was open) before a newer report of the passage was opened; from then
  // on they belong to that report's post. An unlinked decision is made while no report is open, so
  // one in the same millisecond as a newer report came first (a suppressed passage cannot be reported).
  const storyOfReport = db.prepare(
    `SELECT d.* FROM reports r
       JOIN decisions d ON d.guild_id = r.guild_id AND d.passage_key = r.passage_key AND d.id >= r.closed_by
      WHERE r.id = ? AND r.guild_id = ?
        AND (d.report_id = r.id OR (d.report_id IS NULL AND NOT EXISTS (
              SELECT 1 FROM reports later
               WHERE later.guild_id = r.guild_id AND later.passage_key = r.passage_key
                 AND later.id > r.id AND later.created_at < d.created_at)))
      ORDER BY d.id`,
  );

  return {
    /** Remember the mod-log message posted for a report and its channel. False when no such report in this server. */
    setModlogMessage(guildId: string, reportId: number, messageId: string, channelId: string): boolean {
      const g = parseInput(snowflake, guildId, "guild id");
      const id = parseInput(rowId, reportId, "report id");
      const m = parseInput(snowflake, messageId, "message id");
      const c = parseInput(snowflake, channelId, "channel id");
      return setPost.run(m, c, id, g).changes === 1;
    },

    /**
     * The decisions a report's mod-log post shows, oldest first: the one that
     * closed it, then later ones on its passage until the passage was
     * reported anew. Empty while the report is open, or for a report of
     * another server.
     */
    decisionsOnReport(guildId: string, reportId: number): DecisionRecord[] {
      const g = parseInput(snowflake, guildId, "guild id");
      const id = parseInput(rowId, reportId, "report id");
      return storyOfReport.all(id, g).map(toDecision);
    },
  };
}
