/**
 * The noun a question asks about, read off its tagged tokens: what "how
 * many N" counts, and what kind of thing "which N" asks to be named. The
 * ranking features read each beside a sentence's numbers and names
 * (answerEvidence.ts countedAnswer, kindAnswer).
 */
import { isPlaceAdjective } from "../nlp/places.js";

/** Tokens after the wh-word within which "name of" stands ("what is the name of", "what's the full name of"). */
const NAME_OF_WITHIN = 5;

/** Nouns that say nothing of what kind of thing is named ("what kind of", "which one"). */
const EMPTY_KINDS = new Set(["kind", "type", "sort", "one", "ones", "part", "way", "thing", "things"]);

/**
 * N of "which N", "what N" or "what is the name of the N": the head noun of
 * the phrase straight after the wh-word or "name of" ("which government
 * agency" → agency, "in which Irish counties" → counties), or undefined
 * when a verb follows the wh-word ("what was", "which is").
 */
export function kindNoun(tokens: ReadonlyArray<{ text: string; pos: string }>, terms: readonly string[][]): string | undefined {
  const at = tokens.findIndex((t) => /^(?:which|what)$/i.test(t.text));
  if (at < 0) return undefined;
  // "What is the name of the vape shop …" asks "which vape shop".
  const name = tokens.findIndex((t, k) => k > at && k <= at + NAME_OF_WITHIN && t.text.toLowerCase() === "name" && tokens[k + 1]?.text.toLowerCase() === "of");
  const start = name >= 0 ? name + 2 : at + 1;
  const from = tokens[start]?.pos === "DET" ? start + 1 : start;
  // Names and adjectives run on to the kind ("which Irish counties"), and so do words after it that make no term.
  const head = headNoun(tokens, terms, from, tokens.length, (t, found) => t.text === "-" || t.pos === "ADJ" || t.pos === "PROPN" || (t.pos === "NOUN" && found));
  const word = tokens[head]?.text.toLowerCase();
  return word === undefined || EMPTY_KINDS.has(word) ? undefined : terms[head]?.[0];
}

/** Tokens after "how many" within which the counted noun stands ("how many Iraqi MPs", "how many of the victims"). */
const COUNTED_WITHIN = 5;

/**
 * The term of the noun "how many" counts: the head (last noun) of the first
 * run of nouns after it ("how many glue-only proteins" counts proteins),
 * else the first name that is not a nationality.
 */
export function countedNoun(tokens: ReadonlyArray<{ text: string; pos: string }>, terms: readonly string[][]): string | undefined {
  const at = tokens.findIndex((t, i) => i > 0 && t.text.toLowerCase() === "many" && tokens[i - 1]?.text.toLowerCase() === "how");
  if (at < 0) return undefined;
  const end = Math.min(tokens.length, at + 1 + COUNTED_WITHIN);
  const hasTerms = (k: number) => (terms[k]?.length ?? 0) > 0;
  let first = -1;
  for (let k = at + 1; k < end && first < 0; k++) if (tokens[k]?.pos === "NOUN" && hasTerms(k)) first = k;
  // A compound's parts ("glue - only proteins") run on to its head noun.
  if (first >= 0) return terms[headNoun(tokens, terms, first, end, (t) => t.text === "-" || t.pos === "ADJ" || t.pos === "ADV")]?.[0];
  for (let k = at + 1; k < end; k++) {
    const t = tokens[k] as { text: string; pos: string };
    if (t.pos === "PROPN" && hasTerms(k) && !isPlaceAdjective(t.text)) return terms[k]?.[0];
  }
  return undefined;
}

/**
 * The last noun (one that makes a term) of the run of words from `from`
 * before `to`, or -1: each other word ends the run unless `runsOn` lets it
 * through, told whether a noun has been met yet.
 */
function headNoun(tokens: ReadonlyArray<{ text: string; pos: string }>, terms: readonly string[][], from: number, to: number, runsOn: (t: { text: string; pos: string }, found: boolean) => boolean): number {
  let head = -1;
  for (let k = from; k < to; k++) {
    const t = tokens[k] as { text: string; pos: string };
    if (t.pos === "NOUN" && (terms[k]?.length ?? 0) > 0) head = k;
    else if (!runsOn(t, head >= 0)) break;
  }
  return head;
}
