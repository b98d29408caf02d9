/**
 * One-line private notices: errors, refusals, the cooldown. Plain content, so
 * the Discord adapter adds SUPPRESS_EMBEDS; callers escape any text they did
 * not write themselves.
 */
import { truncate } from "./fit.js";
import { DISCORD_LIMITS } from "../../common/discord-limits.js";
import type { Reply } from "./reply.js";
import { collapseWhitespace } from "../../qa/index.js";

export function renderNotice(markdown: string): Reply {
  return { content: truncate(collapseWhitespace(markdown), DISCORD_LIMITS.content) };
}

/** "You can ask again <t:…:R>": Discord shows the time relative to the reader ("in 8 seconds"). */
export function renderCooldown(retryAtMs: number): Reply {
  return renderNotice(`You're asking a little fast. You can ask again <t:${Math.ceil(retryAtMs / 1000)}:R>.`);
}

export const NOTICES = {
  internalError: "Sorry, something went wrong while answering. It has been logged; please try again.",
  notYourAnswer: "Only the person who asked can page through these sources. Ask your own question with /ask.",
  pagingExpired: "These sources have expired. Ask the question again to see them.",
  noMoreSources: "There are no more sources for this question.",
  unknownPassage: "That passage is no longer in the corpus.",
  withdrawnPassage: "This server's moderators have withdrawn that passage, so it is not shown here.",
  unknownButton: "That button is not one citebot understands (it may be from an older version).",
  unknownForm: "That form is not one citebot understands (it may be from an older version).",
  emptyMention: "Ask me a question after the mention, for example: @citebot What did Putin say about Trump?",
} as const;
