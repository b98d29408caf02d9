/**
 * Every tunable default of the storage module, in one place. Other files import
 * from here; nothing else hard-codes these numbers.
 */
export const STORE_DEFAULTS = {
  /** How long the text of a question is kept, in days. */
  retentionDays: 30,
  /** Longest retention accepted, in days (ten years). */
  maxRetentionDays: 3650,
  /** Items per page for `listOpenReports` and `history` when no limit is given. */
  pageSize: 10,
  /** Largest page accepted (a Discord embed holds at most 25 fields). */
  maxPageSize: 25,
  /** How long to wait for another connection's lock before giving up, in ms. */
  busyTimeoutMs: 5000,
  /**
   * `PRAGMA synchronous` level. FULL in WAL mode fsyncs the WAL on every
   * commit, so an acknowledged record survives power loss, not only a process
   * kill (see docs/moderation.md, "Durability").
   */
  synchronous: "FULL",
  /** Longest report or decision reason, in characters. */
  maxReasonLength: 500,
  /** Longest question stored, in characters (Discord's own message limit). */
  maxQuestionLength: 4000,
  /** Most passages recorded for one answer message. */
  maxPassagesPerAnswer: 50,
} as const;

/** Milliseconds in one day. */
export const DAY_MS = 24 * 60 * 60 * 1000;
