/**
 * Sources with no name found by the words of their label: "Woolworths
 * spokesperson" finds the quotes of "a Woolworths spokesperson", "protesters"
 * those of "some of the protesters". Such a source is no speaker of the
 * index, so this is only the fallback of a lookup that names no speaker.
 */
import { wordParts } from "../nlp/normalize.js";
import { foldName } from "./fold.js";
import { slugOf } from "./speakers.js";
import type { IndexedQuote, QuoteIndex, SpeakerRef } from "./types.js";

/** Words a label match ignores. */
const LABEL_STOP = new Set(["the", "a", "an", "of", "and", "for", "in", "on", "at", "to", "s"]);

/** The folded content words of a label ("the Erdoğan's office" → erdogan, office). */
export function contentWords(label: string): Set<string> {
  return new Set(
    foldName(label)
      .split(/[\s-]+/)
      .flatMap(wordParts)
      .filter((w) => !LABEL_STOP.has(w)),
  );
}

/**
 * The unnamed quotes whose label holds every content word typed, with the
 * reference a result names: the earliest such label as written, and the
 * slug of the typed words as id (looking the id up again finds the same
 * quotes, so a page of results can be asked for by it).
 */
export function unnamedQuotes(index: QuoteIndex, typed: string): { speaker: SpeakerRef; quotes: IndexedQuote[] } | undefined {
  const wanted = [...contentWords(typed)];
  if (wanted.length === 0) return undefined;
  const labels = new Map<string, boolean>();
  const fits = (label: string) => {
    let fit = labels.get(label);
    if (fit === undefined) {
      const words = contentWords(label);
      fit = wanted.every((w) => words.has(w));
      labels.set(label, fit);
    }
    return fit;
  };
  const quotes = index.quotes.filter((q) => q.speakerId === null && fits(q.label));
  const first = quotes[0];
  if (!first) return undefined;
  return { speaker: { id: slugOf(wanted.join(" ")), name: first.label }, quotes };
}
