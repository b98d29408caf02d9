/**
 * One paragraph as the attribution rules read it: words with part-of-speech
 * tags (from nlp/wink.ts), the quoted spans, and which quote and which
 * sentence each word belongs to. Sentences are cut here rather than taken
 * from wink, because wink cuts inside quotes (“... Oreshnik. Let’s see what
 * happens,” Putin said.) and the attribution must see the whole of it.
 */
import { foldCase } from "../nlp/normalize.js";
import { type Analysis, analyse } from "../nlp/wink.js";
import type { Paragraph } from "../types.js";
import { CUE_VERBS } from "./lexicon.js";
import { findSpans, type QuoteSpan } from "./spans.js";
import { isTitleAbbreviation } from "../nlp/abbreviations.js";

/** A word: one wink token, or several joined by hyphens with no space ("long-standing"). */
export interface Word {
  text: string;
  /** Folded lower case (see foldCase). */
  lower: string;
  /** Absolute offsets into the body. */
  start: number;
  end: number;
  /** Universal POS tag of the last token. */
  pos: string;
  /** Index of the quoted span the word lies in (marks included), or -1 in narration. */
  quote: number;
  /** Part of a date or time expression ("Thursday"). */
  date: boolean;
  /** Sentence number within the paragraph, cut as described above. */
  sentence: number;
}

/** What the rules know about one paragraph. */
export interface ParagraphReading {
  paragraph: Paragraph;
  words: Word[];
  spans: QuoteSpan[];
}

const TERMINATORS = new Set([".", "!", "?", "…"]);
/** Longest attribution ("said Russia’s long-standing leader Vladimir Putin") kept with the quote before it. */
const BARE_ATTRIBUTION_WORDS = 8;

/** Which tag a hyphenated compound takes: the most name-like of its parts. */
const COMPOUND_TAGS = ["PROPN", "NOUN", "ADJ", "NUM"];
function rank(pos: string): number {
  const i = COMPOUND_TAGS.indexOf(pos);
  return i < 0 ? 0 : COMPOUND_TAGS.length - i;
}

export function isCapitalised(word: Pick<Word, "text">): boolean {
  return /^\p{Lu}/u.test(word.text);
}

function outsideLatin1(text: string): boolean {
  return /[^\u0000-\u00ff]/u.test(text);
}

/** The token ending at `end` (in the paragraph's text) belongs to the word before it: the word runs on over it. */
function runOn(word: Omit<Word, "quote" | "sentence">, text: string, base: number, end: number): void {
  word.text = text.slice(word.start - base, end);
  word.lower = foldCase(word.text);
  word.end = base + end;
}

/** Join hyphenated tokens and give each word its offsets and tag. */
function wordsOf(text: string, base: number, analysis: Analysis): Array<Omit<Word, "quote" | "sentence">> {
  const { tokens, entities } = analysis;
  const dated = new Set<number>();
  for (const e of entities) if (e.type === "DATE" || e.type === "TIME") for (let t = e.firstToken; t < e.endToken; t++) dated.add(t);
  const words: Array<Omit<Word, "quote" | "sentence">> = [];
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t];
    if (!token || token.type === "tabCRLF") continue;
    const last = words[words.length - 1];
    const prev = tokens[t - 1];
    const joins = last && prev && prev.end === token.start && (token.text === "-" || prev.text === "-") && last.end === base + token.start;
    // "Ukraine‘s": a quote mark typed for an apostrophe splits the possessive; put it back together.
    if (token.text === "s" && last && /^['’‘]$/u.test(last.text) && last.end === base + token.start) {
      runOn(last, text, base, token.end);
      last.pos = "PART";
      continue;
    }
    // "the Rev. James Okoro": wink keeps "Gov." whole but cuts "Rev" "."; a title's abbreviation is one word.
    if (token.text === "." && last && last.end === base + token.start && isTitleAbbreviation(last.text)) {
      runOn(last, text, base, token.end);
      continue;
    }
    // wink cuts words at letters outside Latin-1 ("Erdo" "ğ" "an"): pieces with no gap between letters are one word.
    const glued = last && prev && last.end === base + token.start && outsideLatin1(last.text.slice(-1) + token.text.charAt(0)) && /\p{L}$/u.test(last.text) && /^\p{L}/u.test(token.text);
    if (glued && last) {
      runOn(last, text, base, token.end);
      if (rank(token.pos) > rank(last.pos)) last.pos = token.pos;
      continue;
    }
    if (joins && last) {
      runOn(last, text, base, token.end);
      // "president-elect" is a noun even though wink tags "elect" a verb.
      if (token.text !== "-" && rank(token.pos) > rank(last.pos)) last.pos = token.pos;
      continue;
    }
    words.push({ text: token.text, lower: foldCase(token.text), start: base + token.start, end: base + token.end, pos: token.pos, date: dated.has(t) });
  }
  return words;
}

