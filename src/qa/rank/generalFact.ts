/**
 * Whether a question asks a general fact rather than about a story. News
 * reports events: something someone did, said or will do, at some time,
 * usually naming who or where. "How many bones does an adult human have?"
 * names nothing, gives no number or time, and asks in the present tense; so
 * does "What's the easiest way to keep basil alive indoors?". Such a
 * question can still share its words with a story (a frog-skull survey
 * speaks of bones and adults), and then only a close match should count as
 * the corpus knowing about it. The relevance model reads this as one of its
 * inputs (rank/confidence.ts), fitted like the rest.
 *
 * The tense is read from wink's lemmas: a verb written other than its
 * dictionary form, and not as a present form ("does", "is", "are"), is past
 * or perfect ("did", "went", "has caught"); "will" is the future.
 */
import type { NlpToken } from "../nlp/wink.js";

/** Present forms of "be" that do not end in "s" (the other present forms do: "is", "does", "has", "says"). */
const PRESENT_BE = new Set(["are", "am", "'re", "’re", "'m", "’m"]);
/** "wo" is wink's first token of "won't". */
const FUTURE = new Set(["will", "'ll", "’ll", "wo", "shall"]);
/** Words that tie a question to a time: news, not a general fact. */
const TIME_WORDS = new Set(["ago", "yesterday", "today", "tonight", "tomorrow", "now", "currently", "recently", "lately", "latest", "recent", "upcoming"]);
const TIME_SPANS = new Set(["week", "weekend", "month", "year", "season", "term", "decade", "summer", "winter", "spring", "autumn"]);
const TIME_DETERMINERS = new Set(["this", "last", "next", "coming", "past"]);

/**
 * `tokens` must carry lemmas (wink.ts `analyseTokens(text, { lemmas: true })`);
 * `isName(i)` says whether token i is written as a name, as the question
 * analysis decides it.
 */
export function asksGeneralFact(tokens: readonly NlpToken[], isName: (i: number) => boolean): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as NlpToken;
    const word = token.text.toLowerCase();
    // "I" is capitalised wherever it stands, and is no name ("How often should I water a cactus?").
    if ((isName(i) && token.text !== "I") || token.pos === "NUM" || token.type === "number") return false;
    if (TIME_WORDS.has(word)) return false;
    if (TIME_DETERMINERS.has(word) && TIME_SPANS.has(tokens[i + 1]?.text.toLowerCase() ?? "")) return false;
    if ((token.pos === "VERB" || token.pos === "AUX") && (FUTURE.has(word) || isPastForm(word, token.lemma ?? word))) return false;
  }
  return true;
}

function isPastForm(word: string, lemma: string): boolean {
  if (word === lemma || PRESENT_BE.has(word) || word.endsWith("ing")) return false;
  return word === "was" || !word.endsWith("s");
}
