/**
 * The reply when the corpus cannot answer: say so plainly and list the
 * closest articles, never a guess.
 */
import type { AskResult } from "../../qa/index.js";
import { nearestLine } from "./citation.js";
import { truncate } from "./fit.js";
import { DISCORD_LIMITS } from "../../common/discord-limits.js";
import { UNKNOWN_TERM_LENGTH, UNKNOWN_TERMS_SHOWN } from "../../common/unknown-terms.js";
import { escapeMarkdown, singleLine } from "./markdown.js";
import type { Reply } from "./reply.js";
import { BOT_DEFAULTS } from "../options.js";

type NotAnswered = Extract<AskResult, { answered: false }>;

function why(result: NotAnswered): string {
  switch (result.reason) {
    case "no-terms":
      return "The question has no words to search for. Try naming who or what you mean.";
    case "unknown-terms": {
      const terms = result.unknownTerms.slice(0, UNKNOWN_TERMS_SHOWN).map((t) => `**${escapeMarkdown(truncate(singleLine(t), UNKNOWN_TERM_LENGTH))}**`);
      return terms.length > 0 ? `No article mentions ${terms.join(", ")}.` : "Some words of the question appear in no article.";
    }
    case "weak-match":
      return "Some articles touch on this, but no sentence says it clearly enough to quote.";
  }
}

export function renderNotFound(result: NotAnswered, nearestShown: number): Reply {
  const intro = `${why(result)}\nAnswers are only ever quoted from the articles, so there is no answer rather than a guess.`;
  const nearest = result.nearest.slice(0, nearestShown).map((article) => `• ${nearestLine(article)}`);
  let description = nearest.length > 0 ? `${intro}\n\n**Closest articles**\n${nearest.join("\n")}` : `${intro}\n\nNo article comes close.`;
  // Each line is capped well below the limit, but a long list of long links is still possible.
  while (description.length > DISCORD_LIMITS.embedDescription && nearest.length > 1) {
    nearest.pop();
    description = `${intro}\n\n**Closest articles**\n${nearest.join("\n")}`;
  }
  return { embeds: [{ color: BOT_DEFAULTS.embedColor, title: "Not found in the corpus", description }] };
}
