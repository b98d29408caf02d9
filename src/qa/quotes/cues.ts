/**
 * Reporting clauses: a cue verb (said, told, added, claimed, asked, ...) or
 * "according to", with its subject in either order ("Putin said", "said
 * Putin", "according to the Russian leader"). Passives ("was asked") and
 * relative clauses ("a resident who asked") report no one's words and are
 * left out; participles and coordinated verbs ("..., adding", "by asking",
 * "and warned") take the subject of the clause before them in the sentence.
 */
import { speakerBehindReporter } from "./according.js";
import { QUOTE_DEFAULTS } from "./defaults.js";
import { BARE_CUE_VERBS, CUE_VERBS, DOCUMENT_VERBS, isRoleWord, PASSIVE_AUX, PERSONAL_PRONOUNS, RELATIVE_PRONOUNS, SKIPPABLE } from "./lexicon.js";
import { followsQuote, labelledSpeaker, signature } from "./labels.js";
import { classifyPhrase, phraseEndingAt, phraseStartingAt, type Subject, withPostModifier } from "./phrases.js";
import { looksLikeOrganisation } from "./people.js";
import { isTitleCase } from "./shape.js";
import {
  authorsDocument,
  documentAuthor,
  documentInObject,
  isDocument,
  mainClause,
  nameBeforeAffiliation,
  nameBeforeAsides,
  subjectBeforeReducedRelative,
} from "./subjects.js";
import type { ParagraphReading, Word } from "./words.js";

/** A reporting clause in a paragraph. */
export interface Clause {
  /** Word index of the verb ("according" for "according to"). */
  verb: number;
  sentence: number;
  /** The subject phrase, or "previous": the subject of the clause before it in the sentence. */
  subject: Subject | "previous";
}

const COORDINATORS = new Set(["and", "but", "or"]);
/** Longest quoted title a list of titles holds ("Uncle John's Band"); a sentence quoted after a comma is longer. */
const TITLE_MAX_WORDS = 3;
/** Relative pronouns whose clause may report its antecedent's words ("Jane Doe, who said"). */
const SUBJECT_RELATIVES = new Set(["who", "which"]);
/** Relative pronouns that open an object clause before a subject ("which the paper noted"). */
const OBJECT_RELATIVES = new Set(["which", "that", "whom"]);
/** What skipLeft returns for a passive ("was asked"): no one's words are reported. */
const PASSIVE = -2;

/** Skip adverbs, auxiliaries and dates ("on Thursday") between a verb and its subject; PASSIVE for a passive. */
function skipLeft(words: readonly Word[], from: number, sentence: number, progressive: boolean): number {
  let k = from;
  while (k >= 0) {
    const w = words[k] as Word;
    if (w.sentence !== sentence || w.quote >= 0) return k;
    if (PASSIVE_AUX.has(w.lower) && !progressive) return PASSIVE;
    const dateAdp = w.pos === "ADP" && (words[k + 1] as Word | undefined)?.date === true;
    if (SKIPPABLE.has(w.lower) || w.pos === "ADV" || w.pos === "AUX" || w.date || dateAdp) k--;
    else return k;
  }
  return k;
}

/**
 * The subject before a comma-bounded aside: "Putin, speaking at his news
 * conference, also said", "Ms Svyrydenko, the prime minister, said". When
 * the aside is a name and the subject a description ("The prime minister,
 * Keir Starmer, told"), the name is the subject.
 */
function subjectBeforeAside(words: readonly Word[], comma: number, sentence: number, body: string): Subject | undefined {
  for (let c = comma - 1; c >= 0; c--) {
    const w = words[c] as Word;
    if (w.sentence !== sentence || w.quote >= 0) return undefined;
    if (w.text !== ",") continue;
    const opener = words[c + 1] as Word;
    const clause = RELATIVE_PRONOUNS.has(opener.lower) || (opener.pos === "VERB" && /(?:ing|ed)$/u.test(opener.lower));
    const apposition = phraseStartingAt(words, c + 1) === comma;
    let end = c;
    // "Ada Okafor, 52, who has led the city": an age between commas belongs to the name before it.
    if ((clause || apposition) && words[c - 1]?.pos === "NUM" && words[c - 2]?.text === "," && words[c - 2]?.quote === -1) end = c - 2;
    const from = clause || apposition ? phraseEndingAt(words, end - 1) : -1;
    if (from < 0) return undefined;
    const before = classifyPhrase(words, from, end, body);
    const aside = apposition ? classifyPhrase(words, c + 1, comma, body) : undefined;
    return before?.type === "description" && aside?.type === "name" ? aside : before;
  }
  return undefined;
}

