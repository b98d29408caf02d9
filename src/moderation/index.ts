/**
 * Moderation logic that does not depend on Discord: who is a moderator,
 * passage hashes, component custom ids, and the plain-data views the bot
 * renders for the mod-log, `/review queue` and `/review history`.
 */
export { ADMINISTRATOR, MANAGE_MESSAGES, isModerator, parsePermissions, type MemberAccess } from "./permissions.js";
export { passageHash, passagesForRecord, type CitedPassage } from "./hash.js";
export {
  CUSTOM_ID_PREFIX,
  MAX_CUSTOM_ID_LENGTH,
  customIdSchema,
  encodeCustomId,
  parseCustomId,
  type CustomId,
} from "./custom-ids.js";
export {
  NOT_A_MODERATOR_TEXT,
  citationLine,
  decisionAckText,
  discordTime,
  formatHistoryPage,
  formatModlogEntry,
  formatQueuePage,
  messageLink,
  reportAckText,
  type ButtonView,
  type HistoryLineView,
  type ListView,
  type ModlogEntryView,
  type ModlogState,
  type PassageInfo,
  type QueueLineView,
} from "./format.js";
