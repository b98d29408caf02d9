/**
 * A quoted sentence: verbatim, escaped, with the words that matched the
 * question in bold, and cut to a budget at a word boundary when it must be.
 */
import type { Highlight } from "../../qa/index.js";
import { fitText, type Fitted } from "./fit.js";
import { bold, escapeMarkdown, singleLine } from "./markdown.js";

/** Below this many characters a cut quote says too little to be worth showing beside others. */
export const MIN_QUOTE = 200;

/** Highlights inside `[0, length)`, trimmed of surrounding spaces, sorted and merged. */
export function cleanHighlights(text: string, highlights: readonly Highlight[], length = text.length): Highlight[] {
  const ranges = highlights
    .map(({ start, end }) => {
      let s = Math.max(0, Math.min(start, length));
      let e = Math.max(s, Math.min(end, length));
      // "** word**" does not render as bold, so the markers must hug the word.
      while (s < e && /\s/.test(text[s]!)) s++;
      while (e > s && /\s/.test(text[e - 1]!)) e--;
      return { start: s, end: e };
    })
    .filter((r) => r.end > r.start)
    .sort((a, b) => a.start - b.start);
  const merged: Highlight[] = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}

/** Markdown for `text.slice(0, end)` with the highlights inside it in bold. */
export function renderHighlighted(text: string, highlights: readonly Highlight[], end = text.length): string {
  const plain = (from: number, to: number) => escapeMarkdown(singleLine(text.slice(from, to)));
  let out = "";
  let at = 0;
  for (const range of cleanHighlights(text, highlights, end)) {
    out += plain(at, range.start) + bold(plain(range.start, range.end));
    at = range.end;
  }
  return out + plain(at, end);
}

/** The quote rendered within `max` characters, or undefined if not even a word fits. `whole`: the whole quote rendered, if already known. */
export function fitQuote(text: string, highlights: readonly Highlight[], max: number, whole?: string): Fitted | undefined {
  const render = (prefix: string) => renderHighlighted(text, highlights, prefix.length);
  return fitText(text, max, render, whole ?? render(text));
}
