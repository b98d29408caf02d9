/**
 * Quoted spans in one paragraph, by the marks alone (whether a span is a
 * quote, a title or a scare quote is decided later, with the grammar).
 *
 * Double marks (“ ” " « ») always delimit a span. A paragraph that opens a
 * quote and never closes it runs on into the next paragraph, which then
 * opens with a mark of its own: the span ends with the paragraph and is
 * marked `openEnded`. So does a curly single mark opening a word.
 *
 * Single marks (‘ ’ ') double as apostrophes, and British style uses them for
 * headline phrases, so a single-quoted span is only taken when it is
 * unambiguous: the opening mark follows a space (or starts the paragraph) and
 * precedes a letter, the closing mark follows a letter or punctuation and is
 * not followed by a letter, it lies outside any double-quoted span (a quote
 * inside a quote is someone else's words, reported by the speaker), and it
 * is short, unless its closing mark follows a comma or a full stop, where no
 * apostrophe stands (outlets that quote in single marks quote at length). Such a span still needs an attributed speaker in its sentence to
 * count (attribute.ts), so headline-style scare quotes stay out.
 */
import { QUOTE_DEFAULTS } from "./defaults.js";
import type { QuoteMarks } from "./types.js";

/** A quoted span. Offsets are absolute (into the article body). */
export interface QuoteSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark, or null when the quote runs on past the paragraph. */
  close: number | null;
  /** The quoted words, `[start, end)`, trimmed (see ExtractedQuote). */
  start: number;
  end: number;
  marks: QuoteMarks;
  /** The opening mark is the paragraph's first character. */
  opensParagraph: boolean;
  /** No closing mark in this paragraph: the quote continues in the next. */
  openEnded: boolean;
}

const DOUBLE_OPEN = new Set(["“", "«", "„"]);
const DOUBLE_CLOSE = new Set(["”", "»"]);
const SINGLE_OPEN = new Set(["‘", "'"]);
const SINGLE_CLOSE = new Set(["’", "'"]);
const BEFORE_OPENING = /[\s([{—–\-/]/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Trim the inner text: spaces, and a trailing comma that belongs to the writer's sentence. */
function inner(text: string, from: number, to: number): { start: number; end: number } {
  let start = from;
  let end = to;
  while (start < end && /\s/u.test(text[start] ?? "")) start++;
  while (end > start && /[\s,]/u.test(text[end - 1] ?? "")) end--;
  return { start, end };
}

function doubleSpans(text: string): Array<{ open: number; close: number | null }> {
  const spans: Array<{ open: number; close: number | null }> = [];
  let open: number | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? "";
    if (open === null) {
      const straightOpens = c === '"' && (i === 0 || BEFORE_OPENING.test(text[i - 1] ?? "") || LETTER_OR_DIGIT.test(text[i + 1] ?? ""));
      if (DOUBLE_OPEN.has(c) || straightOpens) open = i;
    } else if (DOUBLE_CLOSE.has(c) || c === '"') {
      spans.push({ open, close: i });
      open = null;
    }
  }
  if (open !== null) spans.push({ open, close: null });
  return spans;
}

function singleSpans(text: string, inside: (i: number) => boolean): Array<{ open: number; close: number | null }> {
  const spans: Array<{ open: number; close: number | null }> = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? "";
    const opens = SINGLE_OPEN.has(c) && (i === 0 || BEFORE_OPENING.test(text[i - 1] ?? "")) && LETTER_OR_DIGIT.test(text[i + 1] ?? "");
    if (!opens || inside(i)) continue;
    let j = i + 2;
    for (; j < text.length; j++) {
      const d = text[j] ?? "";
      if (d === "\n" || DOUBLE_OPEN.has(d) || d === '"') break;
      // An apostrophe follows a letter ("allies’"), never a comma: "win,’ he said" closes a quote.
      const closes = SINGLE_CLOSE.has(d) && /[\p{L}\p{N}.,!?]/u.test(text[j - 1] ?? "") && !LETTER_OR_DIGIT.test(text[j + 1] ?? "");
      if (!closes) continue;
      const words = text.slice(i + 1, j).trim().split(/\s+/).length;
      // After a comma or a full stop the mark cannot be an apostrophe: the quote of a house style that
      // quotes in single marks ("‘We cannot keep patching a wall the sea takes back,’ she said"), however long.
      const plainlyClosed = /[.,!?]/u.test(text[j - 1] ?? "");
      if ((plainlyClosed || words <= QUOTE_DEFAULTS.singleQuoteMaxWords) && !inside(j)) spans.push({ open: i, close: j });
      i = j;
      break;
    }
    // A curly opening mark before a word, never closed, in a paragraph that ends a sentence: a quote that
    // runs on into the next paragraph, as in double marks. (A straight mark or one before a digit may be an
    // elision: "rock 'n' roll", "the ‘90s".)
    if (j >= text.length && c === "‘" && /\p{L}/u.test(text[i + 1] ?? "") && /[.!?]\s*$/u.test(text)) {
      spans.push({ open: i, close: null });
      break;
    }
  }
  return spans;
}

/**
 * The quoted spans of a paragraph, in order. `text` is the paragraph's text
 * and `base` its offset in the body; offsets returned are absolute.
 */
export function findSpans(text: string, base: number): QuoteSpan[] {
  const doubles = doubleSpans(text);
  const inside = (i: number) => doubles.some((d) => i >= d.open && i <= (d.close ?? text.length));
  const marked = [
    ...doubles.map((d) => ({ ...d, marks: "double" as const })),
    ...singleSpans(text, inside).map((s) => ({ ...s, marks: "single" as const })),
  ].sort((a, b) => a.open - b.open);

  const spans: QuoteSpan[] = [];
  for (const m of marked) {
    const { start, end } = inner(text, m.open + 1, m.close ?? text.length);
    if (end <= start) continue;
    spans.push({
      open: base + m.open,
      close: m.close === null ? null : base + m.close,
      start: base + start,
      end: base + end,
      marks: m.marks,
      opensParagraph: m.open === 0,
      openEnded: m.close === null,
    });
  }
  return spans;
}
