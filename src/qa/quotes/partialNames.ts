/**
 * Which of an article's people a shorter or differently spelt name stands
 * for: a surname that opens with a particle ("Ó Fearghaíl"), a word of one
 * longer name ("Vázquez"), a one-vowel spelling variant ("Wasif" for
 * "Wasef"). Each answers only when exactly one person fits.
 */
import type { AliasTable } from "../nlp/aliases.js";
import { nameKey, surnameKey } from "./fold.js";
import { NAME_PARTICLES } from "./lexicon.js";
import type { ArticlePerson } from "./types.js";

/** Shortest surname a one-vowel spelling variant is looked for in: short names differ by a vowel too often. */
const VARIANT_MIN_LENGTH = 5;
const VOWELS = /[aeiouy]/u;

/**
 * "Wasif" in an article that names "Sally Wasef": a surname the article
 * also prints with one vowel changed is the same person (transliterations
 * and slips), when exactly one of its people has such a surname.
 */
export function spellingVariant(name: string, people: readonly ArticlePerson[], aliases: AliasTable): ArticlePerson | undefined {
  const key = surnameKey(name, aliases);
  if (key.length < VARIANT_MIN_LENGTH) return undefined;
  const oneVowel = (other: string) => {
    if (other.length !== key.length || other === key) return false;
    const diff = [...key].flatMap((c, i) => (c === other[i] ? [] : [i]));
    return diff.length === 1 && VOWELS.test(key[diff[0] as number] ?? "") && VOWELS.test(other[diff[0] as number] ?? "");
  };
  const found = people.filter((p) => oneVowel(surnameKey(p.name, aliases)));
  return found.length === 1 ? found[0] : undefined;
}

/** Particles that open a surname even when capitalised ("Ó Fearghaíl"); a capitalised "Van", "Al" or "Del" may be a first name. */
const SURNAME_OPENERS = new Set(["ó", "ní", "nic"]);

/** "da Silva", "van der Berg", "Ó Fearghaíl": a surname whose first word is a particle, not a full name. */
export function particleSurname(name: string): boolean {
  const first = name.split(/\s+/)[0] ?? "";
  const lower = first.toLowerCase();
  return SURNAME_OPENERS.has(lower) || (first === lower && NAME_PARTICLES.has(lower));
}

/** The one person whose name ends in this surname ("Seán Ó Fearghaíl" for "Ó Fearghaíl"). */
export function endingName(name: string, people: readonly ArticlePerson[], aliases: AliasTable): ArticlePerson | undefined {
  const key = ` ${nameKey(name, aliases)}`;
  const found = people.filter((p) => p.kind === "person" && nameKey(p.name, aliases).endsWith(key));
  return found.length === 1 ? found[0] : undefined;
}

/**
 * "Vázquez" in an article that names "Wanda Vázquez Garced": a one-word name
 * that is a word of exactly one longer name the article gives a person (a
 * first of two surnames, or a name whose title swallowed a word) is that person.
 */
export function inLongerName(name: string, people: readonly ArticlePerson[], aliases: AliasTable): ArticlePerson | undefined {
  const key = nameKey(name, aliases);
  const found = people.filter((p) => p.kind === "person" && nameKey(p.name, aliases).split(" ").slice(0, -1).includes(key));
  return found.length === 1 ? found[0] : undefined;
}
