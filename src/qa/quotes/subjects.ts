/**
 * Subjects that stand further from their verb than the phrase next to it,
 * in the shapes news prose of every house style uses:
 * - a name followed by asides, each between commas ("Jane Doe, a lecturer
 *   at the college who led the study, said"; "Jane Doe, of the Post, a
 *   former judge, said");
 * - a name followed by its affiliation ("Jane Doe of the Farmers' Union
 *   said", "Jane Doe from the opposition said"): the name speaks, not the
 *   organisation;
 * - the subject of the sentence's main clause, for a quote introduced by a
 *   colon or a comma after a verb that is no reporting verb ("Jane Doe
 *   rejected the plan: “...”", "Jane Doe, on her blog, defended it, “...”");
 * - a document that speaks for its author ("according to a statement by
 *   Jane Doe", "the ruling of the Court read", "the council's report");
 * - a subject with a relative clause that has no relative pronoun ("some of
 *   the farmers the paper interviewed said").
 */
import { baseForm } from "../nlp/normalize.js";
import { AFFILIATION_PREPOSITIONS, DOCUMENT_NOUNS, isRoleWord, PASSIVE_AUX, POSSESSIVE_PRONOUNS, SKIPPABLE } from "./lexicon.js";
import { capitalisedName, classifyPhrase, phraseEndingAt, phraseStartingAt, type Subject, withPostModifier } from "./phrases.js";
import { isCapitalised, type Word } from "./words.js";

/** Conjunctions that open a clause with a subject of its own ("..., while Acme said"); "as" and "that" do not. */
const CLAUSE_OPENERS = new Set(["while", "whereas", "although", "though", "because", "since", "when", "after", "before", "if", "unless", "until"]);

/** Narration word of the sentence, or undefined past its edge. */
function at(words: readonly Word[], k: number, sentence: number): Word | undefined {
  const w = words[k];
  return w && w.sentence === sentence && w.quote < 0 ? w : undefined;
}

/** First word of the clause holding word `k`: the sentence start, or just after a quote, a colon, a semicolon or a dash. */
function clauseOpening(words: readonly Word[], k: number, sentence: number): number {
  let i = k;
  while (i > 0) {
    const w = at(words, i - 1, sentence);
    if (!w || w.text === ":" || w.text === ";" || w.text === "—" || w.text === "–") break;
    // "..., while Acme called it": a subordinate or coordinated clause has its own subject.
    if (CLAUSE_OPENERS.has(w.lower) || (w.pos === "CCONJ" && at(words, i - 2, sentence)?.text === ",")) break;
    i--;
  }
  // "while Acme, in a post, called it": a conjunction opening the clause is not part of its subject.
  while (at(words, i, sentence) && ["SCONJ", "CCONJ"].includes((words[i] as Word).pos)) i++;
  return i;
}

/**
 * The name opening a chain of comma-bounded asides that ends at `comma`,
 * the comma just before the verb: the leftmost stretch between commas that
 * is one name phrase and nothing else.
 */
export function nameBeforeAsides(words: readonly Word[], comma: number, sentence: number, body: string): Subject | undefined {
  const opening = clauseOpening(words, comma, sentence);
  const commas: number[] = [];
  for (let k = opening; k <= comma; k++) if ((words[k] as Word).text === ",") commas.push(k);
  let start = opening;
  for (const c of commas) {
    // "the Northern Front (NF),": an acronym in brackets closes the name.
    let end = c;
    if (words[c - 1]?.text === ")") while (end > start && (words[end - 1] as Word).text !== "(") end--;
    if (end < c) end--;
    // One word the tagger misreads may open the stretch ("Lead author Jane Doe,": "Lead" tagged a verb).
    const from = phraseStartingAt(words, start) === end ? start : phraseEndingAt(words, end - 1);
    if (from >= start && from <= start + 1 && end > from) {
      // "a State Department spokesperson, Jane Doe, said": a name ends with a capitalised word.
      const subject = capitalisedName(words, from, end, body);
      if (subject) return subject;
    }
    start = c + 1;
  }
  return undefined;
}

/**
 * "Jane Doe of the Farmers' Union": when the phrase `[from, to)` before a
 * verb follows an affiliation preposition that follows a name, the name.
 */
export function nameBeforeAffiliation(words: readonly Word[], from: number, sentence: number, body: string): Subject | undefined {
  const adp = at(words, from - 1, sentence);
  if (!adp || !AFFILIATION_PREPOSITIONS.has(adp.lower)) return undefined;
  const start = phraseEndingAt(words, from - 2);
  if (start < 0) return undefined;
  const subject = classifyPhrase(words, start, from - 1, body);
  return subject?.type === "name" && (subject.name.includes(" ") || subject.title.length > 0 || subject.honorific !== undefined) ? subject : undefined;
}

