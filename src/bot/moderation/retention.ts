/**
 * Retention clean-up: questions older than RETENTION_DAYS are deleted (or
 * blanked when a report refers to them), at start-up and then every hour.
 * The timer is unref'd (it never keeps the process alive) and stopped on
 * shutdown. A failed run is logged and retried at the next tick.
 */
import type { Store } from "../../store/index.js";
import type { Logger } from "../log.js";

export interface Retention {
  /** Run the clean-up now (logged); false when it failed. */
  purge(): boolean;
  stop(): void;
}

export function startRetention(store: Store, log: Logger, intervalMs: number): Retention {
  const purge = (): boolean => {
    try {
      const result = store.purgeExpired();
      // Hourly lines saying "nothing to do" are noise; what was removed is worth an info line.
      const level = result.answersDeleted + result.questionsBlanked > 0 ? "info" : "debug";
      log[level]("retention clean-up", { ...result, retentionDays: store.retentionDays });
      return true;
    } catch (error) {
      log.error("retention clean-up failed", { error });
      return false;
    }
  };
  purge();
  const timer = setInterval(purge, intervalMs);
  timer.unref();
  return { purge, stop: () => clearInterval(timer) };
}
