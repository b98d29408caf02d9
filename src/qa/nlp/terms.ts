/**
 * The term pipeline shared by indexing and querying: normalisation, aliases,
 * stop words, stemming. Both sides go through `termsOfTokens`, so a spelling
 * variant, a stop word or a stem is treated identically on both.
 */
import { type AliasTable, EMPTY_ALIASES } from "./aliases.js";
import { baseForm, isAcronym, wordParts } from "./normalize.js";
import { isStopWord } from "./stopwords.js";
import { analyseTokens, stem } from "./wink.js";

/** One word part of a token as the pipeline reads it: normalised, stemmed, and whether it is a stop word. */
interface WordPart {
  word: string;
  stemmed: string;
  stop: boolean;
}

/** A surface token's reading: its word parts and whether it is written as an acronym. */
interface TokenReading {
  acronym: boolean;
  parts: readonly WordPart[];
}

/**
 * Tokens repeat across sentences and questions: each one's reading (several
 * regexes, a stem) is kept, up to about the vocabulary questions use (at
 * 200,000 readings a 100k-sentence corpus's serving heap held 24 MB more).
 * Two generations: when the newer fills, it becomes the older and the
 * oldest is dropped, and a reading found in the older moves back to the
 * newer, so the words every question and shown sentence use stay read
 * (clearing one full map read them all again, every few hundred questions
 * at 20k sentences).
 */
let readings = new Map<string, TokenReading>();
let olderReadings = new Map<string, TokenReading>();
const READING_MEMO_LIMIT = 20_000;
/**
 * Past this length a "word" is no English word (a pasted hash, a run of
 * letters) and is kept as written: the stemmer's suffix rules take time
 * that grows with the square of a word's length (0.2 s for 2,000 letters).
 */
const MAX_STEMMED = 64;

function readingOf(token: string): TokenReading {
  let reading = readings.get(token);
  if (reading === undefined) {
    // A token is often a slice of a far longer string (an article, the cache file) that V8 keeps whole while any
    // slice lives: the memo keeps a copy of its own (at 100k sentences the slices held another 19 MB).
    const text = Buffer.from(token, "utf8").toString("utf8");
    reading = olderReadings.get(text) ?? { acronym: isAcronym(text), parts: wordParts(text).map((word) => ({ word, stemmed: word.length > MAX_STEMMED ? word : stem(baseForm(word)), stop: isStopWord(word) })) };
    if (readings.size >= READING_MEMO_LIMIT) {
      olderReadings = readings;
      readings = new Map();
    }
    readings.set(text, reading);
  }
  return reading;
}

/**
 * For each surface token, the index terms it yields (often none: stop words
 * and punctuation; sometimes two: "high-tech"). A multi-word alias yields its
 * term on its first token; when `spans` is given, it records there how many
 * tokens from that one the alias covers ("passed away": 2), so a highlight
 * can cover the whole phrase.
 */
export function termsOfTokens(tokens: readonly string[], aliases: AliasTable, spans?: number[]): string[][] {
  // Most tokens yield no term or one: every entry starts as the one shared empty list, replaced at its first term.
  const out: string[][] = new Array<string[]>(tokens.length).fill(NO_TERMS_YET);
  if (aliases.terms.size === 0) {
    // No alias can match: each part stands alone.
    for (let token = 0; token < tokens.length; token++) {
      const { acronym, parts } = readingOf(tokens[token] as string);
      for (const part of parts) if (!(part.stop && !acronym)) addTerm(out, token, part.stemmed);
    }
    return out;
  }
  // Every word part in order, with its token and whether that token is an acronym: the memo's own parts, not copies.
  const parts: WordPart[] = [];
  const tokenOf: number[] = [];
  const acronymOf: boolean[] = [];
  for (let token = 0; token < tokens.length; token++) {
    const { acronym, parts: own } = readingOf(tokens[token] as string);
    for (const part of own) {
      parts.push(part);
      tokenOf.push(token);
      acronymOf.push(acronym);
    }
  }
  const firsts = firstWordsOf(aliases);
  for (let i = 0; i < parts.length; ) {
    const part = parts[i] as WordPart;
    const matched = mayStartAlias(part.stemmed, firsts) ? matchAlias(parts, acronymOf, i, aliases) : undefined;
    if (matched) {
      addTerm(out, tokenOf[i] as number, matched.term);
      if (spans) spans[tokenOf[i] as number] = (tokenOf[i + matched.length - 1] as number) - (tokenOf[i] as number) + 1;
      i += matched.length;
      continue;
    }
    if (!(part.stop && !acronymOf[i])) addTerm(out, tokenOf[i] as number, part.stemmed);
    i += 1;
  }
  return out;
}

/** A token's terms while it has none: shared, and frozen so that nothing adds to it in place. */
const NO_TERMS_YET: string[] = Object.freeze([]) as unknown as string[];

function addTerm(out: string[][], token: number, term: string): void {
  const terms = out[token] as string[];
  if (terms === NO_TERMS_YET) out[token] = [term];
  else terms.push(term);
}

/**
 * The first word of every alias key, per table: a key is its words' stems
 * joined by spaces, so no alias starts at a part whose stem is not among
 * them, and most parts are passed over with one lookup.
 */
const firstWords = new WeakMap<AliasTable, ReadonlySet<string>>();

function firstWordsOf(aliases: AliasTable): ReadonlySet<string> {
  let firsts = firstWords.get(aliases);
  if (!firsts) {
    firsts = new Set([...aliases.terms.keys()].map((k) => k.split(" ")[0] as string));
    firstWords.set(aliases, firsts);
  }
  return firsts;
}

/** Whether an alias key may start with this stem (a stem holding a space, which no word part should, is always tried). */
function mayStartAlias(stemmed: string, firsts: ReadonlySet<string>): boolean {
  return firsts.has(stemmed) || stemmed.includes(" ");
}

function matchAlias(parts: readonly WordPart[], acronymOf: readonly boolean[], from: number, aliases: AliasTable): { term: string; length: number } | undefined {
  const longest = Math.min(aliases.maxWords, parts.length - from);
  // The keys of the runs of 1..longest parts from `from`, each the last plus one word.
  const keys: string[] = [];
  let key = "";
  for (let n = 1; n <= longest; n++) {
    key = n === 1 ? (parts[from] as WordPart).stemmed : `${key} ${(parts[from + n - 1] as WordPart).stemmed}`;
    keys.push(key);
  }
  for (let n = longest; n >= 1; n--) {
    const term = aliases.terms.get(keys[n - 1] as string);
    if (term === undefined) continue;
    // "us" the pronoun is not "US" the country: a one-word alias that is also
    // a stop word only counts when written as an acronym.
    if (n === 1 && (parts[from] as WordPart).stop && !acronymOf[from]) return undefined;
    return { term, length: n };
  }
  return undefined;
}

/** The terms of plain words taken one by one, with no aliases: fixed English word lists ("aged", "years", "nearly") and single typed words. */
export function termsOfWords(words: readonly string[]): string[] {
  return termsOfTokens(words, EMPTY_ALIASES).flat();
}

/** The distinct terms of a piece of text, in order of first occurrence. */
export function termsOfText(text: string, aliases: AliasTable): string[] {
  return [...new Set(termsOfTokens(analyseTokens(text).map((t) => t.text), aliases).flat())];
}
