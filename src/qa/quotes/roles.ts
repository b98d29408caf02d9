/**
 * Whether a description ("the Russian leader", "Russia’s long-standing
 * leader") fits a person, judged by the titles the articles give that person
 * ("Russian President Vladimir Putin" records "russian president"). The head
 * noun must be the role or one of its family (lexicon ROLE_FAMILIES: a
 * president is a leader); every country word of the description must match
 * a country word of the person's roles, by stem ("russia" ~ "russian") or by
 * the demonym table ("french" ~ "france").
 */
import { DEMONYMS } from "../nlp/places.js";
import { RANK_ABBREVIATIONS } from "../nlp/abbreviations.js";
import { isRoleWord, MULTIWORD_ROLES, ROLE_FAMILIES } from "./lexicon.js";

/** Spell out abbreviated ranks word by word ("lt. gen" → "lieutenant general"). */
function spelledOut(role: string): string {
  return role
    .split(" ")
    .map((w) => RANK_ABBREVIATIONS.get(w.replace(/\.$/u, "")) ?? w)
    .join(" ");
}

/** Split a recorded role ("italy prime minister", "lt. gen") into its head and qualifiers. */
export function parseRole(recorded: string): { head: string; qualifiers: string[] } {
  const role = spelledOut(recorded);
  const words = role.split(" ").filter((w) => w !== "");
  for (const multi of MULTIWORD_ROLES) {
    if (role === multi || role.endsWith(` ${multi}`)) return { head: multi, qualifiers: words.slice(0, words.length - multi.split(" ").length) };
  }
  return { head: words[words.length - 1] ?? "", qualifiers: words.slice(0, -1) };
}

/** True when a description headed by `head` may refer to someone recorded as `role`. */
export function headFits(head: string, roleHead: string): boolean {
  const h = spelledOut(head);
  return h === roleHead || (ROLE_FAMILIES.get(h)?.includes(roleHead) ?? false);
}

function countryKey(word: string): string {
  const bare = word.replace(/['’]s?$/u, "");
  return DEMONYMS.get(bare) ?? bare;
}

/** "russia" ~ "russian", "ukraine" ~ "ukrainian", "italy" ~ "italian"; "austria" ≁ "australia". */
export function sameCountry(a: string, b: string): boolean {
  const x = countryKey(a);
  const y = countryKey(b);
  if (x === y) return true;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  const stem = long.startsWith(short) ? short : short.slice(0, -1);
  return stem.length >= 4 && long.startsWith(stem);
}

/** Is `head` the initials of the role's last words ("pm" of "prime minister", "cm" of "karnataka chief minister")? */
function initialsFit(head: string, recorded: string): boolean {
  if (head.length < 2 || /[^a-z]/u.test(head)) return false;
  const words = spelledOut(recorded).split(" ").filter((w) => w !== "");
  if (words.length < head.length) return false;
  return words.slice(-head.length).every((w, i) => w.startsWith(head[i] as string));
}

/** Does a description (head and country words) fit a person with these recorded roles? */
export function descriptionFits(head: string, qualifiers: readonly string[], roles: readonly string[]): boolean {
  const parsed = roles.map(parseRole);
  if (!parsed.some((r) => headFits(head, r.head)) && !roles.some((r) => initialsFit(head, r))) return false;
  const known = parsed.flatMap((r) => r.qualifiers);
  return qualifiers.every((q) => known.some((k) => sameCountry(q, k)));
}

/** Is this head noun one a definite description may resolve through ("the president")? */
export function isRoleHead(head: string): boolean {
  return ROLE_FAMILIES.has(head) || isRoleWord(head) || MULTIWORD_ROLES.includes(head) || [...ROLE_FAMILIES.values()].some((family) => family.includes(head));
}
