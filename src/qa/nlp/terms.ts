/**
 * The term pipeline shared by indexing and querying: normalisation, aliases,
 * stop words, stemming. Both sides go through `termsOfTokens`, so a spelling
 * variant, a stop word or a stem is treated identically on both.
 */
import type { AliasTable } from "./aliases.js";
import { baseForm, isAcronym, wordParts } from "./normalize.js";
import { isStopWord } from "./stopwords.js";
import { analyse, stem } from "./wink.js";

interface Part {
  word: string;
  stemmed: string;
  token: number;
  acronym: boolean;
}

/**
 * For each surface token, the index terms it yields (often none: stop words
 * and punctuation; sometimes two: "high-tech"). A multi-word alias yields its
 * term on its first token.
 */
export function termsOfTokens(tokens: readonly string[], aliases: AliasTable): string[][] {
  const out: string[][] = tokens.map(() => []);
  const parts: Part[] = [];
  tokens.forEach((text, token) => {
    const acronym = isAcronym(text);
    for (const word of wordParts(text)) parts.push({ word, stemmed: stem(baseForm(word)), token, acronym });
  });
  for (let i = 0; i < parts.length; ) {
    const part = parts[i] as Part;
    const matched = matchAlias(parts, i, aliases);
    if (matched) {
      out[part.token]?.push(matched.term);
      i += matched.length;
      continue;
    }
    if (!(isStopWord(part.word) && !part.acronym)) out[part.token]?.push(part.stemmed);
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
    if (n === 1 && isStopWord(only.word) && !only.acronym) return undefined;
    return { term, length: n };
  }
  return undefined;
}

/** The distinct terms of a piece of text, in order of first occurrence. */
export function termsOfText(text: string, aliases: AliasTable): string[] {
  const { tokens } = analyse(text);
  return [...new Set(termsOfTokens(tokens.map((t) => t.text), aliases).flat())];
}
