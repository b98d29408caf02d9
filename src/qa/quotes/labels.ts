/**
 * Quotes credited without a reporting verb: a name signed after the quote
 * ("“…” — Mayor Ada Okafor"), a speaker's label before a colon ("Mayor Ada
 * Okafor: “…”"), and what someone said named as a noun before a colon
 * ("Okafor's verdict: “…”", "In Okafor's words: “…”", "Her answer: “…”").
 */
import { POSSESSIVE_PRONOUNS } from "./lexicon.js";
import { looksLikeOrganisation } from "./people.js";
import { capitalisedName, phraseEndingAt, phraseStartingAt, type Subject } from "./phrases.js";
import type { Word } from "./words.js";

/**
 * "“…” — Mayor Ada Okafor.": a quote signed after a dash, as pull quotes and
 * captions credit it. The dash follows the quote's closing mark, and the
 * rest of the sentence is one name (an aside after a comma may follow:
 * "— Ada Okafor, mayor of Lagos"); an outlet or body credited so ("— Reuters")
 * speaks for itself, and the quote inherits no one else's name.
 */
export function signature(words: readonly Word[], dash: number, sentence: number, body: string): Subject | undefined {
  if (!followsQuote(words[dash - 1])) return undefined;
  const end = phraseStartingAt(words, dash + 1);
  const after = words[end];
  if (end <= dash + 1 || (after && after.sentence === sentence && after.text !== "," && after.pos !== "PUNCT")) return undefined;
  return capitalisedName(words, dash + 1, end, body);
}

/** Is this word inside a quote or its closing mark: does what follows it come right after quoted words? */
export function followsQuote(w: Word | undefined): boolean {
  return w !== undefined && (w.quote >= 0 || /^["”’]$/u.test(w.text));
}

/** Who the narration before a quote's colon credits, when it is a label rather than a clause. */
export function labelledSpeaker(words: readonly Word[], colon: number, sentence: number, body: string): { subject: Subject; verb: number } | undefined {
  const first = words.findIndex((x) => x.sentence === sentence);
  if (first < 0 || words[first]?.quote !== -1) return undefined;
  return speakerLabel(words, first, colon, body) ?? possessiveLabel(words, first, colon, body);
}

/** A live page's time stamp before its entry ("12:45", "12.45pm", "12:45 GMT"). */
const TIME = /^\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?$/iu;

/**
 * "Mayor Ada Okafor: “…”": a sentence whose narration is one person's name
 * and a colon, as transcripts and live pages label who speaks, perhaps after
 * the entry's time ("12:45 — Okafor: “…”") and with a party or place in
 * brackets ("Okafor (Labour): “…”"). The colon stands for the reporting verb.
 */
function speakerLabel(words: readonly Word[], first: number, colon: number, body: string): { subject: Subject; verb: number } | undefined {
  let start = first;
  if (TIME.test(words[start]?.text ?? "")) {
    start++;
    // A time zone ("GMT", "ET") and the dash or colon after the time.
    if (/^\p{Lu}{2,4}$/u.test(words[start]?.text ?? "")) start++;
    if (words[start]?.pos === "PUNCT") start++;
  }
  let end = colon;
  if (words[end - 1]?.text === ")") {
    while (end > start && words[end - 1]?.text !== "(") end--;
    end--;
  }
  if (end <= start || phraseStartingAt(words, start) !== end) return undefined;
  const subject = capitalisedName(words, start, end, body);
  return subject && !looksLikeOrganisation(subject.name) ? { subject, verb: colon } : undefined;
}

const COPULAS = new Set(["was", "is", "were", "are"]);

/** Nouns that name what someone said, as a feature writer labels a quote with them. */
const SPEECH_NOUNS: ReadonlySet<string> = new Set([
  "verdict", "words", "message", "reply", "response", "answer", "view", "advice", "warning", "reaction", "assessment",
  "conclusion", "take", "plea", "promise", "prediction", "explanation", "comment", "comments", "statement", "retort", "summary",
]);

/**
 * "Okafor's verdict: “…”", "In Okafor's words: “…”", "Her blunt answer: “…”",
 * "Okafor's response was swift: “…”": the narration is a possessor and a noun
 * for what was said (perhaps with what it was), with at most an opening
 * preposition before them. The possessor speaks.
 */
function possessiveLabel(words: readonly Word[], first: number, colon: number, body: string): { subject: Subject; verb: number } | undefined {
  // "Hale's response was swift:": the noun before a copula and what it was.
  const judged = COPULAS.has(words[colon - 2]?.lower ?? "") && (words[colon - 1]?.pos === "ADJ" || words[colon - 1]?.pos === "VERB");
  const at = judged ? colon - 3 : colon - 1;
  const noun = words[at];
  if (!noun || noun.quote >= 0 || !SPEECH_NOUNS.has(noun.lower)) return undefined;
  // At most two words describing it ("blunt", "final"), however tagged ("blunt" reads as a verb).
  let k = at - 1;
  while (k > first && k >= at - 2 && (words[k]?.pos === "ADJ" || words[k]?.pos === "VERB")) k--;
  const owner = words[k];
  if (!owner || owner.quote >= 0) return undefined;
  let start: number;
  let subject: Subject | undefined;
  const pronoun = POSSESSIVE_PRONOUNS.get(owner.lower);
  if (pronoun !== undefined && pronoun !== "it") {
    start = k;
    subject = { type: "pronoun", from: k, to: k + 1, text: owner.text, pronoun };
  } else if (/^['’]s?$/u.test(owner.text)) {
    start = phraseEndingAt(words, k - 1);
    subject = start < 0 ? undefined : capitalisedName(words, start, k, body);
  } else {
    return undefined;
  }
  const opener = words[first] as Word;
  const opensLabel = start === first || (start === first + 1 && (opener.pos === "ADP" || opener.lower === "to"));
  return subject && opensLabel ? { subject, verb: colon } : undefined;
}
