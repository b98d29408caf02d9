/**
 * "according to" that names who reported the words, not who said them:
 * "According to the BBC, a spokesman for the ministry expressed regret; “...”"
 * and "Jane Doe, the court's president, decided, according to the summary,
 * “...”". When the source after "according to" is an outlet, an agency or a
 * document with no author, and the sentence's own clause has a person (a
 * name, he or she, or a description of someone) as its subject, that
 * subject speaks.
 */
import { isAcronym } from "../nlp/normalize.js";
import { looksLikeOrganisation } from "./people.js";
import type { Subject } from "./phrases.js";
import { isRoleHead } from "./roles.js";
import { isDocument } from "./subjects.js";
import { classifyPhrase, phraseStartingAt } from "./phrases.js";
import { isCapitalised, type ParagraphReading, type Word } from "./words.js";

/** The subject of the clause of the verb at a word index (cues.ts subjectOf). */
export type SubjectOfVerb = (verb: number) => Subject | "previous" | undefined;

/** An outlet, an agency or a document with no author: it passes words on. */
function reportsOnly(source: Subject): boolean {
  if (source.type === "description") return isDocument(source);
  return source.type === "name" && source.honorific === undefined && (looksLikeOrganisation(source.name) || isAcronym(source.name));
}

/** A subject that stands for someone who speaks: a name, he or she, a role, or a description naming whom it serves ("a spokesman for Acme"). */
function speaks(subject: Subject): boolean {
  if (subject.type === "name") return true;
  if (subject.type === "pronoun") return subject.pronoun === "he" || subject.pronoun === "she";
  return isRoleHead(subject.head) || /\s(?:for|of|at)\s+(?:the\s+)?[\p{Lu}\d]/u.test(subject.text);
}

/**
 * The verb whose clause holds an "according to" phrase at `[according,
 * end)`: the verb just before its comma ("S decided, according to ..."), or,
 * when the phrase opens the sentence ("According to X, S expressed ..."),
 * the first verb after its comma.
 */
function hostVerb(words: readonly Word[], according: number, end: number): number | undefined {
  const sentence = (words[according] as Word).sentence;
  const before = words[according - 2];
  if (words[according - 1]?.text === "," && before?.pos === "VERB" && before.quote < 0) return according - 2;
  const opens = words[according - 1]?.sentence !== sentence;
  if (!opens || words[end]?.text !== ",") return undefined;
  for (let k = end + 1; k < words.length; k++) {
    const w = words[k] as Word;
    if (w.sentence !== sentence || w.quote >= 0) return undefined;
    // "10 Downing Street": a capitalised word the tagger reads as a verb belongs to a name.
    if (w.pos === "VERB" && !isCapitalised(w)) return k;
  }
  return undefined;
}

/** The subject that speaks behind an "according to" source, if the source only reports. */
export function speakerBehindReporter(
  reading: ParagraphReading,
  according: number,
  end: number,
  source: Subject,
  subjectOfVerb: SubjectOfVerb,
  body: string,
): { verb: number; subject: Subject } | undefined {
  if (!reportsOnly(source)) return undefined;
  const verb = hostVerb(reading.words, according, end);
  if (verb === undefined) return undefined;
  const subject = subjectOfVerb(verb);
  if (typeof subject === "object" && speaks(subject)) return { verb, subject };
  const opening = openingName(reading.words, verb, body);
  return opening ? { verb, subject: opening } : undefined;
}

/** "Jane Doe, the chair of the panel, decided": a name opening the sentence, set off by a comma, before the verb. */
function openingName(words: readonly Word[], verb: number, body: string): Subject | undefined {
  const sentence = (words[verb] as Word).sentence;
  const start = words.findIndex((w) => w.sentence === sentence);
  const to = phraseStartingAt(words, start);
  if (to < 0 || to >= verb || words[to]?.text !== ",") return undefined;
  const name = classifyPhrase(words, start, to, body);
  return name?.type === "name" ? name : undefined;
}
