/**
 * Second chances for question terms the corpus does not contain: a name
 * misspelt by one letter ("Zelenskky"), two words run together
 * ("Superbowl"), or a word whose stem differs from its relatives' because the
 * stemmer is not idempotent ("lenses" stems to "lens", "lens" to "len";
 * "experimenters" to "experiment", "experiments" to "experi"), or a compound
 * written with a hyphen where the corpus closes it up, or the other way
 * round ("cease-fire" and "ceasefire", "lock-down" and "lockdown": house
 * styles differ). Names are only
 * corrected to names the corpus uses, so an absent name ("Biden") is never
 * bent into an ordinary word ("widen").
 */
import { edits1 } from "../nlp/edits.js";
import { termsOfWords } from "../nlp/terms.js";
import { stem } from "../nlp/wink.js";

/** Shorter names are too easily one letter away from another real name. */
const MIN_CORRECTABLE = 5;
/** A shorter prefix says too little to stand for the word ("civ"). */
const MIN_PREFIX = 4;

/**
 * Longer than any word a typo could have come from: every correction is tried
 * at every position of the word, so a 2,000-letter "word" pasted into a
 * question cost 22 seconds of splitting and stemming before this bound.
 */
const MAX_CORRECTABLE = 40;

/** Whether the corpus writes two words side by side (or hyphenated) in a sentence that holds `terms`. */
export type WrittenApart = (first: string, second: string, terms: readonly string[]) => boolean;

/**
 * Replacement terms for an unknown term, or undefined when there is no
 * confident one. `known` gives a term's corpus frequency (0 when absent);
 * `isName` says whether the corpus uses a term as a name; `word` is the word
 * the term came from, as typed, for opening up a closed compound where
 * `apart` finds it written apart.
 */
export function correctTerm(term: string, known: (t: string) => number, isName: (t: string) => boolean, asName: boolean, word?: string, apart?: WrittenApart): string[] | undefined {
  if (term.length > MAX_CORRECTABLE || !/^\p{L}+$/u.test(term)) return undefined;
  const again = stem(term);
  if (again !== term && known(again) > 0 && (!asName || isName(again))) return [again];
  // A stem one or two letters longer than the corpus's ("civilli" for
  // "civil", "nepales" for "nepal"), or an acronym's plural ("DSMs"). A name
  // only ever becomes a name the corpus uses.
  for (let cut = 1; cut <= 2; cut++) {
    const prefix = term.slice(0, -cut);
    const plural = cut === 1 && term.endsWith("s") && prefix.length >= 2;
    const long = prefix.length >= (asName ? MIN_CORRECTABLE : MIN_PREFIX);
    if ((plural || long) && known(prefix) > 0 && (!asName || isName(prefix))) return [prefix];
  }
  for (let i = 3; i <= term.length - 3; i++) {
    const a = term.slice(0, i);
    const b = term.slice(i);
    if (known(a) > 0 && known(b) > 0) return [a, b];
  }
  let best: string | undefined;
  let bestCount = 0;
  if (term.length >= MIN_CORRECTABLE) {
    for (const candidate of edits1(term)) {
      const n = known(candidate);
      if (n > bestCount && (!asName || isName(candidate))) {
        best = candidate;
        bestCount = n;
      }
    }
  }
  // A slip of one letter first ("biosmass" is "biomass", not "bios" and "mass").
  if (best !== undefined) return [best];
  return word === undefined || apart === undefined ? undefined : openedUp(word, known, apart);
}

/** Shortest part of a closed compound ("ceasefire" is "cease" and "fire"): shorter ones split words that are no compounds ("champs" is no "cha" and "mps"). */
const MIN_PART = 4;
/** Particles that close up a compound after a verb ("lockdown", "pullout", "takeover"), stop words all: the corpus's open form indexes the verb alone. */
const PARTICLES = new Set(["up", "down", "out", "off", "over", "back", "away"]);

/** A word's index terms through the pipeline (none for a stop word). */
function termsOf(word: string): string[] {
  return termsOfWords([word]);
}

/**
 * The term of a hyphenated compound's parts closed up, when the corpus
 * writes it so and not hyphenated ("cease-fire" where the corpus has
 * "ceasefire", "lock-down" for "lockdown"); undefined otherwise.
 */
export function closedUp(parts: readonly string[], known: (t: string) => number): string | undefined {
  const joined = parts.join("").toLowerCase();
  if (!/^\p{L}+$/u.test(joined)) return undefined;
  const terms = termsOf(joined);
  return terms.length === 1 && known(terms[0] as string) > 0 ? terms[0] : undefined;
}

/**
 * The terms of a closed compound the corpus lacks, opened into the two
 * words it writes side by side ("ceasefire" where the corpus has
 * "cease-fire"; "lockdown" gives "lock", as "lock-down" does, "down" being a
 * stop word); undefined otherwise. Two known words are not enough: a
 * misspelling splits into words too ("acessing" is "aces" and "sing"), so
 * `apart` must find them written together. Read off the word as typed: its
 * stem has lost letters the parts need ("ceasefire" stems to "ceasefir").
 */
export function openedUp(word: string, known: (t: string) => number, apart: WrittenApart): string[] | undefined {
  const lower = word.toLowerCase();
  if (!/^\p{L}+$/u.test(lower)) return undefined;
  for (let i = MIN_PART; i <= lower.length - 2; i++) {
    const first = termsOf(lower.slice(0, i));
    const rest = lower.slice(i);
    const second = PARTICLES.has(rest) ? [] : rest.length >= MIN_PART ? termsOf(rest) : undefined;
    if (first.length !== 1 || second === undefined || (second.length !== 1 && !PARTICLES.has(rest))) continue;
    const terms = [...first, ...second];
    if (terms.every((t) => known(t) > 0) && apart(lower.slice(0, i), rest, terms)) return terms;
  }
  return undefined;
}

const HYPHEN = /^[-‐‑]$/u;

/**
 * The question's terms with its hyphenated compounds closed up where the
 * corpus writes them so (closedUp). The tagger splits such a word into parts and hyphens,
 * with no space between. Only compounds with a term the corpus lacks
 * change; a closed word the corpus writes open is correctTerm's.
 */
export function asTheCorpusWrites(tokens: ReadonlyArray<{ text: string; start: number; end: number }>, terms: string[][], known: (t: string) => number): string[][] {
  for (let i = 0; i < tokens.length; i++) {
    let k = i;
    while (HYPHEN.test(tokens[k + 1]?.text ?? "") && tokens[k + 1]?.start === tokens[k]?.end && tokens[k + 2]?.start === tokens[k + 1]?.end) k += 2;
    const own = terms.slice(i, k + 1).flat();
    if (own.length > 0 && own.every((t) => known(t) > 0)) {
      i = k;
      continue;
    }
    const closed = k > i ? closedUp(tokens.slice(i, k + 1).filter((t) => !HYPHEN.test(t.text)).map((t) => t.text), known) : undefined;
    if (closed !== undefined) {
      terms[i] = [closed];
      for (let j = i + 1; j <= k; j++) terms[j] = [];
    }
    i = k;
  }
  return terms;
}
