/**
 * /quote replies: a page of a speaker's direct quotes, each verbatim with its
 * kind, how the speaker was identified (so a moderator can judge it) and its
 * citation; "no such speaker" with the closest known ones; "no quotes"; and
 * the autocomplete choices for speakers and outlets. Quotes, labels, names
 * and outlets are corpus text and the filters are user text: all escaped.
 * Each quote on a page has a "Context n" button (the ordinary "Show context"
 * id, `ctx:<quote key>`: the engine takes a quote's key as well as a
 * sentence's).
 */
import type { QuoteResult, SpeakerRef, SpeakerSuggestion } from "../../qa/index.js";
import { MAX_OFFSET, customId } from "../custom-ids.js";
import { BOT_DEFAULTS } from "../options.js";
import { shareBudget } from "./answer.js";
import { alsoInLine, citationLine } from "./citation.js";
import { answerButtons } from "./components.js";
import { CUT_NOTE as NOTE, truncate } from "./fit.js";
import { DISCORD_LIMITS } from "../../common/discord-limits.js";
import { escapeMarkdown, singleLine } from "./markdown.js";
import { MIN_QUOTE, fitQuote } from "./quote.js";
import type { ButtonSpec, Choice, Reply } from "./reply.js";
import { collapseWhitespace } from "../../qa/index.js";

const QUOTE_GAP = "\n\n";
const OPEN = "“";
const CLOSE = "”";
/** Longest attribution label and typed filter shown, before escaping. */
const LABEL_MAX = 80;
const TYPED_MAX = 80;
const NAME_MAX = 80;

/** What was asked besides the speaker. */
export interface QuoteFilters {
  topic?: string;
  outlet?: string;
}

export interface QuotePageInput {
  speaker: SpeakerRef;
  /** The page of quotes, in the engine's order. */
  quotes: readonly QuoteResult[];
  /** Quotes in all, for the footer and "More quotes". */
  total: number;
  /** Quotes before this page. */
  offset: number;
  filters: QuoteFilters;
  /** Who asked (only they may page) and under which request id the lookup is remembered. */
  askId: string;
  userId: string;
  /** Buttons to add under the quotes, e.g. moderators' "Report". Default none. */
  extraButtons?: (shown: readonly QuoteResult[], firstNumber: number) => ButtonSpec[];
}

export interface QuotePage {
  reply: Reply;
  /** The quotes that fit on this page (a prefix of the input). */
  shown: readonly QuoteResult[];
}

const plural = (n: number, one: string, many: string) => `${n.toLocaleString("en-GB")} ${n === 1 ? one : many}`;

/** Text someone typed, shown back in quote marks. */
function typed(text: string): string {
  return `${OPEN}${escapeMarkdown(truncate(collapseWhitespace(singleLine(text)), TYPED_MAX))}${CLOSE}`;
}

function speakerName(name: string): string {
  return `**${escapeMarkdown(truncate(singleLine(name).trim(), NAME_MAX)) || "unnamed speaker"}**`;
}

/** " about “peace” from outlets matching “lbc”", or "" without filters. */
function filterPhrase(filters: QuoteFilters): string {
  const topic = filters.topic?.trim() ? ` about ${typed(filters.topic)}` : "";
  const outlet = filters.outlet?.trim() ? ` from outlets matching ${typed(filters.outlet)}` : "";
  return topic + outlet;
}

/**
 * How the speaker was reached, in words a moderator can check against the
 * article: `named as “Putin”`, `resolved from “he”`, or inherited from the
 * quote before it (whose attribution label is given).
 */
export function attributionPhrase(attribution: QuoteResult["attribution"]): string {
  const label = `${OPEN}${escapeMarkdown(truncate(singleLine(attribution.label).trim(), LABEL_MAX))}${CLOSE}`;
  switch (attribution.method) {
    case "named":
      return `named as ${label}`;
    case "resolved":
      return `resolved from ${label}`;
    case "inherited":
      return `inherited from the quote before it (${label})`;
  }
}

/** "Full quote · resolved from “he”". */
export function quoteDetailsLine(quote: QuoteResult): string {
  const kind = quote.kind === "full" ? "Full quote" : "Partial quote";
  return `${kind} · ${attributionPhrase(quote.attribution)}`;
}

