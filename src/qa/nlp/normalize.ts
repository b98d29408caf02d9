/**
 * Spelling normalisation shared by indexing and querying: case, diacritics,
 * typographic quotes, possessives, dotted acronyms, and British/American
 * spelling endings. Kept free of wink so it can be reused on alias files.
 */

const COMBINING_MARKS = /\p{M}+/gu;
const APOSTROPHES = /[\u2018\u2019\u02bc\u0060\u00b4\u2032]/g;
const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;
const DOTTED_ACRONYM = /^(?:\p{L}\.){2,}$/u;
const POSSESSIVE = /'s?$/;

/**
 * British endings folded to one form so "organise" finds "organize" and
 * "centre" finds "center". Only long words, to keep short words ("rise",
 * "hour") intact.
 */
const SPELLING_RULES: ReadonlyArray<readonly [RegExp, string]> = [
  [/(\p{L}{3,})is(e|ed|es|ing|ation|ations)$/u, "$1iz$2"],
  [/(\p{L}{3,})our(s|ed|ing|ite|ites|able)?$/u, "$1or$2"],
  [/(\p{L}{2,}[^aeiou])tre(s)?$/u, "$1ter$2"],
];

/** Lower-case, fold diacritics and apostrophes; no other change. */
export function foldCase(text: string): string {
  return text.normalize("NFKD").replace(COMBINING_MARKS, "").replace(APOSTROPHES, "'").toLowerCase();
}

/**
 * Split one surface token into normalised word parts: "U.S." gives ["us"],
 * "high-tech" gives ["high", "tech"], "Putin’s" gives ["putin"], "—" gives [].
 */
export function wordParts(token: string): string[] {
  const lower = foldCase(token);
  // Clitics split off by the tokenizer ('s, 're, n't) carry no meaning of their own.
  if (/^(?:'\p{L}{1,2}|n't)$/u.test(lower)) return [];
  const folded = lower.replace(EDGE_PUNCTUATION, "");
  if (folded === "") return [];
  if (DOTTED_ACRONYM.test(folded + ".") || DOTTED_ACRONYM.test(folded)) return [folded.replace(/\./g, "")];
  // "3,000" and "3000" are the same number.
  if (/^\d[\d,]*(?:\.\d+)?$/.test(folded)) return [folded.replace(/,/g, "")];
  const parts: string[] = [];
  for (const raw of folded.split(/[-\u2010-\u2015/]+/)) {
    const part = raw.replace(POSSESSIVE, "").replace(EDGE_PUNCTUATION, "");
    if (part !== "") parts.push(respell(part));
  }
  return parts;
}

/** Apply the spelling-ending rules to one lower-case word. */
export function respell(word: string): string {
  for (const [pattern, replacement] of SPELLING_RULES) {
    if (pattern.test(word)) return word.replace(pattern, replacement);
  }
  return word;
}

/** True when the surface token is written in capitals, like an acronym ("US", "IT"). */
export function isAcronym(token: string): boolean {
  return token.length >= 2 && /^[\p{Lu}.]+$/u.test(token) && /\p{Lu}{2}|\p{Lu}\.\p{Lu}/u.test(token);
}
