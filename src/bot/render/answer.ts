/**
 * One page of an answer: the quoted passages with their citations in one
 * embed, and the buttons under it. The page is fitted to Discord's limits by
 * sharing the description's budget between the quotes; a passage that cannot
 * get a useful share moves to the next page rather than being mangled.
 */
import type { Answer } from "../../qa/index.js";
import { MAX_OFFSET, customId } from "../custom-ids.js";
import { answerButtons } from "./components.js";
import { alsoInLine, citationLine } from "./citation.js";
import { DISCORD_LIMITS } from "../../common/discord-limits.js";
import { CUT_NOTE as NOTE } from "./fit.js";
import { MIN_QUOTE, fitQuote, renderHighlighted } from "./quote.js";
import type { ButtonSpec, Reply } from "./reply.js";
import { BOT_DEFAULTS } from "../options.js";

const QUOTE_PREFIX = "> ";
const PASSAGE_GAP = "\n\n";

export interface AnswerPageInput {
  /** The page of answers, best first. */
  answers: readonly Answer[];
  /** Answers in all, for the footer and "More sources". */
  total: number;
  /** Answers before this page. */
  offset: number;
  /** Who asked (only they may page) and under which request id the question is remembered. */
  askId: string;
  userId: string;
  /** "low": no passage clearly answers; the page says so before the passages. Default "high". */
  confidence?: "high" | "low";
  /** Buttons to add under the answer, e.g. moderators' "Report". Default none. */
  extraButtons?: (shown: readonly Answer[], firstNumber: number) => ButtonSpec[];
}

export interface AnswerPage {
  reply: Reply;
  /** The answers that fit on this page (a prefix of the input). */
  shown: readonly Answer[];
}

/** Fair shares of `budget` for wants of different sizes; small wants are met in full. */
export function shareBudget(budget: number, wants: readonly number[]): number[] {
  const shares = wants.map(() => 0);
  const order = wants.map((_, i) => i).sort((a, b) => wants[a]! - wants[b]!);
  let remaining = budget;
  order.forEach((i, position) => {
    const fair = Math.floor(remaining / (order.length - position));
    shares[i] = Math.min(wants[i]!, fair);
    remaining -= shares[i]!;
  });
  return shares;
}

/**
 * The description for the first `count` answers, or undefined if they cannot
 * all fit usefully. A page's only passage always fits, cut if need be: a page
 * is never empty, so paging always moves on.
 */
function layout(answers: readonly Answer[], offset: number, lead: string): string | undefined {
  // Each passage: "**n.** citation", then "> quote", then "Also in …" when wire copy ran elsewhere.
  const heads = answers.map((answer, i) => `**${offset + i + 1}.** ${citationLine(answer.citation)}\n${QUOTE_PREFIX}`);
  const tails = answers.map((answer) => {
    const also = alsoInLine(answer.alsoIn);
    return also ? `\n${also}` : "";
  });
  const fixed = lead.length + [...heads, ...tails].reduce((sum, part) => sum + part.length, 0) + PASSAGE_GAP.length * (answers.length - 1);
  const rendered = answers.map((a) => renderHighlighted(a.text, a.highlights));
  const wants = rendered.map((quote) => quote.length);
  const shares = shareBudget(DISCORD_LIMITS.embedDescription - fixed, wants);
  const blocks: string[] = [];
  for (const [i, answer] of answers.entries()) {
    const share = shares[i]!;
    if (answers.length > 1 && share < Math.min(MIN_QUOTE, wants[i]!)) return undefined;
    const quote = fitQuote(answer.text, answer.highlights, wants[i]! > share ? share - NOTE.length : share, rendered[i]);
    if (!quote) return undefined;
    blocks.push(heads[i] + quote.rendered + (quote.cut ? NOTE : "") + tails[i]);
  }
  return lead + blocks.join(PASSAGE_GAP);
}

/** Said before the passages when none clearly answers the question, so they are never taken for an answer. */
export const LOW_CONFIDENCE_LINE = "*No passage answers this directly. The closest passages:*";

export function renderAnswerPage(input: AnswerPageInput): AnswerPage {
  let count = input.answers.length;
  let description: string | undefined;
  const lead = input.confidence === "low" ? `${LOW_CONFIDENCE_LINE}\n\n` : "";
  while (count > 0 && (description = layout(input.answers.slice(0, count), input.offset, lead)) === undefined) count--;
  // One passage always fits (citations are capped far below the budget, and it may be cut between characters).
  if (count === 0 && input.answers.length > 0) throw new Error("no passage fits an answer page");
  const shown = input.answers.slice(0, count);
  const first = input.offset + 1;
  const last = input.offset + shown.length;
  const next = last < input.total && last <= MAX_OFFSET ? last : undefined;
  const range = first === last ? `Passage ${first}` : `Passages ${first}–${last}`;
  const buttons = answerButtons({
    contexts: shown.map((answer, i) => ({ number: first + i, key: answer.key })),
    more: next === undefined ? undefined : customId({ kind: "more", askId: input.askId, userId: input.userId, offset: next }),
    extra: input.extraButtons?.(shown, first) ?? [],
  });
  return {
    shown,
    reply: {
      embeds: [{ color: BOT_DEFAULTS.embedColor, description: description ?? "", footer: { text: `${range} of ${input.total} · quoted verbatim from the articles` } }],
      buttons,
    },
  };
}