/** The description for the quotes, or undefined if they cannot all fit usefully. */
function layout(header: string, quotes: readonly QuoteResult[], offset: number): string | undefined {
  // Each quote: "**n.** citation", then "> “quote”", then kind and attribution, then "Also in …" for wire copy.
  const heads = quotes.map((quote, i) => `**${offset + i + 1}.** ${citationLine(quote.citation)}\n> ${OPEN}`);
  const tails = quotes.map((quote) => {
    const also = alsoInLine(quote.alsoIn);
    return `\n${quoteDetailsLine(quote)}${also ? `\n${also}` : ""}`;
  });
  const fixed = header.length + [...heads, ...tails].reduce((sum, part) => sum + part.length, 0) + QUOTE_GAP.length * quotes.length + CLOSE.length * quotes.length;
  const wants = quotes.map((quote) => escapeMarkdown(singleLine(quote.text)).length);
  const shares = shareBudget(DISCORD_LIMITS.embedDescription - fixed, wants);
  const blocks: string[] = [];
  for (const [i, quote] of quotes.entries()) {
    const share = shares[i]!;
    // A page's only quote always fits, cut if need be, so paging always moves on.
    if (quotes.length > 1 && share < Math.min(MIN_QUOTE, wants[i]!)) return undefined;
    const fitted = fitQuote(quote.text, [], wants[i]! > share ? share - NOTE.length : share);
    if (!fitted) return undefined;
    // A cut quote ends with the cut mark, not a closing quotation mark: the speaker said more.
    blocks.push(heads[i] + fitted.rendered + (fitted.cut ? NOTE : CLOSE) + tails[i]);
  }
  return header + QUOTE_GAP + blocks.join(QUOTE_GAP);
}

/** The page's buttons for its first `count` quotes, and whether every one of them made it into Discord's grid. */
function pageButtons(input: QuotePageInput, count: number): { buttons: ButtonSpec[][]; complete: boolean } {
  const shown = input.quotes.slice(0, count);
  const first = input.offset + 1;
  const last = input.offset + shown.length;
  const next = last < input.total && last <= MAX_OFFSET ? last : undefined;
  // "Context n" is numbered like the quote it belongs to (the "**n.**" in the description).
  const contexts = shown.map((quote, i) => ({ number: first + i, key: quote.key }));
  const more = next === undefined ? undefined : customId({ kind: "more-quotes", askId: input.askId, userId: input.userId, offset: next });
  const extra = input.extraButtons?.(shown, first) ?? [];
  const buttons = answerButtons({ contexts, more, moreLabel: "More quotes", extra });
  // answerButtons drops whatever overflows the 5 × 5 grid; duplicate ids collapse to one, so count distinct ids.
  const wanted = new Set([...contexts.map(({ key }) => customId({ kind: "context", key })), ...(more ? [more] : []), ...extra.map((b) => b.customId)]);
  return { buttons, complete: buttons.flat().length >= wanted.size };
}

export function renderQuotePage(input: QuotePageInput): QuotePage {
  const header = `Quotes by ${speakerName(input.speaker.name)}${filterPhrase(input.filters)}`;
  let count = input.quotes.length;
  let description: string | undefined;
  let buttons: ButtonSpec[][] = [];
  // A quote stays on this page only if its text fits and its Context button (and More quotes) fit the button grid;
  // otherwise it moves to the next page. One quote always fits (citations and labels are capped far below the
  // budget, and one Context button plus More quotes leaves the grid room), so count >= 1 for a non-empty page.
  for (; count > 0; count--) {
    const fitted = pageButtons(input, count);
    if (!fitted.complete && count > 1) continue;
    description = layout(header, input.quotes.slice(0, count), input.offset);
    if (description === undefined) continue;
    buttons = fitted.buttons;
    break;
  }
  const shown = input.quotes.slice(0, count);
  const first = input.offset + 1;
  const last = input.offset + shown.length;
  const range = first === last ? `Quote ${first}` : `Quotes ${first}–${last}`;
  return {
    shown,
    reply: {
      embeds: [
        {
          color: BOT_DEFAULTS.embedColor,
          title: "Quotes",
          description: description ?? header,
          footer: { text: `${range} of ${input.total} · quoted verbatim from the articles · speakers identified automatically` },
        },
      ],
      buttons,
    },
  };
}

