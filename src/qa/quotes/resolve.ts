/**
 * From a subject phrase to a speaker. Names map to the article's people
 * (a surname to the full name). Pronouns take the subject of the nearest
 * preceding reporting clause, not the last name mentioned: in "Trump claimed
 * Putin wanted to meet him ... “...,” he said", "he" is Trump. Definite
 * descriptions ("the Russian leader") take the person whose titles fit
 * (roles.ts), the nearest reporting subject first, else the most mentioned.
 * Indefinite and plural descriptions ("a European official", "local
 * authorities") are unnamed sources and stay unnamed.
 */
import type { AliasTable } from "../nlp/aliases.js";
import { DOCUMENT_NOUNS, GENDERED_ROLES, ORGANISATION_WORDS, PERSONAL_PRONOUNS } from "./lexicon.js";
import { nameKey, surnameKey } from "./fold.js";
import { isCommonWord, looksLikeOrganisation, type PeopleIndex } from "./people.js";
import type { Subject } from "./phrases.js";
import { descriptionFits, isRoleHead } from "./roles.js";
import type { ArticlePerson } from "./types.js";

/** Who a subject phrase stands for. */
export interface Referent {
  /** Full name as the article gives it; null for an unnamed source. */
  name: string | null;
  kind: "person" | "organisation";
  /** The subject as written. */
  label: string;
  how: "named" | "resolved";
}

export interface ResolveContext {
  people: PeopleIndex;
  /** Resolved subjects of the reporting clauses read so far, in order. */
  history: Array<{ at: number; referent: Referent }>;
  /** A person's titles: the article's own, or the whole corpus's once speakers are merged. */
  rolesOf(person: ArticlePerson): readonly string[];
  /** Surnames known across the corpus, for articles that name someone only by surname. */
  knownSurname?(key: string): string | undefined;
  /** The full name the article gives a body of this kind ("court") nearest offset `at`, if any (bodies.ts). */
  bodyNamed?(head: string, at: number): string | undefined;
  /** The author the article last gave a document of this kind ("warning") before offset `at`, if any (bodies.ts). */
  documentAuthor?(head: string, at: number): string | undefined;
  aliases: AliasTable;
}

function personReferent(person: ArticlePerson, label: string, how: Referent["how"]): Referent {
  return { name: person.name, kind: person.kind, label, how };
}

/**
 * "the Court" or "the High Court" after "the High Court of Ruritania": a
 * body's name ending in its kind, when the article prints a fuller name
 * holding all its words.
 */
function fullBodyName(name: string, at: number, ctx: ResolveContext): string | undefined {
  const words = name.toLowerCase().split(/\s+/);
  const kind = words[words.length - 1] ?? "";
  if (!ORGANISATION_WORDS.has(kind)) return undefined;
  const full = ctx.bodyNamed?.(kind, at);
  if (full === undefined || full === name) return undefined;
  const held = new Set(full.toLowerCase().split(/\s+/));
  return words.every((w) => held.has(w)) ? full : undefined;
}

function resolveName(subject: Extract<Subject, { type: "name" }>, at: number, ctx: ResolveContext): Referent {
  // "the CM", "the DA": a title by its initials, for the person whose role they spell ("Chief Minister Asha Rao").
  if (/^the\s/iu.test(subject.text) && /^\p{Lu}{2,4}$/u.test(subject.name)) {
    const head = subject.name.toLowerCase();
    const titled = resolveDescription({ type: "description", from: subject.from, to: subject.to, text: subject.text, determiner: "definite", qualifiers: [], head, plural: false }, at, ctx, true);
    if (titled.name !== null) return titled;
  }
  const { byKey } = ctx.people;
  const person = byKey.get(nameKey(subject.name, ctx.aliases)) ?? byKey.get(surnameKey(subject.name, ctx.aliases));
  if (person) return personReferent(person, subject.text, "named");
  const full = fullBodyName(subject.name, at, ctx);
  if (full !== undefined) return { name: full, kind: "organisation", label: subject.text, how: "resolved" };
  const known = subject.name.includes(" ") ? undefined : ctx.knownSurname?.(nameKey(subject.name, ctx.aliases));
  if (known !== undefined) return { name: known, kind: "person", label: subject.text, how: "named" };
  if (!subject.name.includes(" ") && isCommonWord(subject.name, ctx.people.common)) return { name: null, kind: "person", label: subject.text, how: "named" };
  // A name the article gives no person evidence for is a place or an organisation speaking
  // ("the Kremlin said", "the Ministry of Defence said"), unless it has an honorific or reads as a full name.
  const personal = subject.honorific !== undefined || (subject.name.includes(" ") && !looksLikeOrganisation(subject.name) && !ctx.people.bodies.has(nameKey(subject.name, ctx.aliases)));
  return { name: subject.name, kind: personal ? "person" : "organisation", label: subject.text, how: "named" };
}

