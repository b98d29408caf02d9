/**
 * The shape of a quoted span in its sentence: a full quote stands on its own
 * (it opens the sentence, or follows "said," or a colon, and starts with a
 * capital), a partial one is worked into the writer's sentence. A title is a
 * title-case phrase inside narration (the programme “Results of the Year”).
 */
import { TITLE_SMALL_WORDS } from "./lexicon.js";
import type { QuoteSpan } from "./spans.js";
import type { QuoteKind } from "./types.js";
import { narrationBefore, type ParagraphReading, type Word } from "./words.js";

export interface QuoteShape {
  kind: QuoteKind;
  /** Words of the quoted text (letters or digits). */
  words: number;
  /** A title in narration: never a quote. */
  title: boolean;
  /** Word indices of the quote's first and last word (its marks). */
  first: number;
  last: number;
}

function startsWithCapital(text: string): boolean {
  const m = /[\p{L}\p{N}]/u.exec(text);
  return m !== null && /\p{Lu}/u.test(m[0]);
}

/** Every word capitalised but the small ones ("Results of the Year"): a title, not speech. */
export function isTitleCase(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length < 2 || !startsWithCapital(words[0] ?? "")) return false;
  return words.every((w) => TITLE_SMALL_WORDS.has(w.toLowerCase().replace(/[^\p{L}.]/gu, "")) || startsWithCapital(w));
}

/** The quote follows a comma right after another quote: an item of a list. */
function inList(reading: ParagraphReading, before: readonly number[]): boolean {
  const lead = before[before.length - 1];
  if (lead === undefined || (reading.words[lead] as Word).text !== ",") return false;
  return (reading.words[lead - 1]?.quote ?? -1) >= 0;
}

/** Shape of span `q` of a paragraph; `fullSentences` are the paragraph's sentences already holding a full quote. */
export function shapeOf(reading: ParagraphReading, q: number, body: string, fullSentences: ReadonlySet<number>): QuoteShape {
  const span = reading.spans[q] as QuoteSpan;
  const text = body.slice(span.start, span.end);
  const first = reading.words.findIndex((w) => w.quote === q);
  let last = first;
  while (reading.words[last + 1]?.quote === q) last++;
  const before = narrationBefore(reading, q);
  const lead = before.length === 0 ? undefined : (reading.words[before[before.length - 1] as number] as Word);
  const standsAlone = lead === undefined || lead.text === "," || lead.text === ":";
  const continuesFull = lead !== undefined && fullSentences.has((reading.words[first] as Word).sentence);
  const full = standsAlone && (startsWithCapital(text) || continuesFull);
  return {
    kind: full ? "full" : "partial",
    words: text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length,
    // In narration, or one of a list after another quote ("Blue Lights", "Long Road", ...).
    title: (!standsAlone || inList(reading, before)) && isTitleCase(text),
    first,
    last,
  };
}
