/**
 * Canonical speakers across the corpus: the people each article names,
 * merged by spelling-insensitive name (Zelensky = Zelenskyy through the alias
 * file) and by surname where one article gives only the surname. Each gets a
 * short stable slug id, every way of writing the name, and the titles the
 * articles give. Unnamed sources are never merged into anyone.
 */
import type { AliasTable } from "../nlp/aliases.js";
import { foldCase } from "../nlp/normalize.js";
import { foldName, nameKey } from "./fold.js";
import type { ArticlePerson, Speaker } from "./types.js";

/** The speakers with the lookups the index build needs. */
export interface SpeakerTable {
  /** Speakers with `quoteCount` 0; the index build counts quotes. */
  speakers: Speaker[];
  /** Speaker id of a name as an article gives it. */
  idOf(articleId: string, name: string): string | undefined;
  /** Titles of the person's speaker across the corpus. */
  rolesOf(person: ArticlePerson): string[];
  /** Full name of the one person with this surname key, if exactly one has it. */
  knownSurname(key: string): string | undefined;
}

interface Cluster {
  kind: ArticlePerson["kind"];
  members: ArticlePerson[];
}

/** Slug of a name: lower-case letters and digits joined by "-", at most 40 characters. */
export function slugOf(name: string): string {
  const slug = foldName(name).replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  if (slug.length <= 40) return slug || "speaker";
  const cut = slug.slice(0, 40);
  return cut.includes("-") ? cut.slice(0, cut.lastIndexOf("-")) : cut;
}

/** Memoised name keys: clustering asks for the same names' keys many times. */
export type KeyOf = (name: string) => string;

function keysOf(aliases: AliasTable): KeyOf {
  const memo = new Map<string, string>();
  return (name) => {
    let key = memo.get(name);
    if (key === undefined) {
      key = nameKey(name, aliases);
      memo.set(name, key);
    }
    return key;
  };
}

const lastWord = (key: string) => key.slice(key.lastIndexOf(" ") + 1);
/** First word of a key of two words or more; null for a one-word key (compatible with any given name). */
const givenWord = (key: string) => (key.includes(" ") ? key.slice(0, key.indexOf(" ")) : null);

/** Same first name, or an initial of it ("J Smith" ~ "John Smith"); a one-word name fits any. */
function givenCompatible(x: string | null, y: string | null): boolean {
  if (x === null || y === null) return true;
  return x === y || (x.length === 1 && y.startsWith(x)) || (y.length === 1 && x.startsWith(y));
}

/**
 * People merged into clusters, fullest names first: a person joins the first
 * cluster (of its kind) holding the same name key, else the one person
 * cluster holding its surname with a compatible given name (a one-word name
 * is compatible with all); with none or several, a new cluster. Clusters are
 * indexed by name key and by surname, so each person costs the clusters
 * sharing its surname, not all of them.
 */
function cluster(people: readonly ArticlePerson[], keyOf: KeyOf): Cluster[] {
  const clusters: Cluster[] = [];
  const byKey = new Map<string, Cluster>();
  /** Person clusters by surname: each distinct given word (null for one-word names) with the clusters holding it. */
  const bySurname = new Map<string, Map<string | null, Set<Cluster>>>();
  /** Person clusters by the middle words of names of three words or more (a first of two surnames). */
  const byInnerWord = new Map<string, Set<Cluster>>();
  const full = [...people].sort((a, b) => b.name.split(" ").length - a.name.split(" ").length);
  for (const person of full) {
    // A body known only by a description ("government", "court of appeal") is that article's own; it merges with no other article's.
    const key = /^\p{Ll}/u.test(person.name) ? `${person.articleId}\0${keyOf(person.name)}` : keyOf(person.name);
    const surname = lastWord(key);
    const given = givenWord(key);
    const single = !person.name.includes(" ");
    let target = byKey.get(`${person.kind}\0${key}`);
    if (!target && person.kind === "person") {
      const found = new Set<Cluster>();
      for (const [other, holders] of bySurname.get(surname) ?? []) {
        if (single || givenCompatible(other, given)) for (const c of holders) found.add(c);
        if (found.size > 1) break;
      }
      if (found.size === 1) target = [...found][0];
      // "Pierluisi" alone, where another article names "Pedro Pierluisi Urrutia": a middle word of one person's name.
      const inner = single && !target ? byInnerWord.get(key) : undefined;
      if (inner?.size === 1) target = [...inner][0];
    }
    if (target) target.members.push(person);
    else {
      target = { kind: person.kind, members: [person] };
      clusters.push(target);
    }
    if (!byKey.has(`${person.kind}\0${key}`)) byKey.set(`${person.kind}\0${key}`, target);
    if (person.kind === "person") {
      for (const word of key.split(" ").slice(1, -1)) byInnerWord.set(word, (byInnerWord.get(word) ?? new Set<Cluster>()).add(target));
      const givens = bySurname.get(surname) ?? new Map<string | null, Set<Cluster>>();
      bySurname.set(surname, givens);
      const holders = givens.get(given) ?? new Set<Cluster>();
      givens.set(given, holders);
      holders.add(target);
    }
  }
  return clusters;
}

