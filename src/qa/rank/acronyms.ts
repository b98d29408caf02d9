/**
 * A question's acronym for a name the corpus spells out. People ask about
 * "the GSA", "the NHC" or "NH" where a story wrote "the General Services
 * Administration", "the National Hurricane Center" or "New Hampshire" and
 * never the letters: the acronym is then a word no article uses, and the
 * question was "not found". An acronym the corpus does not know is read as
 * the capitalised run of words whose initials it spells, the run those
 * stories write most often ("General Services Administration" for GSA; the
 * small words of names, "of", "for", "and", "the", carry no initial).
 *
 * Some are written in mixed case, each capital with a few letters more:
 * "LegCo" (the Legislative Council), "DoD" (the Department of Defense),
 * "MoMA", "DfE". A capital's lower-case letters either go on spelling its
 * word ("Leg" of "Legislative") or are the initials of the small words that
 * follow it ("o" of "of" in DoD).
 *
 * The name is looked for in the stories the rest of the question leads to
 * (`acronymReader`).
 */
import type { CorpusModel } from "../corpus/model.js";
import { termsOfTokens } from "../nlp/terms.js";

/**
 * Two to six capital letters A to Z as written in the question, each with up
 * to four lower-case letters after it ("GSA", "NH", "LegCo", "DoD"; not "Gsa",
 * which has one capital, or "iPhone").
 */
const ACRONYM = /^(?:[A-Z][a-z]{0,4}){2,6}$/;
/** One capital of an acronym with the lower-case letters after it. */
const PIECE = /[A-Z][a-z]*/g;
/** The small words names carry inside, which have no initial ("Department of Homeland Security" is DHS). */
const SMALL = ["of", "for", "and", "the", "on", "de"];
/** Between two words of a name: spaces, and those small words. */
const BETWEEN = `\\s+(?:(?:${SMALL.join("|")})\\s+)*`;
/** The rest of a capitalised word. */
const REST = "[\\p{L}'’-]*";

/**
 * Reads an acronym as written in a question (`written`), given the
 * question's words the corpus knows (`known`): the terms of the name it
 * stands for, or undefined.
 */
export type AcronymReader = (written: string, known: readonly string[]) => string[] | undefined;

/**
 * An acronym is looked for in the stories the rest of the question leads to
 * (`storiesOf` its known terms: the best whole-article matches), not in the
 * whole corpus: the question is about one of them, two names with the same
 * initials elsewhere do not compete with it, and a look costs a few dozen
 * sentences whatever the corpus's size (over all of 20,000 sentences it
 * took 20 ms, which a bot answering on its event loop cannot spend on one
 * word). A question with no other known word expands nothing.
 *
 * A reader serves one question: its stories are found once, however many
 * acronyms it holds, and each acronym is spelled out once, however often
 * it is written.
 */
export function acronymReader(model: CorpusModel, storiesOf: (terms: readonly string[]) => readonly number[]): AcronymReader {
  let stories: { known: readonly string[]; articles: readonly number[] } | undefined;
  const spelled = new Map<string, string[] | undefined>();
  return (written, known) => {
    if (!ACRONYM.test(written) || known.length === 0) return undefined;
    if (stories?.known !== known) {
      stories = { known, articles: storiesOf(known) };
      spelled.clear();
    }
    if (!spelled.has(written)) spelled.set(written, spelledOut(model, written, stories.articles));
    return spelled.get(written);
  };
}

/**
 * The name whose initials spell the acronym, written most often in these
 * articles (their citable sentences and headlines), with a pattern made from
 * the acronym's capitals: a capitalised word for each (`pieceOf`), the small
 * words of names between. Undefined when none does, or two do equally often.
 */
function spelledOut(model: CorpusModel, acronym: string, articles: readonly number[]): string[] | undefined {
  const pieces = acronym.match(PIECE) ?? [];
  const pattern = new RegExp(`(?<![\\p{L}'’-])${pieces.map(pieceOf).join(BETWEEN)}(?![\\p{L}'’-])`, "gu");
  // A text can match only if it holds each of the capitals: a plain string search passes over most sentences before
  // the Unicode pattern and its look-behind are run (a new acronym over ten long stories: 2.3 to 7.9 ms before, 1.4 to 7.1 now).
  const capitals = [...new Set(pieces.map((p) => p.charAt(0)))];
  const counts = new Map<string, number>();
  const read = (text: string) => {
    if (!capitals.every((c) => text.includes(c))) return;
    for (const m of text.matchAll(pattern)) {
      const key = m[0].replace(/\s+/g, " ");
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  };
  for (const a of articles) {
    for (const id of model.articleSentences[a] ?? []) {
      const s = model.sentences[id];
      if (s && !s.boilerplate) read(s.text);
    }
    read(model.articles[a]?.headline ?? "");
  }
  let best: string | undefined;
  let top = 0;
  let tied = false;
  for (const [spelling, count] of counts) {
    if (count > top) [best, top, tied] = [spelling, count, false];
    else if (count === top) tied = true;
  }
  if (best === undefined || tied) return undefined;
  const words = best.split(" ").filter((w) => !SMALL.includes(w.toLowerCase()));
  const terms = termsOfTokens(words, model.aliases).flat();
  return terms.length > 0 ? terms : undefined;
}

/**
 * The pattern of one capital and its lower-case letters: the word they begin
 * ("Leg" of "Legislative"), or a word with that capital followed by small
 * words with those initials ("Do" of "Department of"). A letter no small word
 * begins with can only go on spelling the word.
 */
function pieceOf(piece: string): string {
  const [capital, rest] = [piece.charAt(0), piece.slice(1)];
  if (rest === "") return capital + REST;
  const small = [...rest].map((letter) => SMALL.filter((w) => w.startsWith(letter)));
  const spelling = capital + rest + REST;
  if (small.some((words) => words.length === 0)) return spelling;
  return `(?:${spelling}|${capital}${REST}${small.map((words) => `\\s+(?:${words.join("|")})`).join("")})`;
}