/** Resolve a pronoun, and learn the person's gender from "he" or "she" when nothing had shown it. */
function resolvePronoun(pronoun: string, label: string, at: number, ctx: ResolveContext): Referent | undefined {
  const referent = pronounReferent(pronoun, label, at, ctx);
  const wants = PERSONAL_PRONOUNS.get(pronoun);
  if (referent && (wants === "male" || wants === "female")) {
    const person = ctx.people.people.find((p) => p.name === referent.name);
    if (person && person.gender === undefined) person.gender = wants;
  }
  return referent;
}

function pronounReferent(pronoun: string, label: string, at: number, ctx: ResolveContext): Referent | undefined {
  const wants = PERSONAL_PRONOUNS.get(pronoun) ?? "any";
  const personal = wants !== "any";
  const fits = (r: Referent) => {
    if (personal !== (r.kind === "person" && r.name !== null)) return false;
    if (!personal) return true;
    const gender = ctx.people.people.find((p) => p.name === r.name)?.gender;
    return gender === undefined || gender === wants;
  };
  // A person the sentence before is about ("Jane Doe joined in 2001. She said ...") outranks an older reporting subject.
  const fitsPerson = (p: ArticlePerson) => p.gender === undefined || p.gender === wants;
  let topic: PeopleIndex["mentions"][number] | undefined;
  if (personal) for (const m of ctx.people.mentions) if (m.at < at && m.opensSentence && fitsPerson(m.person)) topic = m;
  for (let i = ctx.history.length - 1; i >= 0; i--) {
    const entry = ctx.history[i];
    if (!entry || entry.at >= at || !fits(entry.referent)) continue;
    if (topic && topic.at > entry.at && topic.person.name !== entry.referent.name) return personReferent(topic.person, label, "resolved");
    // An unnamed source keeps the words that describe it ("their statement" stays "the island's government").
    return { ...entry.referent, label: entry.referent.name === null ? entry.referent.label : label, how: "resolved" };
  }
  if (!personal) return undefined;
  if (topic) return personReferent(topic.person, label, "resolved");
  // No reporting clause before: fall back to the last person mentioned.
  for (let i = ctx.people.mentions.length - 1; i >= 0; i--) {
    const m = ctx.people.mentions[i];
    if (m && m.at < at && (m.person.gender === undefined || m.person.gender === wants)) return personReferent(m.person, label, "resolved");
  }
  return undefined;
}

function resolveDescription(subject: Extract<Subject, { type: "description" }>, at: number, ctx: ResolveContext, initials = false): Referent {
  const unnamed: Referent = { name: null, kind: "person", label: subject.text, how: "named" };
  const definite = subject.determiner === "definite" || subject.determiner === "possessive";
  // "the government of the islands said", "the court found": a body the article has in view speaks under that description.
  // "read the warning" after "the warning issued by the Met Office": the author speaks.
  const author = definite && DOCUMENT_NOUNS.has(subject.head) ? ctx.documentAuthor?.(subject.head, at) : undefined;
  if (author !== undefined) {
    const named = resolveName({ type: "name", from: subject.from, to: subject.to, text: author, name: author, title: [] }, at, ctx);
    return { ...named, label: subject.text, how: "resolved" };
  }
  // Named in full elsewhere in the article ("the Supreme Court of Ruritania"), it speaks under that name.
  if (subject.determiner === "definite" && !subject.plural && ORGANISATION_WORDS.has(subject.head)) {
    const full = ctx.bodyNamed?.(subject.head, at);
    if (full !== undefined) return { name: full, kind: "organisation", label: subject.text, how: "resolved" };
    // A kind alone ("the company") names no one: an unnamed source, found by its words, never a speaker called "company".
    if (subject.qualifiers.length === 0) return unnamed;
    return { name: subject.text.replace(/^(?:the|this|that)\s+/iu, ""), kind: "organisation", label: subject.text, how: "named" };
  }
  if (!definite || subject.plural || !(initials || isRoleHead(subject.head))) return unnamed;
  const fitting = ctx.people.people.filter((p) => descriptionFits(subject.head, subject.qualifiers, ctx.rolesOf(p)));
  if (fitting.length === 0) return unnamed;
  let person: ArticlePerson | undefined;
  for (let i = ctx.history.length - 1; i >= 0 && !person; i--) {
    const name = ctx.history[i]?.referent.name;
    person = fitting.find((p) => p.name === name);
  }
  person ??= [...fitting].sort((a, b) => b.mentions - a.mentions)[0] as ArticlePerson;
  // "the actress" shows whom a later "she" may stand for.
  const shown = GENDERED_ROLES.get(subject.head);
  if (shown && person.gender === undefined) person.gender = shown;
  return personReferent(person, subject.text, "resolved");
}

/** Resolve the subject of a reporting clause at body offset `at`; undefined when it cannot be. */
export function resolveSubject(subject: Subject, at: number, ctx: ResolveContext): Referent | undefined {
  if (subject.type === "name") return resolveName(subject, at, ctx);
  if (subject.type === "pronoun") return resolvePronoun(subject.pronoun, subject.text, at, ctx);
  return resolveDescription(subject, at, ctx);
}