function inverted(reading: ParagraphReading, verb: number, body: string): Subject | undefined {
  const end = phraseStartingAt(reading.words, verb + 1);
  const subject = end < 0 ? undefined : classifyPhrase(reading.words, verb + 1, end, body);
  return subject?.type === "name" ? subject : (appositiveName(reading.words, verb + 1, body) ?? subject);
}

/** Words a role's description may run to before its comma ("a spokesman for the Farmers' Union"). */
const DESCRIPTION_REACH = 10;

/**
 * "said Berg's spokeswoman, Maria Lund", "said a spokesman for the union,
 * Per Lindqvist": a role's description after the verb, then a comma and the
 * name it describes, which ends the clause. The name is the speaker.
 */
function appositiveName(words: readonly Word[], from: number, body: string): Subject | undefined {
  const sentence = (words[from] as Word | undefined)?.sentence;
  let role = false;
  for (let k = from; k < Math.min(words.length, from + DESCRIPTION_REACH); k++) {
    const w = words[k] as Word;
    if (w.sentence !== sentence || w.quote >= 0 || w.pos === "VERB" || w.pos === "AUX") return undefined;
    if (w.text !== ",") {
      role ||= isRoleWord(w.lower);
      continue;
    }
    const end = role ? phraseStartingAt(words, k + 1) : -1;
    const name = end < 0 ? undefined : classifyPhrase(words, k + 1, end, body);
    const after = words[end];
    const closes = !after || after.sentence !== sentence || [",", ".", ";", "—", "–"].includes(after.text);
    return name?.type === "name" && closes ? name : undefined;
  }
  return undefined;
}

const DASHES: ReadonlySet<string> = new Set(["—", "–", "-"]);
/** Longest aside between dashes skipped before a verb. */
const DASH_ASIDE_MAX_WORDS = 25;

/** The dash opening an aside that the dash at `closing` ends, within the sentence's narration; -1 if none. */
function openingDash(words: readonly Word[], closing: number, sentence: number): number {
  for (let k = closing - 1; k >= Math.max(0, closing - DASH_ASIDE_MAX_WORDS); k--) {
    const w = words[k] as Word;
    if (w.sentence !== sentence || w.quote >= 0) return -1;
    if (DASHES.has(w.text)) return k;
  }
  return -1;
}

function subjectOf(reading: ParagraphReading, verb: number, body: string, previous: boolean): Subject | "previous" | undefined {
  const { words } = reading;
  const w = words[verb] as Word;
  const participle = w.lower.endsWith("ing");
  let k = skipLeft(words, verb - 1, w.sentence, participle);
  if (k === PASSIVE) return undefined;
  let before = words[k];
  // "Jane Doe — who took office in May — said": skip an aside between dashes.
  const opening = before && DASHES.has(before.text) && before.quote < 0 ? openingDash(words, k, w.sentence) : -1;
  if (opening >= 0) before = words[(k = opening - 1)];
  if (before && before.text === ")" && before.quote < 0) {
    // Skip a parenthesis: "National Intelligence Service (NIS) said".
    while (k >= 0 && (words[k] as Word).text !== "(") k--;
    before = words[--k];
  }
  if (!before || before.sentence !== w.sentence) return participle ? undefined : inverted(reading, verb, body);
  if (before.quote >= 0) return inverted(reading, verb, body);
  if (before.pos === "PRON") {
    // "Jane Doe, who said": the relative clause reports the words of the name it hangs on.
    // Only right before the verb and with a quote after it: "Jane Doe, who has pledged to ..." describes her.
    const quoted = words.slice(verb + 1).some((x) => x.sentence === w.sentence && x.quote >= 0);
    if (SUBJECT_RELATIVES.has(before.lower) && k === verb - 1 && quoted) {
      const start = phraseEndingAt(words, words[k - 1]?.text === "," ? k - 2 : k - 1);
      const antecedent = start < 0 ? undefined : classifyPhrase(words, start, words[k - 1]?.text === "," ? k - 1 : k, body);
      return antecedent?.type === "name" ? antecedent : undefined;
    }
    if (RELATIVE_PRONOUNS.has(before.lower) || !PERSONAL_PRONOUNS.has(before.lower)) return undefined;
    return classifyPhrase(words, k, k + 1, body);
  }
  // "Roe was quoted as saying", "Roe was quoted by the Herald as saying": the one quoted speaks.
  const quoted = participle && before.lower === "as" ? quotedAs(words, k, w.sentence, body) : undefined;
  if (quoted) return quoted;
  if (participle || COORDINATORS.has(before.lower)) return previous ? "previous" : mainClause(words, k, w.sentence, body)?.subject;
  if (before.lower === "to" || before.lower === "by") return undefined;
  if (before.text === ",") return nameBeforeAsides(words, k, w.sentence, body) ?? subjectBeforeAside(words, k, w.sentence, body) ?? inverted(reading, verb, body);
  const from = phraseEndingAt(words, k);
  if (from < 0) return subjectBeforeReducedRelative(words, k, w.sentence, body);
  // "— which the paper noted —": an object relative clause reports its subject's words only when the quote is in it
  // ("which the paper called “...”").
  if (OBJECT_RELATIVES.has(words[from - 1]?.lower ?? "") && words[from - 1]?.quote === -1 && !quoteInClause(words, verb)) return undefined;
  return nameBeforeAffiliation(words, from, w.sentence, body) ?? classifyPhrase(words, withPostModifier(words, from), k + 1, body);
}

