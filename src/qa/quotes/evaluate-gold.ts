/**
 * Measuring attribution against a gold file in the "starts" format (a
 * labelled quotation is its article, its opening words as printed and its
 * speaker's label), as a new user would: precision over the returned quotes
 * that match a labelled one (a returned `not_speech` item counts as wrong),
 * recall over the labelled quotes, and lookup recall: the labelled quotes a
 * `findQuotes` lookup by the label as written returns.
 *
 * A speaker label matches when all content words of one stand in the other
 * ("Boris Johnson" ~ "Johnson", "Supreme Court" ~ "Supreme Court of Puerto
 * Rico"), diacritics and case folded.
 */
import { z } from "zod";
import { quoteGroup } from "./build.js";
import { findQuotes } from "./find.js";
import type { IndexedQuote, QuoteIndex } from "./types.js";
import { contentWords } from "./unnamed.js";

export const GoldQuoteSchema = z.object({
  article: z.string().min(1, "an article id"),
  starts: z.string().min(1, "the quotation's opening words"),
  speaker: z.string().min(1, "the speaker's label"),
  short: z.boolean().optional(),
  note: z.string().optional(),
});

export const GoldSetSchema = z.object({
  about: z.string().optional(),
  quotes: z.array(GoldQuoteSchema).min(1, "at least one labelled quotation"),
  not_speech: z.array(z.object({ article: z.string().min(1), text: z.string().min(1) })).default([]),
});

export type GoldQuote = z.infer<typeof GoldQuoteSchema>;
export type GoldSet = z.infer<typeof GoldSetSchema>;

/** All content words of one label stand in the other (neither empty). */
export function labelsMatch(a: string, b: string): boolean {
  const x = contentWords(a);
  const y = contentWords(b);
  if (x.size === 0 || y.size === 0) return false;
  const within = (p: Set<string>, q: Set<string>) => [...p].every((w) => q.has(w));
  return within(x, y) || within(y, x);
}

/** Does a quote's text answer to a gold quotation's opening words? */
export function opensWith(quoteText: string, starts: string): boolean {
  const q = quoteGroup(quoteText);
  const s = quoteGroup(starts);
  if (q === "" || s === "") return false;
  return q === s || q.startsWith(`${s} `) || s.startsWith(`${q} `);
}

/** What a report says of one gold quotation. */
export type GoldOutcome = "right" | "wrong-speaker" | "not-found";

export interface GoldItem {
  gold: GoldQuote;
  outcome: GoldOutcome;
  /** Speaker as returned (name, or "unnamed: label"), when the quote was returned. */
  found?: string;
  /** Found by a lookup of the gold label. */
  lookup: boolean;
}

export interface GoldBreakdown {
  labelled: number;
  right: number;
  lookup: number;
}

export interface GoldReport {
  labelled: number;
  /** Returned quotes matching a labelled quotation or a not_speech item. */
  matched: number;
  right: number;
  precision: number;
  recall: number;
  lookupRecall: number;
  /** Returned quotes that are not_speech items. */
  notSpeech: Array<{ article: string; text: string; found: string }>;
  items: GoldItem[];
  /** By quotation length (short: four words or fewer) and by the label's form. */
  byKind: Record<string, GoldBreakdown>;
}

function speakerName(q: IndexedQuote, index: QuoteIndex): string {
  if (q.speakerId === null) return `unnamed: ${q.label}`;
  return index.speakers.find((s) => s.id === q.speakerId)?.name ?? q.speakerId;
}

/** The label matches the speaker's name or one of its aliases, or, for an unnamed source, its label. */
function speakerRight(label: string, q: IndexedQuote, index: QuoteIndex): boolean {
  if (q.speakerId === null) return labelsMatch(label, q.label);
  const speaker = index.speakers.find((s) => s.id === q.speakerId);
  return speaker !== undefined && [speaker.name, ...speaker.aliases].some((n) => labelsMatch(label, n));
}

/** Gold quotations by kind: its length, and whether the label names someone or describes them. */
export function kindsOf(g: GoldQuote): string[] {
  const length = g.short === true ? "short" : "long";
  const form = /^\p{Ll}/u.test(g.speaker) ? "description" : g.speaker.trim().includes(" ") ? "multi-word name" : "one-word name";
  return [`length: ${length}`, `label: ${form}`];
}

/** Every page of a lookup by `label`: does it return the gold quotation from its article? */
function foundByLookup(index: QuoteIndex, g: GoldQuote): boolean {
  const limit = 25;
  for (let offset = 0; ; offset += limit) {
    const result = findQuotes(index, { speaker: g.speaker, limit, offset });
    if (result.speaker === null) return false;
    for (const r of result.quotes) {
      if ([r.citation, ...r.alsoIn].some((c) => c.articleId === g.article && opensWith(c.quote, g.starts))) return true;
    }
    if (offset + limit >= result.total) return false;
  }
}

/** Score a quote index against a gold set of the same corpus. */
export function evaluateGold(index: QuoteIndex, gold: GoldSet): GoldReport {
  const pending = gold.quotes.map((g) => ({ g, quote: undefined as IndexedQuote | undefined }));
  const notSpeech: GoldReport["notSpeech"] = [];
  // Longest opening words first, so that a quotation is matched by its own quote rather than by a shorter one beside it.
  const order = [...pending].sort((a, b) => b.g.starts.length - a.g.starts.length);
  for (const q of index.quotes) {
    const match = order.find((p) => p.quote === undefined && p.g.article === q.citation.articleId && opensWith(q.text, p.g.starts));
    if (match) {
      match.quote = q;
      continue;
    }
    const stray = gold.not_speech.find((n) => n.article === q.citation.articleId && opensWith(q.text, n.text));
    if (stray) notSpeech.push({ article: stray.article, text: q.text, found: speakerName(q, index) });
  }
  const items: GoldItem[] = pending.map(({ g, quote }) => {
    const lookup = foundByLookup(index, g);
    if (!quote) return { gold: g, outcome: "not-found", lookup };
    return { gold: g, outcome: speakerRight(g.speaker, quote, index) ? "right" : "wrong-speaker", found: speakerName(quote, index), lookup };
  });
  const right = items.filter((i) => i.outcome === "right").length;
  const matched = items.filter((i) => i.outcome !== "not-found").length + notSpeech.length;
  const byKind: Record<string, GoldBreakdown> = {};
  for (const item of items) {
    for (const kind of kindsOf(item.gold)) {
      const b = (byKind[kind] ??= { labelled: 0, right: 0, lookup: 0 });
      b.labelled++;
      if (item.outcome === "right") b.right++;
      if (item.lookup) b.lookup++;
    }
  }
  const labelled = items.length;
  return {
    labelled,
    matched,
    right,
    precision: matched === 0 ? 0 : right / matched,
    recall: labelled === 0 ? 0 : right / labelled,
    lookupRecall: labelled === 0 ? 0 : items.filter((i) => i.lookup).length / labelled,
    notSpeech,
    items,
    byKind,
  };
}
