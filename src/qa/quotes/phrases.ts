/**
 * Noun phrases next to a reporting verb, and what they are: a name ("Kremlin
 * spokesperson Dmitry Peskov"), a pronoun ("he"), or a description ("Russia’s
 * long-standing leader", "a European official"). The grammar is the shallow
 * one news prose needs: runs of nouns, adjectives, proper nouns and
 * possessives, with "of"/"in" allowed between capitalised words
 * ("Ministry of Defence in Moscow").
 */
import { AFFILIATION_PREPOSITIONS, COLLECTIVE_PLURALS, HONORIFICS, isRoleWord, NAME_PARTICLES, NAME_SUFFIXES, ORGANISATION_WORDS, PERSONAL_PRONOUNS, POST_NOMINALS, RELATIVE_PRONOUNS } from "./lexicon.js";
import { isCapitalised, type Word } from "./words.js";

export type Subject =
  | { type: "name"; from: number; to: number; text: string; name: string; title: string[]; honorific?: string }
  | { type: "pronoun"; from: number; to: number; text: string; pronoun: string }
  | {
      type: "description";
      from: number;
      to: number;
      text: string;
      determiner: "definite" | "indefinite" | "possessive" | "none";
      /** Capitalised words before the head ("russia", "european"), folded. */
      qualifiers: string[];
      head: string;
      plural: boolean;
    };

