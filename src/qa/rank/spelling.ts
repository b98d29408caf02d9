/**
 * Second chances for question terms the corpus does not contain: a name
 * misspelt by one letter ("Zelenskky") or two words run together
 * ("Superbowl"). Names are only corrected to names the corpus uses, so an
 * absent name ("Biden") is never bent into an ordinary word ("widen").
 */

const LETTERS = "abcdefghijklmnopqrstuvwxyz";
/** Shorter names are too easily one letter away from another real name. */
const MIN_CORRECTABLE = 5;

function edits1(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i <= word.length; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    if (tail) out.push(head + tail.slice(1));
    if (tail.length > 1) out.push(head + (tail[1] as string) + (tail[0] as string) + tail.slice(2));
    for (const c of LETTERS) {
      if (tail) out.push(head + c + tail.slice(1));
      out.push(head + c + tail);
    }
  }
  return out;
}

/**
 * Replacement terms for an unknown term, or undefined when there is no
 * confident one. `known` gives a term's corpus frequency (0 when absent);
 * `isName` says whether the corpus uses a term as a name.
 */
export function correctTerm(term: string, known: (t: string) => number, isName: (t: string) => boolean, asName: boolean): string[] | undefined {
  if (!/^\p{L}+$/u.test(term)) return undefined;
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
