/**
 * A question's acronym for a name the corpus spells out. People ask about
 * "the GSA", "the NHC" or "NH" where a story wrote "the General Services
 * Administration", "the National Hurricane Center" or "New Hampshire" and
 * never the letters: the acronym is then a word no article uses, and the
 * question was "not found". An acronym the corpus does not know is read as
 * the capitalised run of words whose initials it spells, the run the corpus
 * writes most often ("General Services Administration" for GSA; the small
 * words of names, "of", "for", "and", "the", carry no initial).
 *
 * Each acronym is looked for once per corpus, when first asked (a regex
 * pass over the citable sentences and headlines), and remembered.
 */
import type { CorpusModel } from "../corpus/model.js";
import { termsOfTokens } from "../nlp/terms.js";

/** Two to six capital letters A to Z, as written in the question ("GSA", "NH"; not "Gsa"). */
const ACRONYM = /^[A-Z]{2,6}$/;
const SMALL = new Set(["of", "for", "and", "the", "on", "de"]);
/** Between two words of a name: spaces, and the small words names carry inside ("Department of Homeland Security"). */
const BETWEEN = "\\s+(?:(?:of|for|and|the|on|de)\\s+)*";
/** The rest of a capitalised word. */
const REST = "[\\p{L}'’-]*";

/** How the corpus spells each acronym asked so far, by model: a few dozen at most, each found once. */
const found = new WeakMap<CorpusModel, Map<string, string[] | undefined>>();
/** Acronyms remembered per model, so that stray capitals in questions cannot grow the memo without limit. */
const MEMO_LIMIT = 10_000;

/**
 * The terms of the name an acronym stands for in this corpus, or undefined
 * when `written` is no acronym or no run of words the corpus writes has its
 * initials (or two have, equally often).
 */
export function expandAcronym(model: CorpusModel, written: string): string[] | undefined {
  if (!ACRONYM.test(written)) return undefined;
  let memo = found.get(model);
  if (!memo) found.set(model, (memo = new Map()));
  if (memo.has(written)) return memo.get(written);
  const terms = spelledOut(model, written);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(written, terms);
  return terms;
}

/**
 * One pass over the citable sentences and headlines with a pattern made
 * from the acronym's letters (a capitalised word for each, the small words
 * of names between): a question pays for its own acronym only, and only
 * once per corpus.
 */
function spelledOut(model: CorpusModel, acronym: string): string[] | undefined {
  const pattern = new RegExp(`(?<![\\p{L}'’-])${[...acronym].map((letter) => letter + REST).join(BETWEEN)}(?![\\p{L}'’-])`, "gu");
  const counts = new Map<string, number>();
  const read = (text: string) => {
    for (const m of text.matchAll(pattern)) {
      const key = m[0].replace(/\s+/g, " ");
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  };
  for (const s of model.sentences) if (!s.boilerplate) read(s.text);
  for (const a of model.articles) read(a.headline);
  let best: string | undefined;
  let tied = false;
  for (const [spelling, count] of counts) {
    const top = best === undefined ? 0 : (counts.get(best) as number);
    if (count > top) [best, tied] = [spelling, false];
    else if (count === top) tied = true;
  }
  if (best === undefined || tied) return undefined;
  const words = best.split(" ").filter((w) => !SMALL.has(w.toLowerCase()));
  const terms = termsOfTokens(words, model.aliases).flat();
  return terms.length > 0 ? terms : undefined;
}
