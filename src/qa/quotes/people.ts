/**
 * The people one article names, with the titles and honorifics it gives
 * them and where it mentions them. A name counts as a person when the article
 * gives it a title or honorific ("Kremlin spokesperson Dmitry Peskov", "Ms
 * Meloni") or makes a full name (two words or more) the subject of a
 * reporting verb ("Vladimir Putin has challenged"). A surname alone is the
 * article's full name with that surname.
 */
import type { AliasTable } from "../nlp/aliases.js";
import { CALENDAR_WORDS } from "../nlp/calendar.js";
import { isAcronym } from "../nlp/normalize.js";
import type { Clause } from "./cues.js";
import { BODY_KINDS, CUE_VERBS, GENDERED_ROLES, GROUP_OPENERS, GROUP_PLURAL, HONORIFICS, ORGANISATION_WORDS, isRoleWord } from "./lexicon.js";
import { endingName, inLongerName, particleSurname, spellingVariant } from "./partialNames.js";
import { isPlaceName } from "../nlp/places.js";
import { classifyPhrase, phraseEndingAt, type Subject } from "./phrases.js";
import { afterRole, opensSentence, postModifierName, selfReferring } from "./nameContext.js";
import { sameCountry } from "./roles.js";
import { nameKey, surnameKey } from "./fold.js";
import type { ArticlePerson } from "./types.js";
import { isCapitalised, type ParagraphReading, type Word } from "./words.js";

/** The people of an article with lookups by name and by surname. */
export interface PeopleIndex {
  people: ArticlePerson[];
  /** Name key (see nameKey) of the full name, and of the surname, to the person. */
  byKey: ReadonlyMap<string, ArticlePerson>;
  /** Narration mentions of people, in reading order. */
  mentions: Array<{ at: number; person: ArticlePerson; opensSentence: boolean }>;
  /** Words the article also writes in lower case: capitalised, they only open a sentence ("Authorities there said"). */
  common: ReadonlySet<string>;
  /** Name keys the article refers to as a thing ("Acme describes itself as", "Acme, in its report,"): bodies, not people. */
  bodies: ReadonlySet<string>;
}

type NameSubject = Extract<Subject, { type: "name" }>;

interface Candidate {
  subject: NameSubject;
  at: number;
  isSubject: boolean;
  /** The name opens its sentence and a verb follows: the sentence is about this person ("Jane Doe has been ..."). */
  opensSentence: boolean;
  proper: boolean;
  /**
   * The phrase is no evidence of a person: it modifies the lower-case noun
   * after it ("a senior Acme figure", "the Lorvan superstore"), or follows
   * "a"/"an" ("Who Gives a Damn said": a brand).
   */
  notPersonal: boolean;
  /** "itself" right after the name, or "its" in the aside after it: the name is a body's. */
  selfReferring: boolean;
  /** The name stands in apposition to a role ("The union leader, Maria Lund, was ..."). */
  appositive: boolean;
}

/** Prepositions after which a name is a place ("in Kiev"); "to" and "from" also take people, so they are left out. */
const LOCATIVE = new Set(["in", "into", "across", "near", "outside", "inside", "throughout"]);

/**
 * Names the article treats as places: written after a locative preposition,
 * or sharing a stem with another capitalised word ("Russia" beside "Russian").
 */
function placeNames(readings: readonly ParagraphReading[]): (name: string) => boolean {
  const capitalised = new Set<string>();
  const located = new Set<string>();
  for (const { words } of readings) {
    words.forEach((w, j) => {
      if (!isCapitalised(w)) return;
      capitalised.add(w.lower);
      if (LOCATIVE.has(words[j - 1]?.lower ?? "")) located.add(w.lower);
    });
  }
  return (name) => {
    const lower = name.toLowerCase();
    return located.has(lower) || [...capitalised].some((other) => other !== lower && /^\p{L}+$/u.test(other) && sameCountry(lower, other));
  };
}

/**
 * A name with an organisation word in it ("Ministry of Defence", "Financial
 * Times"), or alone an acronym ("BBC", "NPR": outlets and agencies, not
 * people) or a day or month.
 */
export function looksLikeOrganisation(name: string): boolean {
  const words = name.split(/\s+/);
  const first = words[0] ?? "";
  // A day or month is a name's word too ("Theresa May", "Jan Kos"); alone it is no one.
  if (words.some((w) => ORGANISATION_WORDS.has(w.toLowerCase())) || (words.length === 1 && (CALENDAR_WORDS.has(name.toLowerCase()) || isAcronym(name)))) return true;
  // A place speaks for its government ("Ruritania confirmed"); a group name is plural ("Liberal Democrats");
  // initials of three letters or more open a body's name ("ABC Australia", "XYZ Limited"), while "JD Vance" is a person.
  // "&" joins the partners of a firm ("Lee & Vance", "AT&T"), never a person's names.
  return name.includes("&") || isPlaceName(name) || GROUP_PLURAL.test(words[words.length - 1] ?? "") || GROUP_OPENERS.has(first.toLowerCase()) || (words.length > 1 && first.replace(/\./gu, "").length >= 3 && isAcronym(first));
}