/** Words "quoted" and "as" may stand apart: "by" and who quoted ("by the state news agency"). */
const QUOTED_BY_MAX = 6;

/**
 * The subject of "X was quoted [by …] as saying", the wire's way of passing on
 * another outlet's quote; `as` is the index of "as". A passive whose subject
 * is the speaker, where any other passive reports no one's words.
 */
function quotedAs(words: readonly Word[], as: number, sentence: number, body: string): Subject | undefined {
  let q = as - 1;
  while (q > as - 2 - QUOTED_BY_MAX && words[q] !== undefined && (words[q] as Word).sentence === sentence && (words[q] as Word).lower !== "quoted") q--;
  const verb = words[q];
  if (verb?.lower !== "quoted" || verb.quote >= 0 || verb.sentence !== sentence || (q + 1 < as && words[q + 1]?.lower !== "by")) return undefined;
  // "was quoted", "was also quoted", "had been quoted".
  let aux = q - 1;
  while (words[aux]?.pos === "ADV") aux--;
  if (!PASSIVE_AUX.has(words[aux]?.lower ?? "")) return undefined;
  const end = aux - 1;
  const last = words[end];
  if (!last || last.sentence !== sentence || last.quote >= 0) return undefined;
  if (last.text === ",") return nameBeforeAsides(words, end, sentence, body) ?? subjectBeforeAside(words, end, sentence, body);
  if (last.pos === "PRON") return PERSONAL_PRONOUNS.has(last.lower) ? classifyPhrase(words, end, end + 1, body) : undefined;
  const from = phraseEndingAt(words, end);
  return from < 0 ? undefined : classifyPhrase(words, from, end + 1, body);
}

/** Does a quote follow the verb within its clause (no comma, dash, colon or semicolon before it)? */
function quoteInClause(words: readonly Word[], verb: number): boolean {
  const sentence = (words[verb] as Word).sentence;
  for (let k = verb + 1; k < words.length; k++) {
    const w = words[k] as Word;
    if (w.sentence !== sentence) return false;
    if (w.quote >= 0) return true;
    if (["—", "–", ":", ";", ","].includes(w.text)) return false;
  }
  return false;
}

/** A document subject speaks for its author when the text names one ("the statement by Acme"). */
function authorOf(words: readonly Word[], subject: Subject | "previous" | undefined, sentence: number, body: string): Subject | "previous" | undefined {
  if (subject === undefined || subject === "previous" || !isDocument(subject)) return subject;
  return documentAuthor(words, subject.from, subject.to, sentence, body) ?? subject;
}

/** Is there a reporting verb (resolved or not) in the narration of this sentence? */
export function hasCue(reading: ParagraphReading, sentence: number): boolean {
  return reading.words.some(
    (w, i) => w.quote < 0 && w.sentence === sentence && ((CUE_VERBS.has(w.lower) && w.pos === "VERB") || (w.lower === "according" && reading.words[i + 1]?.lower === "to")),
  );
}

/**
 * A quote introduced by a colon, or by a comma with a capital (“...”), in a
 * sentence with no reporting clause before it: its speaker is the subject
 * of the clause that introduces it ("Jane Doe rejected the plan: “...”").
 * Longer than a scare quote and worked into the sentence, it is the
 * subject's words when the subject is a person.
 */
