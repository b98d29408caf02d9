/**
 * Opening the moderation database at start-up. A database that cannot be
 * opened (locked, corrupt, not citebot's, unwritable) stops start-up with the
 * store's one-line message; it is never recreated or replaced.
 */
import { StoreError, openStore, type Store } from "../../store/index.js";
import type { BotConfig } from "../config.js";
import { StartupError } from "../entry.js";
import type { Logger } from "../log.js";

export function openModerationStore(config: BotConfig["database"], log: Logger, now?: () => Date): Store {
  let store: Store;
  try {
    store = openStore({ path: config.path, retentionDays: config.retentionDays, ...(now ? { now } : {}) });
  } catch (error) {
    if (error instanceof StoreError) throw new StartupError(`citebot cannot start: ${error.message}`);
    throw error;
  }
  const { journalMode, synchronous, schemaVersion } = store.diagnostics();
  log.info("database opened", { path: store.path, journalMode, synchronous, schemaVersion, retentionDays: store.retentionDays });
  return store;
}