/**
 * The subject and verb of the clause that holds word `before`: the clause's
 * first noun phrase (after an opening adverbial or participle clause that
 * ends in a comma: "In a statement, the agency rejected", "Asked about the
 * dam, Roe was blunt"), then, past asides between commas and adverbs, a verb.
 */
export function mainClause(words: readonly Word[], before: number, sentence: number, body: string): { subject: Subject; verb: number } | undefined {
  let start = clauseOpening(words, before, sentence);
  const first = at(words, start, sentence);
  if (!first) return undefined;
  // An opening participle clause is an adverbial too ("Asked whether the dam would hold, Roe was unequivocal:").
  const participle = first.pos === "VERB" && /(?:ed|ing)$/u.test(first.lower);
  if (first.pos === "ADP" || first.pos === "ADV" || participle) {
    let k = start;
    while (k < before && (words[k] as Word).text !== ",") k++;
    if (k >= before) return undefined;
    start = k + 1;
  }
  let end = phraseStartingAt(words, start);
  if (end < 0 || end >= before) return undefined;
  // "The government of the islands issued": a post-modifier belongs to the subject.
  const connector = at(words, end, sentence);
  if (connector && (connector.lower === "of" || connector.lower === "in")) {
    const further = phraseStartingAt(words, end + 1);
    if (further > end + 1 && further < before) end = further;
  }
  let subject = classifyPhrase(words, start, end, body);
  if (!subject) return undefined;
  let k = end;
  // "Jane Doe, also on her blog, defended": skip one aside between commas;
  // "One of the groups, the Northern Front (NF), opposed": a name in it outranks a description.
  if (at(words, k, sentence)?.text === ",") {
    const asideFrom = k + 1;
    k++;
    while (k < before && (words[k] as Word).text !== ",") k++;
    const asideEnd = phraseStartingAt(words, asideFrom);
    const aside = asideEnd > asideFrom ? classifyPhrase(words, asideFrom, asideEnd, body) : undefined;
    const rest = words.slice(asideEnd, k).map((w) => w.text).join("");
    if (subject.type === "description" && aside?.type === "name" && (rest === "" || /^\([\p{Lu}\d&.]+\)$/u.test(rest))) subject = aside;
    k++;
  }
  let passive = false;
  let auxiliary = false;
  while (k < before) {
    const w = words[k] as Word;
    if (!(SKIPPABLE.has(w.lower) || w.pos === "ADV" || w.pos === "AUX")) break;
    if (PASSIVE_AUX.has(w.lower)) passive = true;
    if (w.pos === "AUX") auxiliary = true;
    k++;
  }
  const verb = at(words, k, sentence);
  // "Jane Doe was blunt: “...”": what the subject was, right before the colon that opens the quote.
  if (passive && verb && k === before - 1 && words[before]?.text === ":" && isPredicate(verb) && isSomeone(subject)) return { subject, verb: k };
  // After an auxiliary an -ing word is the verb, however it is tagged ("has been campaigning").
  if (!verb || k >= before || !(verb.pos === "VERB" || (auxiliary && verb.lower.endsWith("ing")))) return undefined;
  // "He was known as “...”": a passive reports what others say of the subject; "has been working" is no passive,
  // and a participle with no auxiliary ("Jane Doe, smiling, ...") is no main verb.
  const progressive = verb.lower.endsWith("ing");
  if (progressive ? !auxiliary : passive) return undefined;
  return { subject, verb: k };
}

/**
 * A word saying what someone was, after a form of "be": an adjective, which
 * the tagger may read as a verb ("blunt"), never a participle ("was asked:",
 * "was told:" report words said to the subject).
 */
function isPredicate(w: Word): boolean {
  return w.pos === "ADJ" || (w.pos === "VERB" && !/(?:ed|en)$/u.test(w.lower) && baseForm(w.lower) === w.lower);
}

/** A person, by name, pronoun or role ("The reason is simple:" introduces no one's words). */
function isSomeone(subject: Subject): boolean {
  if (subject.type === "name") return true;
  if (subject.type === "pronoun") return subject.pronoun !== "it";
  return isRoleWord(subject.head);
}

/** Is this description a document ("a statement", "the court's ruling", "their letter")? */
export function isDocument(subject: Subject): boolean {
  return subject.type === "description" && DOCUMENT_NOUNS.has(subject.head);
}

