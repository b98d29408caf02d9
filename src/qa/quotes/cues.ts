/**
 * Reporting clauses: a cue verb (said, told, added, claimed, asked, ...) or
 * "according to", with its subject in either order ("Putin said", "said
 * Putin", "according to the Russian leader"). Passives ("was asked") and
 * relative clauses ("a resident who asked") report no one's words and are
 * left out; participles and coordinated verbs ("..., adding", "by asking",
 * "and warned") take the subject of the clause before them in the sentence.
 */
import { CUE_VERBS, PASSIVE_AUX, PERSONAL_PRONOUNS, RELATIVE_PRONOUNS, SKIPPABLE } from "./lexicon.js";
import { classifyPhrase, phraseEndingAt, phraseStartingAt, type Subject, withPostModifier } from "./phrases.js";
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
    const from = clause || apposition ? phraseEndingAt(words, c - 1) : -1;
    if (from < 0) return undefined;
    const before = classifyPhrase(words, from, c, body);
    const aside = apposition ? classifyPhrase(words, c + 1, comma, body) : undefined;
    return before?.type === "description" && aside?.type === "name" ? aside : before;
  }
  return undefined;
}

function inverted(reading: ParagraphReading, verb: number, body: string): Subject | undefined {
  const end = phraseStartingAt(reading.words, verb + 1);
  return end < 0 ? undefined : classifyPhrase(reading.words, verb + 1, end, body);
}

function subjectOf(reading: ParagraphReading, verb: number, body: string, previous: boolean): Subject | "previous" | undefined {
  const { words } = reading;
  const w = words[verb] as Word;
  const participle = w.lower.endsWith("ing");
  let k = skipLeft(words, verb - 1, w.sentence, participle);
  if (k === PASSIVE) return undefined;
  let before = words[k];
  if (before && before.text === ")" && before.quote < 0) {
    // Skip a parenthesis: "National Intelligence Service (NIS) said".
    while (k >= 0 && (words[k] as Word).text !== "(") k--;
    before = words[--k];
  }
  if (!before || before.sentence !== w.sentence) return participle ? undefined : inverted(reading, verb, body);
  if (before.quote >= 0) return inverted(reading, verb, body);
  if (before.pos === "PRON") {
    if (RELATIVE_PRONOUNS.has(before.lower) || !PERSONAL_PRONOUNS.has(before.lower)) return undefined;
    return classifyPhrase(words, k, k + 1, body);
  }
  if (participle || COORDINATORS.has(before.lower)) return previous ? "previous" : undefined;
  if (before.lower === "to" || before.lower === "by") return undefined;
  if (before.text === ",") return subjectBeforeAside(words, k, w.sentence, body) ?? inverted(reading, verb, body);
  const from = phraseEndingAt(words, k);
  return from < 0 ? undefined : classifyPhrase(words, withPostModifier(words, from), k + 1, body);
}

/** Is there a reporting verb (resolved or not) in the narration of this sentence? */
export function hasCue(reading: ParagraphReading, sentence: number): boolean {
  return reading.words.some(
    (w, i) => w.quote < 0 && w.sentence === sentence && ((CUE_VERBS.has(w.lower) && w.pos === "VERB") || (w.lower === "according" && reading.words[i + 1]?.lower === "to")),
  );
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
      const subject = end < 0 ? undefined : classifyPhrase(words, i + 2, end, body);
      if (subject) clauses.push({ verb: i, sentence: w.sentence, subject });
      continue;
    }
    if (!CUE_VERBS.has(w.lower) || w.pos !== "VERB") continue;
    // "claimed by Ukraine": a passive with its agent.
    if (words[i + 1]?.lower === "by" && !w.lower.endsWith("ing")) continue;
    const subject = subjectOf(reading, i, body, previous);
    if (subject) clauses.push({ verb: i, sentence: w.sentence, subject });
  }
  return clauses;
}
