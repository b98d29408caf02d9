/**
 * Second chances for question terms the corpus does not contain: a name
 * misspelt by one letter ("Zelenskky"), two words run together
 * ("Superbowl"), or a word whose stem differs from its relatives' because the
 * stemmer is not idempotent ("lenses" stems to "lens", "lens" to "len";
 * "experimenters" to "experiment", "experiments" to "experi"). Names are only
 * corrected to names the corpus uses, so an absent name ("Biden") is never
 * bent into an ordinary word ("widen").
 */
import { edits1 } from "../nlp/edits.js";
import { stem } from "../nlp/wink.js";

/** Shorter names are too easily one letter away from another real name. */
const MIN_CORRECTABLE = 5;
/** A shorter prefix says too little to stand for the word ("civ"). */
const MIN_PREFIX = 4;

/**
 * Replacement terms for an unknown term, or undefined when there is no
 * confident one. `known` gives a term's corpus frequency (0 when absent);
 * `isName` says whether the corpus uses a term as a name.
 */
export function correctTerm(term: string, known: (t: string) => number, isName: (t: string) => boolean, asName: boolean): string[] | undefined {
  if (!/^\p{L}+$/u.test(term)) return undefined;
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
  if (term.length < MIN_CORRECTABLE) return undefined;
  let best: string | undefined;
  let bestCount = 0;
  for (const candidate of edits1(term)) {
    const n = known(candidate);
    if (n > bestCount && (!asName || isName(candidate))) {
      best = candidate;
      bestCount = n;
    }
  }
  return best === undefined ? undefined : [best];
}