/** A short run of narration up to the next full stop, with no quote, that holds a reporting verb: “...?” Jane Doe asked. */
function bareAttribution(words: readonly Word[], from: number): boolean {
  let count = 0;
  let cue = false;
  for (let k = from; k < words.length; k++) {
    const w = words[k] as Word;
    // The run ends the sentence: one that goes on into a quote introduces that quote ("Jane Doe said, “...”").
    if (w.quote >= 0) return false;
    if (TERMINATORS.has(w.text)) return cue;
    if (w.pos !== "PUNCT" && ++count > BARE_ATTRIBUTION_WORDS) return false;
    if (CUE_VERBS.has(w.lower)) cue = true;
  }
  return cue;
}

/** Cut sentences outside quotes: at . ! ? in narration, and after a quote that ends one. */
function numberSentences(words: Word[], spans: readonly QuoteSpan[], body: string): void {
  let sentence = 0;
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as Word;
    word.sentence = sentence;
    const next = words[i + 1];
    if (!next) break;
    if (word.quote < 0) {
      // "a Ph.D. candidate", "ipam.org.br": a full stop before a lower-case word or with no space after it is no sentence end.
      const abbreviation = word.text === "." && next.quote < 0 && (/^\p{Ll}/u.test(next.text) || next.start === word.end);
      if (TERMINATORS.has(word.text) && !abbreviation) sentence++;
      continue;
    }
    const span = spans[word.quote] as QuoteSpan;
    const closesHere = next.quote !== word.quote;
    if (!closesHere) continue;
    const quoted = body.slice(span.start, span.end);
    // “... happens.” Putin said. keeps its attribution; “... happens.” At the same time ... starts anew.
    if (/[.!?…]$/u.test(quoted) && (next.quote >= 0 || (isCapitalised(next) && !bareAttribution(words, i + 1)))) sentence++;
  }
}

/** Read a paragraph of `body`: words, quoted spans, sentences. `analysis` is the paragraph text's NLP when segmentation (or the cache) has it. */
export function readParagraph(body: string, paragraph: Paragraph, analysis?: Analysis): ParagraphReading {
  const text = body.slice(paragraph.start, paragraph.end);
  const spans = findSpans(text, paragraph.start);
  const words: Word[] = wordsOf(text, paragraph.start, analysis ?? analyse(text)).map((w) => {
    const quote = spans.findIndex((s) => w.start >= s.open && w.end <= (s.close === null ? paragraph.end : s.close + 1));
    return { ...w, quote, sentence: 0 };
  });
  numberSentences(words, spans, body);
  return { paragraph, words, spans };
}

/** Narration words of quote `quote`'s sentence that come before it, in order. */
export function narrationBefore(reading: ParagraphReading, quote: number): number[] {
  const { words } = reading;
  const first = words.findIndex((w) => w.quote === quote);
  const before: number[] = [];
  if (first < 0) return before;
  const sentence = (words[first] as Word).sentence;
  for (let i = first - 1; i >= 0 && words[i]?.sentence === sentence; i--) if (words[i]?.quote === -1) before.unshift(i);
  return before;
}
