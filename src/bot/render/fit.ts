/**
 * Cutting text to a length budget: only at word boundaries, never mid-word,
 * and always marked. The budget applies to the rendered form (escaped,
 * highlighted markdown), which is longer than the text and not linearly so.
 */

/** Appended wherever text was cut. */
export const CUT_MARK = "…";

export interface Fitted {
  rendered: string;
  /** True when part of the text was left out. */
  cut: boolean;
}

/** Ends of words: each index where a non-space character is followed by whitespace. */
function wordEnds(text: string): number[] {
  const ends: number[] = [];
  for (let i = 1; i < text.length; i++) {
    if (/\s/.test(text[i]!) && !/\s/.test(text[i - 1]!)) ends.push(i);
  }
  return ends;
}

/**
 * The longest word-boundary prefix of `text` whose rendering plus {@link CUT_MARK}
 * fits in `max` characters, or the whole rendering if it fits. Undefined when
 * not even the first word fits.
 */
export function fitText(text: string, max: number, render: (prefix: string) => string = (s) => s): Fitted | undefined {
  const whole = render(text);
  if (whole.length <= max) return { rendered: whole, cut: false };
  const ends = wordEnds(text);
  const fits = (end: number) => render(text.slice(0, end)).length + CUT_MARK.length <= max;
  // Rendered length grows with the prefix, so the last fitting end can be found by bisection.
  let low = 0;
  let high = ends.length - 1;
  let best = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (fits(ends[mid]!)) {
      best = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  if (best < 0) return undefined;
  return { rendered: render(text.slice(0, ends[best])) + CUT_MARK, cut: true };
}

/** Plain text cut to `max` at a word boundary; a single over-long word becomes just the mark. */
export function truncate(text: string, max: number): string {
  return fitText(text, max)?.rendered ?? CUT_MARK;
}