function suggestionLine(s: SpeakerSuggestion): string {
  const count = s.quoteCount === 0 ? "no quotes" : plural(s.quoteCount, "quote", "quotes");
  return `• ${speakerName(s.name)} (${count})`;
}

/** "No speaker called X in the corpus", with the closest known speakers. */
export function renderUnknownSpeaker(query: string, closest: readonly SpeakerSuggestion[]): Reply {
  const intro = `No speaker called ${typed(query)} in the corpus.`;
  const list = closest.map(suggestionLine);
  const hint = "Start typing a name after `/quote speaker:` and pick one of the suggestions.";
  const description =
    list.length > 0 ? `${intro}\n\n**Closest speakers**\n${list.join("\n")}\n\n${hint}` : `${intro}\n\nNo known speaker comes close. ${hint}`;
  return { embeds: [{ color: BOT_DEFAULTS.embedColor, title: "Speaker not found", description }] };
}

export interface NoQuotesInput {
  speaker: SpeakerRef;
  filters: QuoteFilters;
  /** The speaker's quotes without the filters (0 when there were no filters). */
  unfiltered: number;
  /** True when the corpus quotes the speaker but the server's moderators have withdrawn every quote. Default false. */
  withdrawn?: boolean;
}

/** A known speaker with nothing to show: none at all, or none that pass the filters. */
export function renderNoQuotes(input: NoQuotesInput): Reply {
  const who = speakerName(input.speaker.name);
  const filters = filterPhrase(input.filters);
  const description =
    filters === ""
      ? input.withdrawn
        ? `None of the quotes by ${who} can be shown here: this server's moderators have withdrawn them.`
        : `The corpus has no direct quotes by ${who}: the articles mention them without quoting their words.`
      : `No quotes by ${who}${filters}.` +
        (input.unfiltered > 0 ? `\n\nWithout the topic and outlet there ${input.unfiltered === 1 ? "is" : "are"} ${plural(input.unfiltered, "quote", "quotes")}: try \`/quote speaker:\` with the name alone.` : "");
  return { embeds: [{ color: BOT_DEFAULTS.embedColor, title: "No quotes found", description }] };
}

/** Plain text for a choice: one line, within Discord's 100 characters, never empty. */
function choiceText(text: string, fallback: string): string {
  const line = collapseWhitespace(singleLine(text));
  return truncate(line || fallback, DISCORD_LIMITS.choiceName);
}

/** Autocomplete choices for speakers: the name and quote count shown, the speaker id sent. */
export function speakerChoices(suggestions: readonly SpeakerSuggestion[]): Choice[] {
  return suggestions
    .filter((s) => s.id.length > 0 && s.id.length <= DISCORD_LIMITS.choiceValue)
    .slice(0, DISCORD_LIMITS.autocompleteChoices)
    .map((s) => {
      const count = ` (${plural(s.quoteCount, "quote", "quotes")})`;
      const name = collapseWhitespace(singleLine(s.name)) || s.id;
      return { name: truncate(name, DISCORD_LIMITS.choiceName - count.length) + count, value: s.id };
    });
}

/**
 * Autocomplete choices for outlets containing what was typed (any case).
 * The value is the outlet name, cut to 100 characters: the lookup matches
 * outlets by substring, so a cut name still finds its outlet.
 */
export function outletChoices(outlets: readonly string[], typedText: string): Choice[] {
  const wanted = typedText.trim().toLocaleLowerCase("en");
  return outlets
    .filter((outlet) => outlet.trim() !== "" && outlet.toLocaleLowerCase("en").includes(wanted))
    .slice(0, DISCORD_LIMITS.autocompleteChoices)
    .map((outlet) => ({ name: choiceText(outlet, "outlet"), value: singleLine(outlet).trim().slice(0, DISCORD_LIMITS.choiceValue) }))
    .filter((choice) => choice.value !== "");
}

export const QUOTE_NOTICES = {
  notYourQuotes: "Only the person who asked can page through these quotes. Look someone up yourself with /quote.",
  quotesExpired: "These quotes have expired. Run /quote again to see them.",
  noMoreQuotes: "There are no more quotes for this lookup.",
} as const;
