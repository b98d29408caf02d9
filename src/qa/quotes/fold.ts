/**
 * Folding names for matching and lookup: the shared foldCase (case,
 * diacritics that decompose), plus the letters it leaves alone.
 */
import type { AliasTable } from "../nlp/aliases.js";
import { foldCase, wordParts } from "../nlp/normalize.js";

/**
 * Letters that Unicode does not decompose into a base letter and a mark
 * ("ł", "ø", "đ"): folded by hand so that "Walesa" finds "Wałęsa".
 */
const UNDECOMPOSED: ReadonlyMap<string, string> = new Map([
  ["ł", "l"], ["ø", "o"], ["đ", "d"], ["ð", "d"], ["þ", "th"], ["ß", "ss"], ["æ", "ae"], ["œ", "oe"], ["ı", "i"], ["ħ", "h"],
]);

/** foldCase, then the letters it leaves alone. */
export function foldName(text: string): string {
  return foldCase(text).replace(/[łøđðþßæœıħ]/gu, (c) => UNDECOMPOSED.get(c) ?? c);
}

/** Spelling-insensitive key of a name: folded words through the alias table ("zelenskyy" → "zelensky"). */
export function nameKey(name: string, aliases: AliasTable): string {
  return name
    .split(/\s+/)
    .flatMap(wordParts)
    .map((w) => foldName(w))
    .map((w) => aliases.spellings.get(w) ?? w)
    .join(" ");
}

/** Surname key: the last word of the name key. */
export function surnameKey(name: string, aliases: AliasTable): string {
  return nameKey(name, aliases).split(" ").pop() ?? "";
}
