/**
 * The mod-log: each new report is posted to the server's configured channel,
 * and the post is edited as the report grows (merged reports) and when it is
 * decided. Updates of one report run one after another, so two reports
 * arriving together cannot both post: the second waits and edits the first's
 * post. The report is stored before any of this; a failed post is logged and
 * the report stays in /review queue.
 */
import type { DecisionRecord, Store } from "../../store/index.js";
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
   * Bring a report's post up to date: post it if it has none yet (and is
   * still open), else edit it. Never throws; resolves when done.
   */
  refresh(guildId: string, reportId: number, decision?: DecisionRecord): Promise<void> {
    const previous = this.queues.get(reportId) ?? Promise.resolve();
    const next = previous.then(() => this.update(guildId, reportId, decision)).catch((error: unknown) => {
      this.deps.log.warn("mod-log not updated", { guild: guildId, report: reportId, error });
    });
    this.queues.set(reportId, next);
    void next.then(() => {
      if (this.queues.get(reportId) === next) this.queues.delete(reportId);
    });
    return next;
  }

  private async update(guildId: string, reportId: number, decision: DecisionRecord | undefined): Promise<void> {
    const { store, passages, channels } = this.deps;
    // Read at the time of the update, so a queued update shows the latest count.
    const report = store.getReport(guildId, reportId);
    const channelId = store.getGuildConfig(guildId).modlogChannelId;
    if (!report || channelId === null) return;
    const reply = renderModlogEntry({ report, info: passages.info(report.passage), known: passages.find(report.passage.key), decision });
    if (report.modlogMessageId !== null && (await channels.edit(channelId, report.modlogMessageId, reply))) return;
    // A decided report without a post (the mod-log was set up later, or the post was deleted) needs no new one.
    if (report.status !== "open") return;
    const messageId = await channels.post(channelId, reply);
    store.setModlogMessage(guildId, reportId, messageId);
  }
}
