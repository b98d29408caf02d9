/**
 * Canonical speakers across the corpus: the people each article names,
 * merged by spelling-insensitive name (Zelensky = Zelenskyy through the alias
 * file) and by surname where one article gives only the surname. Each gets a
 * short stable slug id, every way of writing the name, and the titles the
 * articles give. Unnamed sources are never merged into anyone.
 */
import type { AliasTable } from "../nlp/aliases.js";
import { foldCase } from "../nlp/normalize.js";
import { nameKey, surnameKey } from "./people.js";
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
  const slug = foldCase(name).replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  if (slug.length <= 40) return slug || "speaker";
  const cut = slug.slice(0, 40);
  return cut.includes("-") ? cut.slice(0, cut.lastIndexOf("-")) : cut;
}

function givenCompatible(a: string, b: string, aliases: AliasTable): boolean {
  const x = nameKey(a, aliases).split(" ");
  const y = nameKey(b, aliases).split(" ");
  if (x.length < 2 || y.length < 2) return true;
  return x[0] === y[0] || (x[0]?.length === 1 && y[0]?.startsWith(x[0])) || (y[0]?.length === 1 && x[0]?.startsWith(y[0] ?? "") === true);
}

function cluster(people: readonly ArticlePerson[], aliases: AliasTable): Cluster[] {
  const clusters: Cluster[] = [];
  const full = [...people].sort((a, b) => b.name.split(" ").length - a.name.split(" ").length);
  for (const person of full) {
    const key = nameKey(person.name, aliases);
    const surname = surnameKey(person.name, aliases);
    const single = !person.name.includes(" ");
    const same = clusters.filter((c) => c.kind === person.kind && c.members.some((m) => nameKey(m.name, aliases) === key));
    const bySurname =
      person.kind === "person"
        ? clusters.filter((c) => c.kind === "person" && c.members.some((m) => surnameKey(m.name, aliases) === surname && (single || givenCompatible(m.name, person.name, aliases))))
        : [];
    const target = same[0] ?? (bySurname.length === 1 ? bySurname[0] : undefined);
    if (target) target.members.push(person);
    else clusters.push({ kind: person.kind, members: [person] });
  }
  return clusters;
}

/** The display name: a full name, in the alias file's spelling of the surname when one is written that way, else the most mentioned. */
function canonicalName(c: Cluster, aliases: AliasTable): string {
  const names = [...new Set(c.members.map((m) => m.name))];
  const fullest = Math.max(...names.map((n) => n.split(" ").length));
  const mentions = (n: string) => c.members.filter((m) => m.name === n).reduce((sum, m) => sum + m.mentions, 0);
  const canonicalSpelling = (n: string) => {
    const last = foldCase(n.split(" ").pop() ?? "");
    return (aliases.spellings.get(last) ?? last) === last ? 1 : 0;
  };
  return names
    .filter((n) => n.split(" ").length === fullest)
    .sort((a, b) => canonicalSpelling(b) - canonicalSpelling(a) || mentions(b) - mentions(a) || a.localeCompare(b))[0] as string;
}

/** Every way of writing the speaker: names, surnames, honorific forms, and the alias file's variants of the surname. */
function aliasesOf(c: Cluster, name: string, aliases: AliasTable): string[] {
  const forms = new Map<string, string>();
  const add = (form: string) => {
    const k = foldCase(form);
    if (k !== foldCase(name) && !forms.has(k)) forms.set(k, form);
  };
  // A bare surname is an alias of a two-word name; in longer names the last word may not be a surname (Kim Jong Un).
  for (const m of c.members) {
    add(m.name);
    if (c.kind === "person" && m.name.split(" ").length === 2) add(m.name.split(" ").pop() ?? m.name);
    m.honorifics.forEach(add);
  }
  if (c.kind === "person") {
    const surname = surnameKey(name, aliases);
    const given = name.split(" ").slice(0, -1).join(" ");
    for (const [spelling, term] of aliases.spellings) {
      if (term !== surname || spelling.includes(" ")) continue;
      const variant = spelling.charAt(0).toUpperCase() + spelling.slice(1);
      add(variant);
      if (given !== "") add(`${given} ${variant}`);
    }
  }
  return [...forms.values()];
}

/** Merge the people of every article into canonical speakers. */
export function buildSpeakers(people: readonly ArticlePerson[], aliases: AliasTable): SpeakerTable {
  const clusters = cluster(people, aliases).map((c) => ({ c, name: canonicalName(c, aliases) }));
  clusters.sort((a, b) => a.name.localeCompare(b.name));
  const used = new Set<string>();
  const speakers: Speaker[] = [];
  const byMember = new Map<ArticlePerson, Speaker>();
  const byKey = new Map<string, Speaker>();
  for (const { c, name } of clusters) {
    let id = slugOf(name);
    for (let n = 2; used.has(id); n++) id = `${slugOf(name).slice(0, 36)}-${n}`;
    used.add(id);
    const roles = [...new Set(c.members.flatMap((m) => m.roles))];
    const speaker: Speaker = { id, name, kind: c.kind, aliases: aliasesOf(c, name, aliases), roles, quoteCount: 0 };
    speakers.push(speaker);
    for (const m of c.members) {
      byMember.set(m, speaker);
      byKey.set(`${m.articleId}\0${nameKey(m.name, aliases)}`, speaker);
      if (!byKey.has(nameKey(m.name, aliases))) byKey.set(nameKey(m.name, aliases), speaker);
    }
  }
  const surnames = (key: string) => speakers.filter((s) => s.kind === "person" && surnameKey(s.name, aliases) === key);
  return {
    speakers,
    idOf: (articleId, name) => (byKey.get(`${articleId}\0${nameKey(name, aliases)}`) ?? byKey.get(nameKey(name, aliases)))?.id,
    rolesOf: (person) => byMember.get(person)?.roles ?? person.roles,
    knownSurname: (key) => {
      const found = surnames(key);
      return found.length === 1 ? found[0]?.name : undefined;
    },
  };
}
