/**
 * What stands around a name in its sentence, which says whether the name is
 * a person's: what introduces it (a possessive, a role, a description set
 * off by commas), the asides after it, whether its clause opens the
 * sentence, and whether the text refers to it as a thing.
 */
import { isRoleWord, BODY_KINDS, ORGANISATION_WORDS, POSSESSIVE_PRONOUNS } from "./lexicon.js";
import { phraseEndingAt } from "./phrases.js";
import { isCapitalised, type Word } from "./words.js";

/** Longest aside between commas skipped after a name ("Jane Doe, the mayor of Eastvale, said"). */
const ASIDE_MAX_WORDS = 25;

/** Index after a comma-bounded aside opening at `k` (a comma), or `k` when none closes within its sentence. */
function pastAside(words: readonly Word[], k: number): number {
  const sentence = words[k]?.sentence;
  if (words[k]?.text !== ",") return k;
  for (let j = k + 1; j <= k + ASIDE_MAX_WORDS && words[j]?.sentence === sentence; j++) if ((words[j] as Word).text === "," && (words[j] as Word).quote < 0) return j + 1;
  return k;
}

/**
 * Where a sentence-opening name's phrase opens once what introduces it is
 * counted: a possessive ("Her neighbour Ali Khan") and a description set
 * off by a comma ("The union leader, Maria Lund"), which makes it an
 * appositive. Only a description that itself opens the sentence: "In the
 * late 17th century, Robert Boyle" opens with an adverbial.
 */
function introducedAt(words: readonly Word[], from: number): { at: number; appositive: boolean } {
  const sentence = (words[from] as Word).sentence;
  const owned = (at: number) => {
    const owner = words[at - 1];
    return owner && owner.quote < 0 && owner.sentence === sentence && POSSESSIVE_PRONOUNS.has(owner.lower) ? at - 1 : at;
  };
  const head = describedBefore(words, from);
  if (head?.pos === "NOUN") {
    const start = phraseEndingAt(words, from - 2);
    const at = start < 0 ? -1 : owned(start);
    if (at >= 0 && words[at - 1]?.sentence !== sentence) return { at, appositive: true };
  }
  return { at: owned(from), appositive: false };
}

/** Is everything in the sentence before the comma at `comma` free of verbs, an opening adverbial ("Years later,", "Last week,")? */
function adverbialUpTo(words: readonly Word[], comma: number, sentence: number): boolean {
  for (let k = comma - 1; k >= 0 && (words[k] as Word).sentence === sentence; k--) {
    const w = words[k] as Word;
    if (w.quote >= 0 || w.pos === "VERB" || w.pos === "AUX" || w.text === ",") return false;
  }
  return true;
}

/** Does the phrase `[from, last]` open its sentence (or follow an opening adverbial) with a verb after it, past an aside? */
export function opensSentence(words: readonly Word[], name: number, last: number): boolean {
  const { at: from, appositive } = introducedAt(words, name);
  const before = words[from - 1];
  const sentence = (words[from] as Word).sentence;
  const first = words.find((w) => w.sentence === sentence);
  const opening = !before || before.sentence !== sentence || (before.text === "," && before.quote < 0 && (first?.pos === "ADP" || adverbialUpTo(words, from - 1, sentence)));
  const possessive = /^['’]s?$/u.test(words[last + 1]?.text ?? "");
  // "Jane Doe's visit was ...": a sentence opening on what the person has or did is about the person.
  if (opening && possessive) return true;
  // "In Okafor's view, ...", "For Okafor's part, ...": the sentence gives the person's view ("to" is tagged a particle).
  if (possessive && before === first && (before?.pos === "ADP" || before?.lower === "to") && viewFrame(words, last + 2, sentence)) return true;
  // The comma closing an appositive ("The union leader, Maria Lund, was") opens no aside.
  let k = appositive && words[last + 1]?.text === "," ? last + 2 : pastAside(words, last + 1);
  while (words[k] && (words[k] as Word).pos === "ADV") k++;
  const next = words[k];
  return opening && next !== undefined && next.quote < 0 && (next.pos === "VERB" || next.pos === "AUX");
}

/**
 * Does the possessed noun at `k` close an opening frame that gives someone's
 * view: a noun, then the comma ending the frame ("In Okafor's view,", "For
 * Okafor's part,", "To Okafor's mind,")? A place ("In Okafor Park,") has no
 * possessive, so never reaches here.
 */
function viewFrame(words: readonly Word[], k: number, sentence: number): boolean {
  const noun = words[k];
  const comma = words[k + 1];
  return noun?.pos === "NOUN" && noun.sentence === sentence && comma?.text === "," && comma.quote < 0;
}

/** Words after a name within which "itself" shows the name is a thing's ("Acme describes itself", "Acme prides itself"). */
const REFLEXIVE_REACH = 3;

/**
 * Is the name ending at word `j` referred to as a thing: "itself" just after
 * it, "its" in a comma aside after it, or an aside whose noun is a body's
 * kind ("Acme, the national weather service for Ruritania,", "Acme, a daily
 * newspaper,")?
 */
export function selfReferring(words: readonly Word[], j: number): boolean {
  const sentence = (words[j] as Word).sentence;
  const narration = (k: number) => words[k] !== undefined && (words[k] as Word).sentence === sentence && (words[k] as Word).quote < 0;
  for (let k = j + 1; k <= j + REFLEXIVE_REACH && narration(k); k++) if ((words[k] as Word).lower === "itself") return true;
  const end = pastAside(words, j + 1);
  for (let k = j + 2; k < end; k++) if ((words[k] as Word).lower === "its") return true;
  if (end === j + 1) return false;
  // The aside's first noun phrase: its head is the last noun before a word of another kind ("service" in "the ... service for").
  let head: Word | undefined;
  for (let k = (words[j + 2] as Word).pos === "DET" ? j + 3 : j + 2; k < end - 1; k++) {
    const w = words[k] as Word;
    if (w.pos === "NOUN") head = w;
    else if (w.pos !== "ADJ" && w.pos !== "PROPN" && !/^['’]s?$/u.test(w.text)) break;
  }
  return head !== undefined && (ORGANISATION_WORDS.has(head.lower) || BODY_KINDS.has(head.lower));
}

/**
 * The lower-case word a comma sets the phrase opening at `from` after, in the
 * same sentence's narration: the head of a description the name stands in
 * apposition to ("leader" in "The union leader, Maria Lund").
 */
function describedBefore(words: readonly Word[], from: number): Word | undefined {
  const comma = words[from - 1];
  const head = words[from - 2];
  const set = comma?.text === "," && comma.quote < 0 && head !== undefined && head.quote < 0 && head.sentence === comma.sentence && /^\p{Ll}/u.test(head.text);
  return set ? head : undefined;
}

/** Is the phrase opening at `from` set off after a role by a comma ("The union leader, Maria Lund")? */
export function afterRole(words: readonly Word[], from: number): boolean {
  const role = describedBefore(words, from);
  return role !== undefined && isRoleWord(role.lower);
}

/** Where a name after "of" or "in" opens, when a lower-case noun stands before the preposition ("request of Boris Johnson"); else -1. */
export function postModifierName(words: readonly Word[], from: number, last: number): number {
  for (let k = last - 1; k > from; k--) {
    const w = words[k] as Word;
    if ((w.lower === "of" || w.lower === "in") && /^\p{Ll}/u.test((words[k - 1] as Word).text) && isCapitalised(words[k + 1] as Word)) return k + 1;
  }
  return -1;
}
