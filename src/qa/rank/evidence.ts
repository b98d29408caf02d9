/**
 * Small measures of how a sentence's words meet a question's, shared by the
 * ranking features (rank/features.ts). Each returns a number in [0, 1].
 */
import type { QuestionAnalysis } from "./question.js";

/** Anything that says whether it holds a term: a sentence's term set, a paragraph's counts, the question's weights. */
export type Terms = { has(term: string): boolean };

export const NO_TERMS: Terms = { has: () => false };

/** Share of the question's IDF weight held by `terms` (or `also`), leaving out what `skip` holds (counted elsewhere). */
export function coverage(q: QuestionAnalysis, terms: Terms, skip?: Terms, also?: Terms): number {
  if (q.totalWeight === 0) return 0;
  let sum = 0;
  // q.terms and q.weights run in q.weight's order: the same sum as iterating the map, without an entry per term.
  const { terms: asked, weights } = q;
  for (let i = 0; i < asked.length; i++) {
    const t = asked[i] as string;
    // `skip` first: it is a set, where `terms` and `also` may be lists searched whole (a neighbour's terms).
    if (skip !== undefined && skip.has(t)) continue;
    if (terms.has(t) || (also !== undefined && also.has(t))) sum += weights[i] as number;
  }
  return sum / q.totalWeight;
}

/** The same over some of the question's terms only (its verbs, say). */
export function coverageOf(q: QuestionAnalysis, of: readonly string[], terms: Terms): number {
  let total = 0;
  let sum = 0;
  for (const t of of) {
    const w = q.weight.get(t) ?? 0;
    total += w;
    if (terms.has(t)) sum += w;
  }
  return total > 0 ? sum / total : 0;
}

/** Share of `of` that `terms` holds. */
export function share(of: readonly string[], terms: Terms): number {
  if (of.length === 0) return 0;
  let n = 0;
  for (const t of of) if (terms.has(t)) n++;
  return n / of.length;
}

/** Shortest window of sentence positions holding every matched question term, as matched/width. */
export function proximity(terms: readonly string[], wanted: ReadonlySet<string>): number {
  if (wanted.size < 2) return 0;
  const counts = new Map<string, number>();
  let have = 0;
  let best = Infinity;
  let left = 0;
  for (let right = 0; right < terms.length; right++) {
    const t = terms[right] as string;
    if (!wanted.has(t)) continue;
    const c = counts.get(t) ?? 0;
    counts.set(t, c + 1);
    if (c === 0) have++;
    while (have === wanted.size) {
      best = Math.min(best, right - left + 1);
      const l = terms[left] as string;
      left++;
      if (!wanted.has(l)) continue;
      const lc = (counts.get(l) ?? 0) - 1;
      counts.set(l, lc);
      if (lc === 0) have--;
    }
  }
  return best === Infinity ? 0 : wanted.size / best;
}

/** Share of the question's literal word pairs ("the first", "in 1990") found as written in the sentence. */
export function wording(lower: string, pairs: readonly string[]): number {
  if (pairs.length === 0) return 0;
  let cores = pairCores.get(pairs);
  if (!cores) pairCores.set(pairs, (cores = pairs.map((p) => p.slice(1))));
  let found = 0;
  for (const core of cores) if (holdsAfterSpace(lower, core)) found++;
  return found / pairs.length;
}

/**
 * Each pair without its leading space: a pair starts with a space, which a
 * string search meets at every word; searching from its first letter and
 * checking the space before finds the same occurrences at half the cost.
 */
const pairCores = new WeakMap<readonly string[], string[]>();

/** Whether `text` holds " " + `core`. */
function holdsAfterSpace(text: string, core: string): boolean {
  for (let at = text.indexOf(core, 1); at >= 0; at = text.indexOf(core, at + 1)) if (text.charCodeAt(at - 1) === 32) return true;
  return false;
}

/** Share of the question's adjacent term pairs that stand side by side in the sentence. */
export function phrase(terms: readonly string[], bigrams: ReadonlyArray<readonly [string, string]>): number {
  if (bigrams.length === 0) return 0;
  let found = 0;
  for (const [x, y] of bigrams) {
    for (let i = 0; i + 1 < terms.length; i++) {
      if (terms[i] === x && terms[i + 1] === y) {
        found++;
        break;
      }
    }
  }
  return found / bigrams.length;
}