const POSSESSIVE = /^['’‘]s?$/u;
const NOMINAL = new Set(["NOUN", "PROPN", "ADJ", "NUM"]);
/** Tags that keep a capitalised word out of a name ("While Putin said"). */
const FUNCTION_TAGS = new Set(["SCONJ", "CCONJ", "ADP", "PRON", "DET", "AUX", "ADV", "PART", "PUNCT", "VERB"]);
const ACRONYM = /^\p{Lu}{2,5}$/u;
/** Small words inside a name: "Ministry of Defence", "the leadership in Kiev", and "&" joining a firm's partners ("Brook & Vale"). */
const CONNECTORS = new Set(["of", "in", "&"]);

function isNominal(w: Word, words?: readonly Word[], k?: number): boolean {
  if (w.quote >= 0 || w.pos === "PUNCT") return false;
  // An acronym is a name however it is tagged ("the DA" reads as a determiner).
  if (NOMINAL.has(w.pos) || (isCapitalised(w) && !FUNCTION_TAGS.has(w.pos)) || POSSESSIVE.test(w.text) || ACRONYM.test(w.text)) return true;
  // A capitalised word tagged as a verb beside another capitalised word is a name's ("Yvette Cooper", "Royal Canadian Mounted Police").
  if (!words || k === undefined || w.pos !== "VERB" || !isCapitalised(w)) return false;
  const prev = words[k - 1];
  const next = words[k + 1];
  const capitalisedNoun = (x: Word | undefined) => x !== undefined && x.quote < 0 && x.sentence === w.sentence && isCapitalised(x) && (x.pos === "PROPN" || x.pos === "NOUN");
  return (prev !== undefined && prev.sentence === w.sentence && capitalisedNoun(prev)) || (capitalisedNoun(next) && prev !== undefined && prev.sentence === w.sentence);
}

/**
 * A lower-case particle inside a name ("Lula da Silva", "María de la Cruz"),
 * however the tagger reads it: capitalised words on both sides of its run of
 * particles.
 */
function nameParticle(words: readonly Word[], k: number): boolean {
  const w = words[k] as Word;
  const particle = (x: Word | undefined) => x !== undefined && NAME_PARTICLES.has(x.lower) && !isCapitalised(x);
  if (!particle(w) || w.quote >= 0) return false;
  let a = k - 1;
  while (particle(words[a])) a--;
  let b = k + 1;
  while (particle(words[b])) b++;
  const side = (x: Word | undefined) => x !== undefined && x.sentence === w.sentence && x.quote < 0 && isCapitalised(x);
  return side(words[a]) && side(words[b]);
}

/** Start of the noun phrase ending at word `j`, or -1 when there is none. */
export function phraseEndingAt(words: readonly Word[], j: number): number {
  const head = words[j];
  if (!head || !isNominal(head, words, j) || POSSESSIVE.test(head.text)) return -1;
  let from = j;
  for (let k = j - 1; k >= 0; k--) {
    const w = words[k] as Word;
    if (w.sentence !== head.sentence) break;
    if (nameParticle(words, k)) {
      from = k;
      continue;
    }
    if (w.pos === "DET" && w.quote < 0) {
      // "a deal that critics called …": before a plural, "that" is a relative pronoun, not the phrase's determiner.
      if (!(w.lower === "that" && /[^s]s$/u.test(head.lower) && !isCapitalised(head))) from = k;
      break;
    }
    // "of"/"in" joins a name or a post-modifier: "Ministry of Defence", "the leadership in Kiev".
    const connects = CONNECTORS.has(w.lower) && isCapitalised(words[k + 1] as Word) && k > 0 && isNominal(words[k - 1] as Word, words, k - 1);
    if (!isNominal(w, words, k) && !connects) break;
    from = k;
  }
  return from;
}

const INDEFINITE = new Set(["a", "an", "one", "some", "two", "three", "several", "many"]);

/**
 * Widen a subject over a post-modifier that unnamed sources carry: "one
 * person familiar with the talks", "a source close to the president",
 * "officials in the region". Only for indefinite or plural heads, so a name
 * is never glued to what precedes it ("a meeting with Donald Trump").
 */
export function withPostModifier(words: readonly Word[], from: number): number {
  const adp = words[from - 1];
  if (!adp || adp.quote >= 0 || adp.pos !== "ADP") return from;
  let k = from - 2;
  while (k >= 0 && (words[k] as Word).pos === "ADJ" && (words[k] as Word).quote < 0) k--;
  const noun = words[k];
  const start = noun && noun.sentence === adp.sentence ? phraseEndingAt(words, k) : -1;
  if (!noun || start < 0) return from;
  const first = words[start] as Word;
  const indefinite = INDEFINITE.has(first.lower) || first.pos === "NUM";
  const plural = /[^s]s$/u.test(noun.lower) && !isCapitalised(noun);
  return indefinite || plural ? start : from;
}

/** End (exclusive) of the noun phrase starting at word `i`, or -1 when there is none. */
export function phraseStartingAt(words: readonly Word[], i: number): number {
  const first = words[i];
  if (!first || first.quote >= 0) return -1;
  if (first.pos === "PRON") return PERSONAL_PRONOUNS.has(first.lower) ? i + 1 : -1;
  let k = first.pos === "DET" ? i + 1 : i;
  let end = -1;
  for (; k < words.length; k++) {
    const w = words[k] as Word;
    if (w.sentence !== first.sentence) break;
    const connects = (CONNECTORS.has(w.lower) && k > 0 && isCapitalised(words[k - 1] as Word) && isCapitalised((words[k + 1] ?? w) as Word) && k + 1 < words.length) || nameParticle(words, k);
    if (!isNominal(w, words, k) && !connects) break;
    if (!connects && !POSSESSIVE.test(w.text)) end = k + 1;
  }
  return end;
}

function determinerOf(words: readonly Word[], from: number, to: number): "definite" | "indefinite" | "possessive" | "none" {
  const first = (words[from] as Word).lower;
  if (first === "a" || first === "an" || first === "some" || first === "one") return "indefinite";
  if (first === "the" || first === "this" || first === "that") return "definite";
  for (let k = from; k < to; k++) if (POSSESSIVE.test((words[k] as Word).text) || ["his", "her", "its", "their"].includes((words[k] as Word).lower)) return "possessive";
  return "none";
}

/** The phrase `[from, to)` when it is a name ending on a capitalised word, as a name does ("spokesperson Jane Doe"). */
export function capitalisedName(words: readonly Word[], from: number, to: number, body: string): Extract<Subject, { type: "name" }> | undefined {
  const subject = classifyPhrase(words, from, to, body);
  return subject?.type === "name" && isCapitalised(words[to - 1] as Word) ? subject : undefined;
}

/** Classify the phrase `[from, to)`; undefined for relative pronouns and other non-subjects. */
export function classifyPhrase(words: readonly Word[], from: number, to: number, body: string): Subject | undefined {
  const first = words[from];
  const last = words[to - 1];
  if (!first || !last || to <= from) return undefined;
  const text = body.slice(first.start, last.end);
  if (to - from === 1 && first.pos === "PRON") {
    if (RELATIVE_PRONOUNS.has(first.lower) || !PERSONAL_PRONOUNS.has(first.lower)) return undefined;
    return { type: "pronoun", from, to, text, pronoun: first.lower };
  }
  // "Jane Roe MP": the name without the letters after it, which join its titles ("the MP" later is her).
  let end = to;
  while (end - from > 1 && postNominal(words[end - 1] as Word) && nameLike(words[end - 2] as Word)) end--;
  if (end < to) {
    const named = classifyPhrase(words, from, end, body);
    if (named?.type === "name") return { ...named, to, text, title: [...named.title, ...words.slice(end, to).map((w) => w.lower)] };
  }
  // "Martin Luther King Jr.": the name is read without its suffix (so "King" before it is no title), then keeps it.
  const suffix = words[to - 1] as Word;
  if (to - from > 2 && NAME_SUFFIXES.has(suffix.lower) && isCapitalised(words[to - 2] as Word)) {
    // A name whose last word is also a title ("King") reads as a description on its own: capitalised throughout, it is a name.
    const base = classifyPhrase(words, from, to - 1, body);
    const named = base?.type === "name" ? base : words.slice(from, to - 1).every((w) => isCapitalised(w)) ? nameOf(words, from, to - 1, text) : undefined;
    if (named?.type === "name") return { ...named, to, text, name: `${named.name} ${suffix.text}` };
  }
  // With a post-modifier ("the leadership in Kiev", "one person familiar with the talks"), the head comes before it.
  let headAt = to - 1;
  for (let k = from + 1; k < to - 1; k++) {
    const w = words[k] as Word;
    if (!CONNECTORS.has(w.lower) && w.pos !== "ADP") continue;
    headAt = k - 1;
    while (headAt > from && (words[headAt] as Word).pos === "ADJ") headAt--;
    break;
  }
  const head = words[headAt] as Word;
  // A capitalised common noun opening a sentence ("Authorities there said", "Officials said") is not a name.
  const startsSentence = headAt === 0 || (words[headAt - 1] as Word).sentence !== head.sentence;
  const roleLike = isRoleWord(head.lower) || isRoleWord(head.lower.replace(/s$/u, "")) || COLLECTIVE_PLURALS.has(head.lower);
  if (nameLike(head) && !roleLike && (head.pos === "PROPN" || !startsSentence)) {
    // "Jane Doe of the Farmers' Union", "Jane Doe of Acme": a person's name before an affiliation is the name.
    const affiliated = headAt < to - 1 && AFFILIATION_PREPOSITIONS.has((words[headAt + 1] as Word).lower);
    const personal = words.slice(nameStart(words, from, headAt + 1), headAt + 1);
    if (affiliated && personal.length >= 2 && personal.every((w) => nameLike(w) && !ORGANISATION_WORDS.has(w.lower))) return nameOf(words, from, headAt + 1, text);
    return nameOf(words, from, to, text);
  }
  // "Secretary of State Jane Doe": a capitalised title with its place, then a name of two words or more.
  const after = words.slice(headAt + 2, to);
  if (roleLike && isCapitalised(head) && headAt < to - 1 && after.length >= 3 && after.every((w) => isCapitalised(w) && ["PROPN", "NOUN", "VERB"].includes(w.pos))) return nameOf(words, from, to, text);
  const plural = /[^s]s$/u.test(head.lower) && !isRoleWord(head.lower);
  const qualifiers: string[] = [];
  for (let k = from; k < headAt; k++) {
    const w = words[k] as Word;
    if (isCapitalised(w) && w.pos !== "DET" && !isRoleWord(w.lower)) qualifiers.push(w.lower);
  }
  const role = headAt > from && (words[headAt - 1] as Word).lower === "prime" ? `prime ${head.lower}` : head.lower;
  return { type: "description", from, to, text, determiner: determinerOf(words, from, to), qualifiers, head: role, plural };
}

/** Post-nominal letters as written: in capitals ("MP", not the "mp" of a lower-case word). */
function postNominal(w: Word): boolean {
  return POST_NOMINALS.has(w.lower) && w.text === w.text.toUpperCase();
}

/** A capitalised word, or a particle joined to a capitalised one ("el-Sisi", "al-Assad"). */
function nameLike(w: Word): boolean {
  return isCapitalised(w) || /^\p{Ll}{1,3}-\p{Lu}/u.test(w.text);
}

/** A word that is part of a name: capitalised, or a lower-case particle ("von", "el-Sisi"). */
function namePart(w: Word): boolean {
  return isCapitalised(w) || CONNECTORS.has(w.lower) || NAME_PARTICLES.has(w.lower.split("-")[0] ?? "");
}

/**
 * Where the name starts in a name phrase: after the last title word (a role,
 * an honorific, a possessive, a lower-case word that is no name particle:
 * "Company meteorologist Evan Duffey"). A title with "of" ("Secretary of
 * State Mike Pompeo", "Chief Executive of Hong Kong Carrie Lam") or an
 * organisation ("United Nations Nikki Haley") runs into the name with no
 * boundary; there the name is the last two words.
 */
function nameStart(words: readonly Word[], from: number, to: number): number {
  let nameFrom = from;
  for (let k = from; k < to - 1; k++) {
    const w = words[k] as Word;
    if (isTitleWord(w.lower) || HONORIFICS.has(w.lower) || POSSESSIVE.test(w.text) || !namePart(w)) nameFrom = k + 1;
  }
  if (to - nameFrom <= 2) return nameFrom;
  const titled = words.slice(from, nameFrom).some((w) => isTitleWord(w.lower));
  const titleWithPlace = (titled && words.slice(nameFrom, to - 2).some((w) => CONNECTORS.has(w.lower))) || roleObjectThenName(words, from, nameFrom, to);
  const afterOrganisation = ORGANISATION_WORDS.has((words[to - 3] as Word).lower);
  const lastTwoNamelike = words.slice(to - 2, to).every((w) => isCapitalised(w) && ["PROPN", "NOUN", "VERB"].includes(w.pos) && !ORGANISATION_WORDS.has(w.lower));
  return (titleWithPlace || afterOrganisation) && lastTwoNamelike ? to - 2 : nameFrom;
}

/** A role word, or its plural in a title shared by several names ("Senior Advisors Jane Doe and John Roe"). */
function isTitleWord(lower: string): boolean {
  return isRoleWord(lower) || (/[^s]s$/u.test(lower) && isRoleWord(lower.slice(0, -1)));
}

/** Prepositions that join a role to what it is a role of ("ambassador to", "minister for", "envoy at"). */
const ROLE_OBJECT_PREPOSITIONS = new Set(["to", "for", "of", "at", "on"]);

/**
 * Do the capitalised words from `nameFrom` follow a role and its preposition
 * ("ambassador to Ruritania Jane Doe", "envoy to the UN Jane Doe", "minister
 * for Health Jane Doe"), inside the phrase or just before it? Then they start
 * with the role's object, and the name is the last two words. Returns the
 * role word's index, or -1.
 */
function roleBefore(words: readonly Word[], from: number, nameFrom: number): number {
  let k = nameFrom - 1;
  if (k >= 0 && (words[k] as Word).pos === "DET") k--;
  const preposition = words[k];
  const role = words[k - 1];
  if (k < from - 1 || !preposition || !role || preposition.quote >= 0 || role.quote >= 0 || preposition.sentence !== role.sentence) return -1;
  return ROLE_OBJECT_PREPOSITIONS.has(preposition.lower) && isTitleWord(role.lower) ? k - 1 : -1;
}

/**
 * "envoy to the UN Jane Doe": a role's object, then a person's name in its
 * last two words, told by their tags; not "director of the Institute of
 * Marine Research" (an "of" before them) nor "Daniel B. Burke" (an initial).
 */
function roleObjectThenName(words: readonly Word[], from: number, nameFrom: number, to: number): boolean {
  const [given, last] = [words[to - 2] as Word, words[to - 1] as Word];
  const before = words[to - 3] as Word;
  if (given.pos !== "PROPN" || last.pos !== "PROPN" || /^\p{Lu}\.$/u.test(given.text) || CONNECTORS.has(before.lower)) return false;
  // A short object ("Ruritania", "the UN", "Foreign Affairs"); a longer one is a body's name ("the Western Lakes Rifle Militia").
  const objectWords = to - 2 - nameFrom;
  return objectWords <= (words[nameFrom - 1]?.pos === "DET" ? 1 : 2) && roleBefore(words, from, nameFrom) >= 0;
}

/** Split "Russian President Vladimir Putin" into its title and the name. */
function nameOf(words: readonly Word[], from: number, to: number, text: string): Subject {
  let nameFrom = nameStart(words, from, to);
  // "the Kremlin": the determiner is not part of the name.
  if ((words[nameFrom] as Word).pos === "DET" && nameFrom < to - 1) nameFrom++;
  const nameWords = words.slice(nameFrom, to);
  // "ambassador to Ruritania Jane Doe": the role and its preposition, outside the phrase, belong to the title.
  const start = (words[from] as Word).pos === "DET" ? from + 1 : from;
  // Only when the object was split off the name: "the spokesman for Acme Corp" names no person.
  const object = words.slice(start, nameFrom);
  const split = to - nameFrom >= 2 && object.length > 0 && object.every((w) => isCapitalised(w) && !POSSESSIVE.test(w.text));
  const role = split ? roleBefore(words, from, start) : -1;
  const title = words
    .slice(role >= 0 && role < from ? role : from, nameFrom)
    .filter((w) => w.pos !== "DET" && !POSSESSIVE.test(w.text) && !HONORIFICS.has(w.lower))
    .map((w) => w.lower);
  const honorific = words.slice(from, nameFrom).find((w) => HONORIFICS.has(w.lower))?.text;
  const firstName = nameWords[0] as Word;
  const lastName = nameWords[nameWords.length - 1] as Word;
  const name = text.slice(firstName.start - (words[from] as Word).start, lastName.end - (words[from] as Word).start);
  const subject: Subject = { type: "name", from, to, text, name, title };
  if (honorific !== undefined) subject.honorific = honorific;
  return subject;
}