/** A capitalised word, or a particle joined to one, which ends a name as well ("Bashar al-Assad", "Abdel Fattah el-Sisi"). */
function nameWord(w: Word): boolean {
  return isCapitalised(w) || /^\p{Ll}{1,3}-\p{Lu}/u.test(w.text);
}

/** Every name phrase in the narration of citable paragraphs. */
function candidates(readings: readonly ParagraphReading[], clauses: readonly Clause[][], body: string): Candidate[] {
  const found: Candidate[] = [];
  readings.forEach((reading, p) => {
    const subjects = new Set((clauses[p] ?? []).flatMap((c) => (typeof c.subject === "object" && c.subject.type === "name" ? [c.subject.to - 1] : [])));
    const { words } = reading;
    words.forEach((w, j) => {
      const next = words[j + 1];
      const endsRun = !next || next.quote >= 0 || next.sentence !== w.sentence || !nameWord(next) || next.pos === "PART";
      if (w.quote >= 0 || !nameWord(w) || w.pos === "PUNCT" || !endsRun) return;
      let from = phraseEndingAt(words, j);
      let subject = from < 0 ? undefined : classifyPhrase(words, from, j + 1, body);
      // "the request of Prime Minister Boris Johnson": a description's post-modifier may be a name of its own.
      const modifier = subject?.type === "description" ? postModifierName(words, from, j) : -1;
      if (modifier >= 0) [from, subject] = [modifier, classifyPhrase(words, modifier, j + 1, body)];
      if (subject?.type !== "name") return;
      const modifies = next !== undefined && next.quote < 0 && next.sentence === w.sentence && next.pos === "NOUN" && /^\p{Ll}/u.test(next.text) && !CUE_VERBS.has(next.lower);
      const indefinite = ["a", "an"].includes(words[from]?.lower ?? "");
      found.push({
        subject,
        at: w.start,
        isSubject: subjects.has(j),
        opensSentence: opensSentence(words, from, j),
        proper: w.pos === "PROPN",
        notPersonal: modifies || indefinite,
        selfReferring: selfReferring(words, j),
        appositive: afterRole(words, from),
      });
    });
  });
  return found;
}

/**
 * A word the article also writes in lower case, or the plural of one
 * ("Reports said" where it writes "report"): capitalised, it only opens a
 * sentence, and names no one.
 */
export function isCommonWord(word: string, common: ReadonlySet<string>): boolean {
  const lower = word.toLowerCase();
  if (common.has(lower)) return true;
  if (!/\p{L}s$/u.test(lower)) return false;
  return [lower.slice(0, -1), lower.replace(/ies$/u, "y"), lower.replace(/es$/u, "")].some((singular) => singular !== lower && common.has(singular));
}

function isPerson(c: Candidate, isPlace: (name: string) => boolean, common: ReadonlySet<string>, isBody: (name: string) => boolean): boolean {
  const words = c.subject.name.split(/\s+/);
  if (c.notPersonal || looksLikeOrganisation(c.subject.name) || (words.length === 1 && (isCommonWord(c.subject.name, common) || isAcronym(c.subject.name)))) return false;
  const titled = c.subject.honorific !== undefined || c.subject.title.some((t) => isRoleWord(t));
  if (!titled && isBody(c.subject.name)) return false;
  if (titled || (words.length >= 2 && (c.isSubject || c.opensSentence || c.appositive))) return true;
  // A lone proper noun that reports speech is a person unless the article uses it as a place.
  return words.length === 1 && c.isSubject && c.proper && !isPlace(c.subject.name);
}

/** Honorific forms anywhere in the article's citable text, quotes included ("Mr. Trump", "President Putin"). */
function honorificForms(readings: readonly ParagraphReading[], people: Map<string, ArticlePerson>, aliases: AliasTable): void {
  for (const { words } of readings) {
    words.forEach((w, j) => {
      const next = words[j + 1];
      if (!next || !isCapitalised(next) || !isCapitalised(w) || !(HONORIFICS.has(w.lower) || isRoleWord(w.lower))) return;
      if (words[j + 2] && isCapitalised(words[j + 2] as Word) && words[j + 2]?.pos === "PROPN") return;
      const person = people.get(nameKey(next.text, aliases));
      if (!person) return;
      const form = `${w.text} ${next.text}`;
      if (!person.honorifics.includes(form)) person.honorifics.push(form);
      const gender = HONORIFICS.get(w.lower);
      if (gender && person.gender === undefined) person.gender = gender;
    });
  }
}

