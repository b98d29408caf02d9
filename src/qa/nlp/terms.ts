/**
 * The term pipeline shared by indexing and querying: normalisation, aliases,
 * stop words, stemming. Both sides go through `termsOfTokens`, so a spelling
 * variant, a stop word or a stem is treated identically on both.
 */
import type { AliasTable } from "./aliases.js";
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

interface Part extends WordPart {
  token: number;
  acronym: boolean;
}

/**
 * Tokens repeat across sentences and questions: each one's reading (several
 * regexes, a stem) is kept, up to about the vocabulary questions use (at
 * 200,000 readings a 100k-sentence corpus's serving heap held 24 MB more).
 */
const readings = new Map<string, TokenReading>();
const READING_MEMO_LIMIT = 20_000;

function readingOf(token: string): TokenReading {
  let reading = readings.get(token);
  if (reading === undefined) {
    // A token is often a slice of a far longer string (an article, the cache file) that V8 keeps whole while any
    // slice lives: the memo keeps a copy of its own (at 100k sentences the slices held another 19 MB).
    const text = Buffer.from(token, "utf8").toString("utf8");
    reading = { acronym: isAcronym(text), parts: wordParts(text).map((word) => ({ word, stemmed: stem(baseForm(word)), stop: isStopWord(word) })) };
    if (readings.size >= READING_MEMO_LIMIT) readings.clear();
    readings.set(text, reading);
  }
  return reading;
}

/**
 * For each surface token, the index terms it yields (often none: stop words
 * and punctuation; sometimes two: "high-tech"). A multi-word alias yields its
 * term on its first token.
 */
export function termsOfTokens(tokens: readonly string[], aliases: AliasTable): string[][] {
  const out: string[][] = tokens.map(() => []);
  if (aliases.terms.size === 0) {
    // No alias can match: each part stands alone.
    for (let token = 0; token < tokens.length; token++) {
      const { acronym, parts } = readingOf(tokens[token] as string);
      for (const part of parts) if (!(part.stop && !acronym)) out[token]?.push(part.stemmed);
    }
    return out;
  }
  const parts: Part[] = [];
  tokens.forEach((text, token) => {
    const { acronym, parts: own } = readingOf(text);
    for (const part of own) parts.push({ ...part, token, acronym });
  });
  for (let i = 0; i < parts.length; ) {
    const part = parts[i] as Part;
    const matched = matchAlias(parts, i, aliases);
    if (matched) {
      out[part.token]?.push(matched.term);
      i += matched.length;
      continue;
    }
    if (!(part.stop && !part.acronym)) out[part.token]?.push(part.stemmed);
    i += 1;
  }
  return out;
}

function matchAlias(parts: readonly Part[], from: number, aliases: AliasTable): { term: string; length: number } | undefined {
  for (let n = Math.min(aliases.maxWords, parts.length - from); n >= 1; n--) {
    const words = parts.slice(from, from + n);
    const term = aliases.terms.get(words.map((p) => p.stemmed).join(" "));
    if (term === undefined) continue;
    // "us" the pronoun is not "US" the country: a one-word alias that is also
    // a stop word only counts when written as an acronym.
    const only = words[0] as Part;
    if (n === 1 && only.stop && !only.acronym) return undefined;
    return { term, length: n };
  }
  return undefined;
}

/** The distinct terms of a piece of text, in order of first occurrence. */
export function termsOfText(text: string, aliases: AliasTable): string[] {
  return [...new Set(termsOfTokens(analyseTokens(text).map((t) => t.text), aliases).flat())];
}
