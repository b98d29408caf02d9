/**
 * The mod-log: each new report is posted to the server's configured channel,
 * and the post is edited, in the channel it was posted in, as the report
 * grows (merged reports), when it is decided, and when a later decision
 * changes its passage (a restore). Updates of one report run one after
 * another, so two reports arriving together cannot both post: the second
 * waits and edits the first's post. The report or decision is stored (and
 * acknowledged) before any of this; a post that cannot be made or edited is
 * logged, and the record stays in /review queue and history.
 */
import type { Store } from "../../store/index.js";
import type { Logger } from "../log.js";
import type { Reply } from "../render/index.js";
import type { PassageLookup } from "./passages.js";
import { renderModlogEntry } from "./render-modlog.js";

/** Posting and editing the bot's messages in a channel (the Discord adapter implements it). */
export interface ChannelMessages {
  /** Post; resolves to the new message's id. */
  post(channelId: string, reply: Reply): Promise<string>;
  /** Edit the bot's message; false when the message no longer exists. */
  edit(channelId: string, messageId: string, reply: Reply): Promise<boolean>;
  /**
   * Whether the bot can post in `channelId` as a text channel of server
   * `guildId`: "unknown-channel" when it is not one (or the bot cannot see
   * it), "no-access" when the bot lacks View Channel, Send Messages or Embed Links there.
   */
  postable(channelId: string, guildId: string): "ok" | "unknown-channel" | "no-access";
}

export interface ModlogDeps {
  store: Store;
  passages: PassageLookup;
  log: Logger;
  channels: ChannelMessages;
}

export class Modlog {
  private readonly queues = new Map<number, Promise<void>>();

  constructor(private readonly deps: ModlogDeps) {}

  /**
   * Bring a report's post up to date with what the store holds now (count,
   * reasons, decisions): post it if it has none yet (and is still open),
   * else edit it. Never throws; resolves when done.
   */
  refresh(guildId: string, reportId: number): Promise<void> {
    const previous = this.queues.get(reportId) ?? Promise.resolve();
    const next = previous.then(() => this.update(guildId, reportId)).catch((error: unknown) => {
      this.deps.log.warn("mod-log not updated", { guild: guildId, report: reportId, error });
    });
    this.queues.set(reportId, next);
    void next.then(() => {
      if (this.queues.get(reportId) === next) this.queues.delete(reportId);
    });
    return next;
  }

  private async update(guildId: string, reportId: number): Promise<void> {
    const { store, passages, channels, log } = this.deps;
    // Read at the time of the update, so a queued update shows the latest count and decisions.
    const report = store.getReport(guildId, reportId);
    if (!report) return;
    const configured = store.getGuildConfig(guildId).modlogChannelId;
    const decisions = store.decisionsOnReport(guildId, reportId);
    const reply = renderModlogEntry({ report, info: passages.info(report.passage), known: passages.find(report.passage.key), decisions });
    // A post stays where it was made, even if the mod-log has moved since; posts stored before their
    // channel was recorded (schema version 1) were made in the configured channel, if anywhere.
    const postChannel = report.modlogChannelId ?? configured;
    if (report.modlogMessageId !== null && postChannel !== null) {
      if (await channels.edit(postChannel, report.modlogMessageId, reply)) return;
      if (report.status !== "open") {
        // Deleted by someone: a decided report gets no new post, but the moderators' record is incomplete.
        log.warn("mod-log not updated", { guild: guildId, report: reportId, reason: "the mod-log post no longer exists" });
        return;
      }
    }
    // A decided report without a post (the mod-log was set up later) needs no new one; nor does any with the mod-log off.
    if (report.status !== "open" || configured === null) return;
    const messageId = await channels.post(configured, reply);
    store.setModlogMessage(guildId, reportId, messageId, configured);
  }
}
