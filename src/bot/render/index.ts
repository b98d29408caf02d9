/**
 * The renderer: everything that knows Discord's formatting rules and limits.
 * Pure functions from answering-library results to replies, plus the two
 * ways a reply leaves the bot (a Discord payload, terminal text).
 */
export { LOW_CONFIDENCE_LINE, renderAnswerPage, shareBudget, type AnswerPage, type AnswerPageInput } from "./answer.js";
export { answerButtons, type AnswerButtonsInput } from "./components.js";
export { renderContext } from "./context.js";
export { deferFlags, toDiscordPayload, type Addressing, type DiscordPayload } from "./discord.js";
export { CUT_MARK, fitText, truncate } from "./fit.js";
export { renderAbout, renderHelp } from "./info.js";
export { DISCORD_LIMITS } from "../../common/discord-limits.js";
export { escapeMarkdown, link, safeUrl, singleLine } from "./markdown.js";
export { toDiscordModal, type ModalFieldSpec, type ModalSpec, type SelectFieldSpec, type SelectOptionSpec, type TextFieldSpec } from "./modal.js";
export { renderNotFound } from "./not-found.js";
export { NOTICES, renderCooldown, renderNotice } from "./notice.js";
export {
  QUOTE_NOTICES,
  attributionPhrase,
  outletChoices,
  quoteDetailsLine,
  renderNoQuotes,
  renderQuotePage,
  renderUnknownSpeaker,
  speakerChoices,
  type NoQuotesInput,
  type QuoteFilters,
  type QuotePage,
  type QuotePageInput,
} from "./quotes.js";
export type { ButtonSpec, ButtonStyle, Choice, Reply } from "./reply.js";
export { replyToText, markdownToText } from "./text.js";
