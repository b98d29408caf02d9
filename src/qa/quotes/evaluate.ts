/**
 * Measuring attribution against a hand-labelled set: a quote counts when its
 * text is found (same words, ignoring case and punctuation) in the right
 * article and its speaker is right. Precision is over every quote extracted,
 * recall over every quote labelled.
 */
import { z } from "zod";
import { quoteGroup } from "./build.js";
import { lookupSpeaker } from "./suggest.js";
import type { IndexedQuote, QuoteIndex, QuoteKind } from "./types.js";

const UNNAMED = /^unnamed:\s*(.+)$/u;

/** One labelled quote: the speaker is a name, or "unnamed: <label as written>". */
export const LabelledQuoteSchema = z.object({
  articleId: z.string().regex(/^[a-z0-9-]{1,40}$/, "an article id"),
  text: z.string().min(1, "the quoted words"),
  speaker: z.string().min(1, "a speaker name or \"unnamed: <label>\""),
  kind: z.enum(["full", "partial"]),
  note: z.string().optional(),
});

export const LabelledSetSchema = z.object({ about: z.string().optional(), quotes: z.array(LabelledQuoteSchema).min(1) });

export type LabelledQuote = z.infer<typeof LabelledQuoteSchema>;

/** A quote the extractor got wrong or missed, with what it found. */
export interface EvalMiss {
  articleId: string;
  text: string;
  expected: string;
  /** What was extracted for the same words: a speaker name, "unnamed: <label>", or undefined when not extracted. */
  found?: string;
}

export interface EvalReport {
  labelled: number;
  extracted: number;
  correct: number;
  precision: number;
  recall: number;
  /** Labelled quotes not extracted at all. */
  missed: EvalMiss[];
  /** Extracted with the wrong speaker. */
  wrong: EvalMiss[];
  /** Extracted but not labelled (a scare quote taken for a quote, say). */
  extra: EvalMiss[];
  /** Right speaker, but full/partial disagrees. */
  kindMismatches: Array<{ articleId: string; text: string; expected: QuoteKind; found: QuoteKind }>;
}

function speakerOf(q: IndexedQuote, index: QuoteIndex): string {
  if (q.speakerId === null) return `unnamed: ${q.label}`;
  return index.speakers.find((s) => s.id === q.speakerId)?.name ?? q.speakerId;
}

function speakerMatches(label: string, q: IndexedQuote, index: QuoteIndex): boolean {
  const unnamed = UNNAMED.exec(label);
  if (unnamed) return q.speakerId === null && q.label.toLowerCase() === (unnamed[1] ?? "").trim().toLowerCase();
  const speaker = lookupSpeaker(index, label);
  return speaker !== undefined && speaker.id === q.speakerId;
}

/** Score an index against the labelled quotes of the same corpus. */
export function evaluateQuotes(index: QuoteIndex, labelled: readonly LabelledQuote[]): EvalReport {
  const pending = labelled.map((l) => ({ l, group: quoteGroup(l.text), used: false }));
  const report: EvalReport = { labelled: labelled.length, extracted: index.quotes.length, correct: 0, precision: 0, recall: 0, missed: [], wrong: [], extra: [], kindMismatches: [] };
  for (const q of index.quotes) {
    const match = pending.find((p) => !p.used && p.l.articleId === q.citation.articleId && p.group === q.group);
    if (!match) {
      report.extra.push({ articleId: q.citation.articleId, text: q.text, expected: "(not a quote)", found: speakerOf(q, index) });
      continue;
    }
    match.used = true;
    if (!speakerMatches(match.l.speaker, q, index)) {
      report.wrong.push({ articleId: q.citation.articleId, text: q.text, expected: match.l.speaker, found: speakerOf(q, index) });
      continue;
    }
    report.correct++;
    if (match.l.kind !== q.kind) report.kindMismatches.push({ articleId: q.citation.articleId, text: q.text, expected: match.l.kind, found: q.kind });
  }
  for (const p of pending) if (!p.used) report.missed.push({ articleId: p.l.articleId, text: p.l.text, expected: p.l.speaker });
  report.precision = report.extracted === 0 ? 0 : report.correct / report.extracted;
  report.recall = report.labelled === 0 ? 0 : report.correct / report.labelled;
  return report;
}