/**
 * Full names (two or more words, no organisation's or place's, no "of":
 * "Battle of Lake Doe") the article prints, by surname key: a surname that
 * speaks alone is the one full name printed with it, if exactly one.
 */
function printedFullNames(found: readonly Candidate[], aliases: AliasTable): ReadonlyMap<string, ReadonlySet<string>> {
  const bySurname = new Map<string, Set<string>>();
  for (const { subject } of found) {
    const n = subject.name;
    if (!n.includes(" ") || /\s(?:of|in)\s/u.test(n) || !/^\p{Lu}/u.test(n) || looksLikeOrganisation(n)) continue;
    const key = surnameKey(n, aliases);
    bySurname.set(key, (bySurname.get(key) ?? new Set<string>()).add(n));
  }
  return bySurname;
}

/** Collect the people of one article from its citable paragraphs and their reporting clauses. */
export function collectPeople(articleId: string, readings: readonly ParagraphReading[], clauses: readonly Clause[][], body: string, aliases: AliasTable): PeopleIndex {
  const found = candidates(readings, clauses, body);
  const isPlace = placeNames(readings);
  const common = new Set(readings.flatMap((r) => r.words.filter((w) => /^\p{Ll}/u.test(w.text)).map((w) => w.lower)));
  // "Hungarian daily newspaper Kasa Pim", "the rock band Zeta": a title whose noun is a body's kind names a body.
  const kindTitle = (c: Candidate) => {
    const last = c.subject.title[c.subject.title.length - 1] ?? "";
    return ORGANISATION_WORDS.has(last) || BODY_KINDS.has(last);
  };
  const bodies = new Set(found.filter((c) => c.selfReferring || kindTitle(c)).map((c) => nameKey(c.subject.name, aliases)));
  const isBody = (name: string) => bodies.has(nameKey(name, aliases));
  const fullNames = printedFullNames(found, aliases);
  const byKey = new Map<string, ArticlePerson>();
  const people: ArticlePerson[] = [];
  const add = (name: string) => {
    const person: ArticlePerson = { articleId, name, kind: "person", roles: [], honorifics: [], mentions: 0 };
    people.push(person);
    byKey.set(nameKey(name, aliases), person);
    if (!byKey.has(surnameKey(name, aliases))) byKey.set(surnameKey(name, aliases), person);
    return person;
  };
  const fullName = (name: string) => name.includes(" ") && !particleSurname(name);
  // Full names first, so that a surname met earlier still maps to the full name.
  for (const c of found) if (isPerson(c, isPlace, common, isBody) && fullName(c.subject.name) && !byKey.has(nameKey(c.subject.name, aliases))) add(c.subject.name);
  for (const c of found) {
    if (!isPerson(c, isPlace, common, isBody) || byKey.has(nameKey(c.subject.name, aliases))) continue;
    const name = c.subject.name;
    const variant = fullName(name) ? undefined : name.includes(" ") ? endingName(name, people, aliases) : (inLongerName(name, people, aliases) ?? spellingVariant(name, people, aliases));
    if (!variant) {
      // "Doe said" where the article printed "Jane Doe" only in passing ("petitioned by Jane Doe of ..."): the full name.
      const printed = c.subject.name.includes(" ") ? undefined : fullNames.get(nameKey(c.subject.name, aliases));
      const fuller = printed?.size === 1 ? [...printed][0] : undefined;
      if (fuller === undefined) add(c.subject.name);
      else if (!byKey.has(nameKey(fuller, aliases))) byKey.set(nameKey(c.subject.name, aliases), add(fuller));
      continue;
    }
    byKey.set(nameKey(c.subject.name, aliases), variant);
    variant.aliases = [...(variant.aliases ?? []), c.subject.name];
  }

  const mentions: PeopleIndex["mentions"] = [];
  for (const c of found) {
    const person = byKey.get(nameKey(c.subject.name, aliases)) ?? byKey.get(surnameKey(c.subject.name, aliases));
    if (!person) continue;
    person.mentions++;
    mentions.push({ at: c.at, person, opensSentence: c.opensSentence });
    const role = c.subject.title.filter((t) => !HONORIFICS.has(t)).join(" ");
    const shown = c.subject.title.map((t) => GENDERED_ROLES.get(t.toLowerCase())).find((g) => g !== undefined);
    if (shown && person.gender === undefined) person.gender = shown;
    if (role !== "" && !person.roles.includes(role)) person.roles.push(role);
    if (c.subject.honorific !== undefined) {
      const form = `${c.subject.honorific} ${c.subject.name}`;
      if (!person.honorifics.includes(form)) person.honorifics.push(form);
      const gender = HONORIFICS.get(c.subject.honorific.toLowerCase());
      if (gender && person.gender === undefined) person.gender = gender;
    }
  }
  honorificForms(readings, byKey, aliases);
  return { people, byKey, mentions, common, bodies };
}