/** The display name: a full name, in the alias file's spelling of the surname when one is written that way, else the most mentioned. */
function canonicalName(c: Cluster, aliases: AliasTable): string {
  const names = [...new Set(c.members.map((m) => m.name))];
  const fullest = Math.max(...names.map((n) => n.split(" ").length));
  const counts = new Map<string, number>();
  for (const m of c.members) counts.set(m.name, (counts.get(m.name) ?? 0) + m.mentions);
  const mentions = (n: string) => counts.get(n) ?? 0;
  const canonicalSpelling = (n: string) => {
    const last = foldCase(n.split(" ").pop() ?? "");
    return (aliases.spellings.get(last) ?? last) === last ? 1 : 0;
  };
  // "J. Smith" is a way of writing John Smith, not his name.
  const spelledOut = (n: string) => (/^\p{L}\.?$/u.test(n.split(" ")[0] ?? "") ? 0 : 1);
  return names
    .filter((n) => n.split(" ").length === fullest)
    .sort((a, b) => spelledOut(b) - spelledOut(a) || canonicalSpelling(b) - canonicalSpelling(a) || mentions(b) - mentions(a) || a.localeCompare(b))[0] as string;
}

/** Last words that are no surname: a regnal number ("Elizabeth II"), a generation ("Jr."), a number word. */
const NOT_SURNAME = /^(?:[IVX]+|jr\.?|sr\.?|one|two|three|four|five|six|seven|eight|nine|ten)$/iu;

/** Every way of writing the speaker: names, surnames, honorific forms, and the alias file's variants of the surname. */
function aliasesOf(c: Cluster, name: string, keyOf: KeyOf, variantsOf: ReadonlyMap<string, readonly string[]>): string[] {
  const forms = new Map<string, string>();
  const add = (form: string) => {
    const k = foldCase(form);
    if (k !== foldCase(name) && !forms.has(k)) forms.set(k, form);
  };
  // A bare surname is an alias of a two-word name; in longer names the last word may not be a surname (Kim Jong Un).
  for (const m of c.members) {
    add(m.name);
    const last = m.name.split(" ").pop() ?? m.name;
    if (c.kind === "person" && m.name.split(" ").length === 2 && !NOT_SURNAME.test(last)) add(last);
    // "al-Assad" is written "Assad" too.
    const unparticled = c.kind === "person" ? /^\p{Ll}{1,3}-(\p{Lu}.*)$/u.exec(last)?.[1] : undefined;
    if (unparticled !== undefined) add(unparticled);
    m.honorifics.forEach(add);
    m.aliases?.forEach(add);
  }
  if (c.kind === "person") {
    const given = name.split(" ").slice(0, -1).join(" ");
    for (const spelling of variantsOf.get(lastWord(keyOf(name))) ?? []) {
      const variant = spelling.charAt(0).toUpperCase() + spelling.slice(1);
      add(variant);
      if (given !== "") add(`${given} ${variant}`);
    }
  }
  return [...forms.values()];
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Merge the people of every article into canonical speakers. */
export function buildSpeakers(people: readonly ArticlePerson[], aliases: AliasTable): SpeakerTable {
  const keyOf = keysOf(aliases);
  const clusters = cluster(people, keyOf).map((c) => ({ c, name: canonicalName(c, aliases) }));
  clusters.sort((a, b) => a.name.localeCompare(b.name));
  // One-word spellings of the alias file by the term they stand for, in the file's order.
  const variantsOf = new Map<string, string[]>();
  for (const [spelling, term] of aliases.spellings) if (!spelling.includes(" ")) pushTo(variantsOf, term, spelling);
  const used = new Set<string>();
  /** Last suffix tried per slug: ids only ever get used, so the search resumes there. */
  const suffix = new Map<string, number>();
  const speakers: Speaker[] = [];
  const byMember = new Map<ArticlePerson, Speaker>();
  const byKey = new Map<string, Speaker>();
  for (const { c, name } of clusters) {
    const slug = slugOf(name);
    let id = slug;
    let n = suffix.get(slug) ?? 2;
    for (; used.has(id); n++) id = `${slug.slice(0, 36)}-${n}`;
    suffix.set(slug, n);
    used.add(id);
    const roles = [...new Set(c.members.flatMap((m) => m.roles))];
    const speaker: Speaker = { id, name, kind: c.kind, aliases: aliasesOf(c, name, keyOf, variantsOf), roles, quoteCount: 0 };
    speakers.push(speaker);
    for (const m of c.members) {
      byMember.set(m, speaker);
      const key = keyOf(m.name);
      byKey.set(`${m.articleId}\0${key}`, speaker);
      if (!byKey.has(key)) byKey.set(key, speaker);
    }
  }
  const bySurname = new Map<string, Speaker[]>();
  for (const s of speakers) if (s.kind === "person") pushTo(bySurname, lastWord(keyOf(s.name)), s);
  return {
    speakers,
    idOf: (articleId, name) => (byKey.get(`${articleId}\0${keyOf(name)}`) ?? byKey.get(keyOf(name)))?.id,
    rolesOf: (person) => byMember.get(person)?.roles ?? person.roles,
    knownSurname: (key) => {
      const found = bySurname.get(key) ?? [];
      return found.length === 1 ? found[0]?.name : undefined;
    },
  };
}
