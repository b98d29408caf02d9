/**
 * Looking up a speaker's quotes, the same way for /quote on Discord and in
 * the terminal: cooldown, acknowledge if slow, ask the engine (the guild's
 * suppressions applied), remember the lookup for "More quotes", send the
 * first page — or "no such speaker" with the closest ones, or "no quotes".
 */
import { QuoteInputError, type FindQuotesResult, type SpeakerSuggestion } from "../qa/index.js";
import { deferIfSlow } from "./defer-if-slow.js";
import { UserFacingError, type Invocation, type Outcome } from "./invocation.js";
import type { QuoteRequest } from "./paging.js";
import { renderNoQuotes, renderQuotePage, renderUnknownSpeaker, type QuoteFilters } from "./render/index.js";
import type { Visibility } from "./responder.js";
import { announceAnswer, extraButtonsIn, suppressedIn, type BotRuntime } from "./runtime.js";
import { takeTurn } from "./take-turn.js";

export interface QuoteLookup extends QuoteFilters {
  /** As typed (or picked from autocomplete, which sends the speaker's id). */
  speaker: string;
  visibility: Visibility;
}

/** The lookup as someone would type it, for the answer records moderation keeps (never logged). */
export function describeLookup(lookup: Pick<QuoteLookup, "speaker" | "topic" | "outlet">): string {
  const parts = [`speaker:${lookup.speaker}`];
  if (lookup.topic) parts.push(`topic:${lookup.topic}`);
  if (lookup.outlet) parts.push(`outlet:${lookup.outlet}`);
  return `/quote ${parts.join(" ")}`;
}

/** One page of `speaker`'s quotes as seen from a guild (its suppressions applied). Bad input is a UserFacingError. */
export function quotePage(runtime: BotRuntime, guildId: string | null, speaker: string, filters: QuoteFilters, offset: number): FindQuotesResult {
  try {
    return runtime.engine.findQuotes({
      speaker,
      ...(filters.topic ? { topic: filters.topic } : {}),
      ...(filters.outlet ? { outlet: filters.outlet } : {}),
      limit: runtime.settings.quotesPerPage,
      offset,
      suppressed: suppressedIn(runtime, guildId),
    });
  } catch (error) {
    // The engine's message is written for the person who typed the lookup.
    if (error instanceof QuoteInputError) throw new UserFacingError(error.message);
    throw error;
  }
}

/**
 * Speakers matching what is typed, most quoted first, counted as this guild
 * sees them: quotes its moderators suppressed are not counted, and a
 * speaker with none left is not suggested.
 */
export function speakerSuggestions(runtime: BotRuntime, guildId: string | null, typed: string, limit: number): SpeakerSuggestion[] {
  const suppressed = suppressedIn(runtime, guildId);
  if (suppressed.size === 0) return runtime.engine.suggestSpeakers(typed, limit);
  // Some may drop out; ask for a few more so the list stays full.
  return runtime.engine
    .suggestSpeakers(typed, limit * 2)
    .flatMap((s) => {
      const seen = runtime.engine.findQuotes({ speaker: s.id, limit: 1, suppressed });
      const quoteCount = seen.speaker === null ? 0 : seen.total;
      return quoteCount > 0 ? [{ ...s, quoteCount }] : [];
    })
    .slice(0, limit);
}

export async function lookUpQuotes(call: Invocation, lookup: QuoteLookup): Promise<Outcome> {
  const { runtime, responder } = call;
  if (!(await takeTurn(call))) return "cooldown";
  const { visibility } = lookup;
  const filters: QuoteFilters = { topic: lookup.topic, outlet: lookup.outlet };
  // As /ask: a lookup ready within the acknowledgement window is the reply itself, with no acknowledgement to fill in later.
  const result = await deferIfSlow(responder, visibility, (async () => quotePage(runtime, call.guildId, lookup.speaker, filters, 0))());
  if (result.speaker === null) {
    await responder.send(renderUnknownSpeaker(result.query, result.closest), visibility);
    return "not-found";
  }
  if (result.quotes.length === 0) {
    const filtered = Boolean(filters.topic?.trim() || filters.outlet?.trim());
    const unfiltered = filtered ? quotePage(runtime, call.guildId, result.speaker.id, {}, 0) : undefined;
    const speakerId = result.speaker.id;
    const withdrawn = !filtered && runtime.engine.quotes.quotes.some((q) => q.speakerId === speakerId);
    await responder.send(renderNoQuotes({ speaker: result.speaker, filters, unfiltered: unfiltered?.speaker ? unfiltered.total : 0, withdrawn }), visibility);
    return "not-found";
  }
  const question = describeLookup(lookup);
  const page = renderQuotePage({
    speaker: result.speaker,
    quotes: result.quotes,
    total: result.total,
    offset: 0,
    filters,
    askId: call.requestId,
    userId: call.userId,
    extraButtons: extraButtonsIn(runtime, call.guildId),
  });
  const where = await responder.send(page.reply, visibility);
  // Remembered once delivered, with where: a page request is honoured only on that message, for its asker.
  const request: QuoteRequest = { speakerId: result.speaker.id, topic: lookup.topic, outlet: lookup.outlet, question, userId: call.userId, messageId: where?.messageId };
  runtime.quotePaging.remember(call.requestId, request);
  if (where) {
    await announceAnswer(runtime, { ...where, guildId: call.guildId, userId: call.userId, source: "quote", question, speaker: result.speaker, offset: 0, shown: page.shown });
  }
  return "answered";
}
