/**
 * Moderation wired into the bot: recording delivered answers, the Report
 * button and form, the mod-log with Uphold / Suppress, `/review` and
 * `/config`, suppression applied to every answer, quote and context view,
 * and the retention clean-up. `createModeration` gives the BotHooks for
 * startBot; the store itself is opened (and closed) by the entry point.
 */
import type { QaEngine } from "../../qa/index.js";
import type { Store } from "../../store/index.js";
import type { ButtonHandler } from "../buttons/types.js";
import type { Logger } from "../log.js";
import type { ModalHandler } from "../modals.js";
import { BOT_DEFAULTS } from "../options.js";
import type { BotHooks } from "../runtime.js";
import type { ModerationContext } from "./context.js";
import { decisionButton, decisionModal } from "./decide.js";
import { Modlog, type ChannelMessages } from "./modlog.js";
import { passageLookup } from "./passages.js";
import { recordAnswer } from "./record.js";
import { reportButton, reportButtons, reportModal } from "./report.js";
import { startRetention, type Retention } from "./retention.js";

export { openModerationStore } from "./open-store.js";
export type { ChannelMessages } from "./modlog.js";
export type { ModerationContext } from "./context.js";

export interface ModerationOptions {
  store: Store;
  engine: QaEngine;
  log: Logger;
  /** How often the retention clean-up runs after the one at start. Default hourly. */
  purgeIntervalMs?: number;
}

export interface Moderation {
  /** The hooks for startBot, given the client's channel messages (for the mod-log). */
  hooks(channels: ChannelMessages): BotHooks;
  /** The retention clean-up (runs at creation and then periodically). */
  readonly retention: Retention;
  /** Stop the periodic clean-up. The store is closed by whoever opened it. */
  stop(): void;
}

const NONE: ReadonlySet<string> = new Set();

export function createModeration(options: ModerationOptions): Moderation {
  const { store, engine, log } = options;
  const passages = passageLookup(engine);
  const retention = startRetention(store, log, options.purgeIntervalMs ?? BOT_DEFAULTS.purgeIntervalMs);
  return {
    retention,
    stop: retention.stop,
    hooks(channels) {
      const moderation: ModerationContext = { store, passages, log, channels, modlog: new Modlog({ store, passages, log, channels }) };
      return {
        // Read through the store's per-server cache, which its own suppress/restore refreshes: the next answer already obeys.
        suppressed: (guildId) => (guildId === null ? NONE : store.suppressedKeys(guildId)),
        answerButtons: reportButtons,
        buttons: [reportButton as ButtonHandler, decisionButton as ButtonHandler],
        modals: [reportModal as ModalHandler, decisionModal as ModalHandler],
        onAnswered: (answer) => recordAnswer(store, answer),
        moderation,
      };
    },
  };
}