/**
 * Who speaks through a document phrase `[from, to)`: the agent written
 * after it within a few words ("a statement released on Monday by Jane
 * Doe", "the ruling of the Court"), else its possessor ("the court's
 * summary", "Acme's statement"), else undefined.
 */
export function documentAuthor(words: readonly Word[], from: number, to: number, sentence: number, body: string): Subject | undefined {
  const AGENT_WINDOW = 6;
  for (let k = to; k < to + AGENT_WINDOW; k++) {
    const w = at(words, k, sentence);
    if (!w || w.text === "," || (w.pos === "VERB" && !/(?:ed|en)$/u.test(w.lower))) break;
    if (w.lower !== "by" && w.lower !== "of" && w.lower !== "from") continue;
    const end = phraseStartingAt(words, k + 1);
    const agent = end < 0 ? undefined : classifyPhrase(words, k + 1, end, body);
    if (agent && !isDocument(agent)) return agent;
  }
  const opener = words[from] as Word;
  // "the government statement", "a company post": the noun before the document is its author.
  const owner = words[to - 2];
  if (to - 2 >= from && owner && (owner.pos === "NOUN" || owner.pos === "PROPN") && !/^['’‘]s?$/u.test(owner.text)) return classifyPhrase(words, from, to - 1, body);
  // "their statement": the possessive may open the phrase or stand just before it.
  const possessor = POSSESSIVE_PRONOUNS.has(opener.lower) ? opener : at(words, from - 1, sentence);
  const pronoun = possessor === undefined ? undefined : POSSESSIVE_PRONOUNS.get(possessor.lower);
  if (possessor && pronoun !== undefined) return { type: "pronoun", from, to: from + 1, text: possessor.text, pronoun };
  for (let k = to - 2; k >= from; k--) {
    const w = words[k] as Word;
    if (!/^['’‘]s?$/u.test(w.text)) continue;
    const start = phraseEndingAt(words, k - 1);
    if (start >= from) return classifyPhrase(words, start, k, body);
  }
  return undefined;
}

/** "the ruling of the Court", "a post by Acme", "the decree signed by the Pope": the phrase at `from` is the author of a document written just before it. */
export function authorsDocument(words: readonly Word[], from: number, sentence: number): boolean {
  const adp = at(words, from - 1, sentence);
  if (!adp || !["of", "by"].includes(adp.lower)) return false;
  // "the decree signed by the Pope": a participle may stand between the document and its author.
  const participle = adp.lower === "by" && at(words, from - 2, sentence)?.pos === "VERB" ? 1 : 0;
  const head = at(words, from - 2 - participle, sentence);
  return head !== undefined && DOCUMENT_NOUNS.has(head.lower);
}

/**
 * "issued the following statement from the king:": a document named
 * between the verb and the quote, with its author after "from" or "by".
 */
export function documentInObject(words: readonly Word[], verb: number, before: number, sentence: number, body: string): Subject | undefined {
  for (let k = verb + 1; k < before; k++) {
    const w = at(words, k, sentence);
    if (!w || !DOCUMENT_NOUNS.has(w.lower)) continue;
    const next = at(words, k + 1, sentence);
    if (!next || (next.lower !== "from" && next.lower !== "by")) continue;
    const end = phraseStartingAt(words, k + 2);
    if (end > k + 2 && end <= before) return classifyPhrase(words, k + 2, end, body);
  }
  return undefined;
}

/**
 * "Some of the farmers the paper interviewed said": when the word before a
 * reporting verb is a verb whose own subject is a name or a pronoun
 * right after a common noun phrase, that noun phrase is the reporting verb's
 * subject (the clause between is a relative clause with no "that").
 */
export function subjectBeforeReducedRelative(words: readonly Word[], k: number, sentence: number, body: string): Subject | undefined {
  const verb = at(words, k, sentence);
  if (!verb || verb.pos !== "VERB" || verb.lower.endsWith("ing")) return undefined;
  let inner = k - 1;
  const pronoun = at(words, inner, sentence)?.pos === "PRON";
  if (!pronoun) while (at(words, inner, sentence)?.pos === "PROPN") inner--;
  else inner--;
  if (inner === k - 1) return undefined;
  // "the farmers the Gazette interviewed": the inner subject's own article.
  if (!pronoun && at(words, inner, sentence)?.pos === "DET") inner--;
  const head = at(words, inner, sentence);
  if (!head || head.pos !== "NOUN" || isCapitalised(head)) return undefined;
  const from = phraseEndingAt(words, inner);
  if (from < 0) return undefined;
  const subject = classifyPhrase(words, withPostModifier(words, from), inner + 1, body);
  return subject?.type === "description" ? subject : undefined;
}
