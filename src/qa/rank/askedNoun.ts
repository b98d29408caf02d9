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
  let head = -1;
  for (let k = start; k < tokens.length; k++) {
    const t = tokens[k] as { text: string; pos: string };
    if (k === start && t.pos === "DET") continue;
    if (t.pos === "NOUN" && (terms[k]?.length ?? 0) > 0) head = k;
    else if (!(t.text === "-" || t.pos === "ADJ" || t.pos === "PROPN" || (t.pos === "NOUN" && head >= 0))) break;
  }
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
  const after = tokens.slice(at + 1, at + 1 + COUNTED_WITHIN).map((t, k) => ({ ...t, terms: terms[at + 1 + k] ?? [] }));
  const first = after.findIndex((t) => t.pos === "NOUN" && t.terms.length > 0);
  if (first >= 0) {
    // A compound's parts ("glue - only proteins") run on to its head noun.
    let head = first;
    for (let k = first + 1; k < after.length; k++) {
      const t = after[k] as (typeof after)[number];
      if (t.pos === "NOUN" && t.terms.length > 0) head = k;
      else if (!(t.text === "-" || t.pos === "ADJ" || t.pos === "ADV")) break;
    }
    return after[head]?.terms[0];
  }
  return after.find((t) => t.pos === "PROPN" && t.terms.length > 0 && !isPlaceAdjective(t.text))?.terms[0];
}
