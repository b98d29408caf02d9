/**
 * `/quote speaker:...`: a speaker's quotes, filtered by topic and outlet,
 * with wire copies merged (the same words in several articles are one quote
 * citing the earliest publication, the others listed in `alsoIn`), paged.
 * An unknown speaker is a value naming the closest known ones.
 */
import { z } from "zod";
import { collapseWhitespace } from "../text.js";
import { type AliasTable, EMPTY_ALIASES } from "../nlp/aliases.js";
import { foldCase } from "../nlp/normalize.js";
import { termsOfText } from "../nlp/terms.js";
import { QuoteInputError } from "./errors.js";
import { QUOTE_DEFAULTS } from "./defaults.js";
import { closestSpeakers, lookupSpeaker } from "./suggest.js";
import type { FindQuotesOptions, FindQuotesResult, IndexedQuote, QuoteIndex, QuoteResult, SpeakerRef } from "./types.js";
import { unnamedQuotes } from "./unnamed.js";

const text = (what: string) =>
  z
    .string()
    .transform(collapseWhitespace)
    .refine((s) => s.length <= QUOTE_DEFAULTS.maxQueryLength, `the ${what} is too long: at most ${QUOTE_DEFAULTS.maxQueryLength} characters`);

const OptionsSchema = z.object({
  speaker: text("speaker").refine((s) => s !== "", "the speaker is empty: name someone, e.g. \"Putin\""),
  topic: text("topic").optional(),
  outlet: text("outlet").optional(),
  limit: z.number().int().min(1).max(QUOTE_DEFAULTS.maxQuotesPerPage).default(QUOTE_DEFAULTS.quotesPerPage),
  offset: z.number().int().min(0).max(10_000).default(0),
});

/** Earliest publication first; same date: article id, then position. */
function byPublication(a: IndexedQuote, b: IndexedQuote): number {
  const t = Date.parse(a.citation.published) - Date.parse(b.citation.published);
  return t || a.citation.articleId.localeCompare(b.citation.articleId) || a.citation.start - b.citation.start;
}

/** Topic score: each topic term in the quote counts 1, in its sentence only a fraction. */
function topicScore(q: IndexedQuote, terms: readonly string[]): number {
  let score = 0;
  for (const t of terms) {
    if (q.terms.includes(t)) score += 1;
    else if (q.contextTerms.includes(t)) score += QUOTE_DEFAULTS.contextTermWeight;
  }
  return score;
}

interface Group {
  cited: IndexedQuote;
  others: IndexedQuote[];
  score: number;
}

function groupsOf(quotes: readonly IndexedQuote[], outlet: string | undefined, terms: readonly string[]): Group[] {
  const byText = new Map<string, IndexedQuote[]>();
  for (const q of [...quotes].sort(byPublication)) byText.set(q.group, [...(byText.get(q.group) ?? []), q]);
  const groups: Group[] = [];
  for (const members of byText.values()) {
    const wanted = outlet === undefined ? members : members.filter((m) => foldCase(m.citation.outlet).includes(foldCase(outlet)));
    const cited = wanted[0];
    if (!cited) continue;
    const score = terms.length === 0 ? 0 : Math.max(...members.map((m) => topicScore(m, terms)));
    if (terms.length > 0 && score === 0) continue;
    // One citation per other article: a quote repeated within an article is one occurrence.
    const seen = new Set([cited.citation.articleId]);
    const others: IndexedQuote[] = [];
    for (const m of members) {
      if (seen.has(m.citation.articleId)) continue;
      seen.add(m.citation.articleId);
      others.push(m);
    }
    groups.push({ cited, others, score });
  }
  return groups.sort((a, b) => b.score - a.score || byPublication(a.cited, b.cited));
}

function resultOf(g: Group, speaker: SpeakerRef): QuoteResult {
  return {
    text: g.cited.text,
    kind: g.cited.kind,
    attribution: { speaker: { id: speaker.id, name: speaker.name }, label: g.cited.label, method: g.cited.method },
    citation: g.cited.citation,
    alsoIn: g.others.map((o) => o.citation),
    key: g.cited.key,
  };
}

/**
 * A speaker's quotes. Throws QuoteInputError only for invalid input (an
 * empty or over-long speaker or topic, a bad page); an unknown speaker is a
 * result with `speaker: null` and the closest known speakers. Words that name
 * no speaker but describe unnamed sources ("Woolworths spokesperson") find
 * those sources' quotes (see unnamed.ts).
 */
export function findQuotes(index: QuoteIndex, options: FindQuotesOptions, aliases: AliasTable = EMPTY_ALIASES): FindQuotesResult {
  const parsed = OptionsSchema.safeParse(options);
  if (!parsed.success) throw new QuoteInputError(parsed.error.issues[0]?.message ?? "invalid quote lookup");
  const { speaker: typed, topic, outlet, limit, offset } = parsed.data;
  const known = lookupSpeaker(index, typed);
  const found = known ? { speaker: { id: known.id, name: known.name }, quotes: index.quotes.filter((q) => q.speakerId === known.id) } : unnamedQuotes(index, typed);
  if (!found) return { speaker: null, query: typed, closest: closestSpeakers(index, typed) };
  const { speaker } = found;
  const suppressed = options.suppressed;
  const mine = found.quotes.filter((q) => !suppressed?.has(q.key));
  const terms = topic === undefined || topic === "" ? [] : termsOfText(topic, aliases);
  const groups = groupsOf(mine, outlet === "" ? undefined : outlet, terms);
  return { speaker, quotes: groups.slice(offset, offset + limit).map((g) => resultOf(g, speaker)), total: groups.length };
}
