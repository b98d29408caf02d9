/**
 * Cutting text to a length budget, always marked. Cuts fall at word
 * boundaries; a text with no usable word boundary (a long URL, a base64 blob,
 * a language written without spaces, one overlong word) is cut between two
 * characters instead: never inside a surrogate pair or a grapheme, and since
 * the cut is made in the source text before rendering, never inside a
 * markdown escape. The budget applies to the rendered form (escaped,
 * highlighted markdown), which is longer than the text and not linearly so.
 */

/** Appended wherever text was cut. */
export const CUT_MARK = "…";

/** A line under a quoted passage that had to be cut, so no one takes the cut for the sentence's end. */
export const CUT_NOTE = "\n*(shortened to fit; the whole sentence is in the article)*";

/**
 * A word cut is preferred unless it leaves out more than this many characters
 * of a word: no word of prose is that long, so the text there is a token (a
 * URL, a code, a language written without spaces) and "Qk0…" from a
 * 5,000-character one would say nothing.
 */
const LONGEST_WORD = 40;

export interface Fitted {
  rendered: string;
  /** True when part of the text was left out. */
  cut: boolean;
  /** True when the cut fell inside a word (no word boundary was usable). */
  midWord?: boolean;
}

/** Ends of words: each index where a non-space character is followed by whitespace. */
function wordEnds(text: string): number[] {
  const ends: number[] = [];
  for (let i = 1; i < text.length; i++) {
    if (/\s/.test(text[i]!) && !/\s/.test(text[i - 1]!)) ends.push(i);
  }
  return ends;
}

const GRAPHEMES = new Intl.Segmenter(undefined, { granularity: "grapheme" });

/** Indices where the text may be cut between characters: grapheme boundaries after the first. */
function characterEnds(text: string): number[] {
  const ends: number[] = [];
  for (const { index } of GRAPHEMES.segment(text)) if (index > 0) ends.push(index);
  return ends;
}

/** The last of `ends` (ascending) for which `fits` holds, by bisection: rendered length grows with the prefix. */
function lastFitting(ends: readonly number[], fits: (end: number) => boolean): number | undefined {
  let low = 0;
  let high = ends.length - 1;
  let best: number | undefined;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (fits(ends[mid]!)) {
      best = ends[mid];
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  return best;
}

/**
 * The longest prefix of `text` whose rendering plus {@link CUT_MARK} fits in
 * `max` characters, or the whole rendering if it fits: cut at a word boundary,
 * or between characters when no word boundary keeps a fair share. Undefined
 * only when not even one character fits. `whole` is `render(text)`, for a
 * caller that has it already.
 */
export function fitText(text: string, max: number, render: (prefix: string) => string = (s) => s, whole = render(text)): Fitted | undefined {
  if (whole.length <= max) return { rendered: whole, cut: false };
  const fits = (end: number) => render(text.slice(0, end)).length + CUT_MARK.length <= max;
  const atWord = lastFitting(wordEnds(text), fits);
  // Only the part of the text that could possibly fit needs splitting into characters.
  const atCharacter = lastFitting(characterEnds(text.slice(0, max + 1)), fits);
  if (atWord !== undefined && (atCharacter === undefined || atCharacter - atWord <= LONGEST_WORD)) {
    return { rendered: render(text.slice(0, atWord)) + CUT_MARK, cut: true };
  }
  if (atCharacter === undefined) return undefined;
  return { rendered: render(text.slice(0, atCharacter)) + CUT_MARK, cut: true, midWord: true };
}

/** Plain text cut to `max` (see {@link fitText}); only a budget too small for one character leaves just the mark. */
export function truncate(text: string, max: number): string {
  return fitText(text, max)?.rendered ?? CUT_MARK;
}
