/**
 * One article's contribution to the quote index, and when it can be reused.
 * Attribution reads one article plus two things the whole corpus knows (a
 * person's titles across the corpus, the full name behind a surname). Each
 * question it asks is recorded with its answer; after an edit elsewhere, the
 * article's contribution stands as long as the corpus gives the same answers,
 * and attribution runs again only where one differs. Speaker ids are not part
 * of it: they are looked up afresh on every build.
 */
import type { SpeakerTable } from "./speakers.js";
import type { ArticlePerson, IndexedQuote, RejectedSpan } from "./types.js";

/** What attribution asked the corpus, with the answers: titles by person number in the article's people, full names by surname key. */
export interface Asked {
  roles: Array<[number, string[]]>;
  surnames: Array<[string, string | null]>;
}

export interface ArticleContribution {
  /** The article's quotes without speaker ids, each with the name to look its speaker up by. */
  quotes: Array<{ quote: Omit<IndexedQuote, "speakerId">; name: string | null }>;
  /** The people after attribution (speakers it found, aliases it learnt). */
  people: ArticlePerson[];
  rejected: RejectedSpan[];
  /** null when attribution asked about someone outside the article's people: then it always runs again. */
  asked: Asked | null;
}

type Corpus = Pick<SpeakerTable, "rolesOf" | "knownSurname">;

/** The corpus's answers, recorded as attribution asks for them. */
export function recordingCorpus(corpus: Corpus, people: readonly ArticlePerson[]): Corpus & { asked(): Asked | null } {
  const numbers = new Map(people.map((p, i) => [p, i] as const));
  const roles = new Map<number, string[]>();
  const surnames = new Map<string, string | null>();
  let traceable = true;
  return {
    rolesOf(person) {
      const answer = corpus.rolesOf(person);
      const n = numbers.get(person);
      if (n === undefined) traceable = false;
      else roles.set(n, [...answer]);
      return answer;
    },
    knownSurname(key) {
      const answer = corpus.knownSurname(key);
      surnames.set(key, answer ?? null);
      return answer;
    },
    asked: () => (traceable ? { roles: [...roles], surnames: [...surnames] } : null),
  };
}

/** Does the corpus still answer every recorded question the same? */
export function stillHolds(asked: Asked | null, people: readonly ArticlePerson[], corpus: Corpus): boolean {
  if (!asked) return false;
  for (const [n, roles] of asked.roles) {
    const person = people[n];
    const now = person ? corpus.rolesOf(person) : undefined;
    if (!now || now.length !== roles.length || now.some((r, i) => r !== roles[i])) return false;
  }
  return asked.surnames.every(([key, name]) => (corpus.knownSurname(key) ?? null) === name);
}

const isString = (x: unknown) => typeof x === "string";
const isStringList = (x: unknown) => Array.isArray(x) && x.every(isString);

/**
 * A contribution read from the cache, checked for the shape the build relies
 * on and for every quote still matching its article's text (the cache is
 * ours, but a damaged one must cost a rebuild, never a wrong citation).
 */
export function checkedContribution(x: unknown, body: string, articleId: string): ArticleContribution | undefined {
  const c = x as Partial<ArticleContribution> | null;
  if (typeof c !== "object" || c === null || !Array.isArray(c.quotes) || !Array.isArray(c.people) || !Array.isArray(c.rejected)) return undefined;
  const asked = c.asked;
  if (asked !== null && (typeof asked !== "object" || !Array.isArray(asked?.roles) || !Array.isArray(asked.surnames))) return undefined;
  if (asked && !asked.roles.every((r) => Array.isArray(r) && Number.isInteger(r[0]) && isStringList(r[1]))) return undefined;
  if (asked && !asked.surnames.every((s) => Array.isArray(s) && isString(s[0]) && (s[1] === null || isString(s[1])))) return undefined;
  if (!c.people.every((p) => typeof p === "object" && p !== null && isString(p.name) && isString(p.articleId))) return undefined;
  for (const entry of c.quotes) {
    const q = entry?.quote;
    if (!q || (entry.name !== null && !isString(entry.name)) || !isString(q.key) || !isString(q.group) || !isStringList(q.terms) || !isStringList(q.contextTerms)) return undefined;
    const cite = q.citation;
    if (!cite || cite.articleId !== articleId || !Number.isInteger(cite.start) || !Number.isInteger(cite.end) || body.slice(cite.start, cite.end) !== q.text) return undefined;
  }
  return c as ArticleContribution;
}