function introducingClauses(reading: ParagraphReading, clauses: readonly Clause[], body: string): Clause[] {
  const { words } = reading;
  const found: Clause[] = [];
  words.forEach((w, i) => {
    const lead = words[i - 1];
    if (w.quote < 0 || !lead || lead.quote >= 0 || lead.sentence !== w.sentence || words[i - 1]?.quote === w.quote) return;
    const colon = lead.text === ":";
    const length = words.filter((x) => x.quote === w.quote && x.pos !== "PUNCT").length;
    const long = length > QUOTE_DEFAULTS.scareQuoteMaxWords;
    // A sentence after a comma, not one of a list of quoted titles ("Dark Days", "Old Roads", ...).
    const capitalComma = lead.text === "," && /^\p{Lu}/u.test(words[i + 1]?.text ?? "") && length > TITLE_MAX_WORDS && words[i - 2]?.quote === -1;
    const span = reading.spans[w.quote];
    if (span && isTitleCase(body.slice(span.start, span.end))) return;
    if (!colon && !capitalComma && !long) return;
    if ([...clauses, ...found].some((c) => c.sentence === w.sentence && c.verb < i)) return;
    const main = mainClause(words, i - 1, w.sentence, body) ?? (colon ? labelledSpeaker(words, i - 1, w.sentence, body) : undefined);
    const subject = main === undefined ? undefined : (documentInObject(words, main.verb, i - 1, w.sentence, body) ?? authorOf(words, main.subject, w.sentence, body));
    // Worked into the sentence with no colon ("Jane Doe dismissed it as “a waste of money”"), only a person's words count.
    const personal = typeof subject === "object" && (subject.type === "pronoun" ? subject.pronoun !== "it" : subject.type === "name" && !looksLikeOrganisation(subject.name));
    if (main && subject && (colon || capitalComma || personal)) found.push({ verb: main.verb, sentence: w.sentence, subject });
  });
  return found;
}

/** The reporting clauses of a paragraph's narration, in order. */
export function findClauses(reading: ParagraphReading, body: string): Clause[] {
  const { words } = reading;
  const clauses: Clause[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as Word;
    if (w.quote >= 0) continue;
    const previous = clauses.some((c) => c.sentence === w.sentence);
    if (w.lower === "according" && words[i + 1]?.lower === "to") {
      const end = phraseStartingAt(words, i + 2);
      const subject = end < 0 ? undefined : authorOf(words, classifyPhrase(words, i + 2, end, body), w.sentence, body);
      const behind = subject === undefined || subject === "previous" ? undefined : speakerBehindReporter(reading, i, end, subject, (v) => subjectOf(reading, v, body, false), body);
      if (behind) clauses.push({ verb: behind.verb, sentence: w.sentence, subject: behind.subject });
      else if (subject) clauses.push({ verb: i, sentence: w.sentence, subject });
      continue;
    }
    const signed = DASHES.has(w.text) ? signature(words, i, w.sentence, body) : undefined;
    if (signed) {
      clauses.push({ verb: i, sentence: w.sentence, subject: signed });
      continue;
    }
    const documentVerb = DOCUMENT_VERBS.has(w.lower);
    if (!(CUE_VERBS.has(w.lower) || documentVerb)) continue;
    // "Jane Doe alleged, ...", "the party informed the press": a past form the tagger reads as an adjective after a
    // name, or after a noun and before an object or punctuation, is still the verb; so it is right after the quote
    // ("…,” fumed a shop owner").
    const prior = words[i - 1];
    const objectNext = ["DET", "PRON", "PUNCT"].includes(words[i + 1]?.pos ?? "PUNCT");
    const afterSubject = prior?.quote === -1 && (prior.pos === "PROPN" || (prior.pos === "NOUN" && objectNext));
    const afterQuote = followsQuote(prior);
    // So is a present form the tagger reads as a plural noun, right after the quote, or after a name and before
    // punctuation, "that" or the quote ("…,” notes Roe", "Roe muses.", "Cohen notes that"; not "the Crusader states
    // in the Levant", nor "IPCC reports cover “…”").
    const next = words[i + 1];
    const pluralRead = w.pos === "NOUN" && w.lower.endsWith("s") && (afterQuote || (prior?.quote === -1 && prior.pos === "PROPN" && (next === undefined || next.pos === "PUNCT" || next.lower === "that" || next.quote >= 0)));
    if (!(w.pos === "VERB" || pluralRead || (w.pos === "ADJ" && w.lower.endsWith("ed") && (afterSubject || afterQuote)))) continue;
    const after = words[i + 1];
    // "continued" reports words only with nothing after it ("she continued.") or right after them ("…,” continued Okafor").
    if (BARE_CUE_VERBS.has(w.lower) && after && after.quote < 0 && after.pos !== "PUNCT" && !afterQuote) continue;
    // "claimed by Ukraine": a passive with its agent.
    if (words[i + 1]?.lower === "by" && !w.lower.endsWith("ing")) continue;
    const raw = subjectOf(reading, i, body, previous);
    if (documentVerb && !(typeof raw === "object" && (isDocument(raw) || authorsDocument(words, raw.from, w.sentence)))) continue;
    const subject = authorOf(words, raw, w.sentence, body);
    if (subject) clauses.push({ verb: i, sentence: w.sentence, subject });
  }
  return [...clauses, ...introducingClauses(reading, clauses, body)].sort((a, b) => a.verb - b.verb);
}
