/**
 * Does a sentence hold what the question asks for? A "when" answer holds a
 * date, a "how many" one a number, a "who" one a name the question does not
 * already give, a "why" one a stated cause, a "how did" one a means, a "how
 * did X die" one a cause of death, a "what did X say" one quoted words.
 * These cues are general English news style, not any outlet's: each has
 * tests on invented sentences.
 */
import type { SentenceFeatures } from "../corpus/segment.js";
import type { AliasTable } from "../nlp/aliases.js";
import { calendarTerms, CALENDAR_WORDS } from "../nlp/calendar.js";
import { foldCase } from "../nlp/normalize.js";
import { isPlaceAdjective, isPlaceName } from "../nlp/places.js";
import { isStopWord } from "../nlp/stopwords.js";
import { termsOfTokens, termsOfWords } from "../nlp/terms.js";
import { statesCauseOfDeath } from "./death.js";
import type { QuestionAnalysis } from "./question.js";

/**
 * A number as an index term: one that starts with a digit ("12,345" is the
 * term "12345"; nlp/wink.ts leaves digits unstemmed), or a number word's
 * stem ("twelv", "sixti").
 */
export const NUMERIC = /^(?:\d[\w.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelv|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenti|thirti|forti|fifti|sixti|seventi|eighti|nineti|hundr|thousand|million|billion|trillion|dozen|half|twice|doubl|tripl)$/;
export const YEAR = /^(?:1[0-9]{3}|20[0-9]{2})s?$/;

/** Words that state a cause or purpose in news prose, matched on the folded sentence (` word word `). */
const REASON = / (?:because|due to|owing to|thanks to|as a result|result of|resulted from|caused by|blamed (?:on|for)|attributed to|in response to|in protest|citing|cited|for fear|fearing|so that|in order to|over concerns?|amid|reason|reasons|why|after (?:being|it|he|she|they|the|a|an|his|her|their)|led to|following|since it|on the grounds|concerns? (?:about|over|that))(?= )/;
/** Words that state a means or manner. */
const MANNER = / (?:by [a-z]+ing|using|used|through|via|with the help of|by means of|instead of|by way of|by phone|by video|online|remotely|in person|on foot)(?= )/;
/** An opening quotation mark, straight or curly. */
const QUOTED = /["“”‘]/;

/** 1 when the sentence holds a candidate of the answer type that is not already in the question. */
export function typedAnswer(f: SentenceFeatures, folded: string, text: string, q: QuestionAnalysis): number {
  switch (q.answerType) {
    case "date":
      if (f.entities.some((e) => (e.type === "DATE" || e.type === "TIME" || e.type === "DURATION") && fresh(e.terms, q))) return 1;
      return f.terms.some((t) => YEAR.test(t) && !q.weight.has(t)) ? 1 : 0;
    case "number":
      if (f.entities.some((e) => e.type !== "DATE" && e.type !== "TIME" && e.type !== "OTHER" && fresh(e.terms, q))) return 1;
      return f.terms.some((t) => NUMERIC.test(t) && !YEAR.test(t) && !q.weight.has(t)) ? 1 : 0;
    case "name":
      return f.proper.some((t) => freshName(t, q)) ? 1 : 0;
    case "reason":
      return REASON.test(folded) || (q.death === true && statesCauseOfDeath(folded)) ? 1 : 0;
    case "manner":
      return MANNER.test(folded) || (q.death === true && statesCauseOfDeath(folded)) ? 1 : 0;
    case "quote":
      return QUOTED.test(text) ? 1 : 0;
    case "none":
      return 0;
  }
}

/**
 * Whether an entity has a term the question lacks. A function of the module,
 * not a closure made per call: the bot runs under tsx, whose transform gives
 * every named closure a defineProperty call each time it is made (8% of an
 * answer's time, over the ranking's per-candidate closures).
 */
function fresh(terms: readonly string[], q: QuestionAnalysis): boolean {
  return terms.some((t) => !q.weight.has(t));
}

/** Whether a sentence's name term is one the question does not give, and no day or month (which dates a story, not says who or what). */
function freshName(t: string, q: QuestionAnalysis): boolean {
  return !q.weight.has(t) && !calendarTerms().has(t);
}

/** Term positions either side of a matched question word within which a typed answer counts as near it. */
const NEAR = 3;

/**
 * For a "when" or "how many" question: 1 when a year or number the question
 * does not mention stands within NEAR terms of a word it does ("opened in
 * 2014", "45 total touchdowns"), as the answer to such a question does.
 */
export function answerNear(terms: readonly string[], q: QuestionAnalysis): number {
  if (q.answerType !== "date" && q.answerType !== "number") return 0;
  const date = q.answerType === "date";
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i] as string;
    if (q.weight.has(t) || !(date ? YEAR.test(t) : NUMERIC.test(t) && !YEAR.test(t))) continue;
    for (let j = Math.max(0, i - NEAR); j <= Math.min(terms.length - 1, i + NEAR); j++) if (j !== i && q.weight.has(terms[j] as string)) return 1;
  }
  return 0;
}

/**
 * For a "which N" question ("Which hospital did he die in?"): 1 when the
 * sentence names something, not in the question, within NEAR terms of N
 * ("the Army Research and Referral Hospital", "Equally American, an
 * advocacy group"): news names a thing beside what kind of thing it is, so
 * the name there is of the kind asked for, where a name elsewhere in the
 * sentence may be anyone's.
 */
export function kindAnswer(f: SentenceFeatures, q: QuestionAnalysis): number {
  const kind = q.kind;
  if (kind === undefined) return 0;
  const terms = f.terms;
  for (let i = 0; i < terms.length; i++) {
    if (terms[i] !== kind) continue;
    for (let j = Math.max(0, i - NEAR); j <= Math.min(terms.length - 1, i + NEAR); j++) {
      const t = terms[j] as string;
      // A sentence's opening word is among its names only when it is a name (corpus/names.ts).
      if (j !== i && f.proper.includes(t) && freshName(t, q)) return 1;
    }
  }
  return 0;
}

/** Capitalised words in a row, with the small words names carry inside ("University of Bristol", "Ludwig van Beethoven"). */
const NAME_RUN = /\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:(?:of|de|del|da|la|van|von|al|bin|ibn|the)\s+)?\p{Lu}[\p{L}\p{M}'’.-]*)*/gu;

/**
 * A wire story's dateline: where it was filed and by which agency, in
 * capitals before a dash or a colon ("REDFIELD, Ore. (AP) — ", "LONDON
 * (Reuters) - ", "KOCHI, Dec 19 (Reuters) - ", "NEW DELHI: "). It says who
 * reported, not who did anything.
 */
const DATELINE = /^\p{Lu}[\p{Lu}\s.'’-]*\p{Lu}(?:,\s*[\p{L}\p{N}.\s]{2,20})?\s*(?:\([^)]{1,30}\)\s*)?(?:[—–-]{1,2}|:)\s/u;

/**
 * What stands before a place named as where, not who: a preposition other
 * than "by" ("in Paris", "against Ukraine"), or a comma (the apposition of
 * "the capital, New Delhi" or "Paris, France"). A country that acts ("Russia
 * launched", "claimed by Ukraine") is an agent.
 */
const PLACED = /(?:\b(?:in|at|on|near|from|to|into|onto|across|outside|inside|of|around|through|throughout|toward|towards|off|via|between|within|over|under|for|against|with|along|beyond|beside|behind)\s+(?:the\s+)?|,\s*)$/i;

/**
 * For a question asking for a person or an organisation ("who", "whose",
 * "what was the name of"): 1 when the sentence names one the question does
 * not. A name counts when its last word (the surname, or an organisation's
 * head word: "Council President Andrew Leung", "Bristol City Council") is
 * not the question's and it is not a place named as where ("in the Indian
 * capital, New Delhi"), a nationality or a day or month: a passage that
 * only places the story does not say who.
 */
export function agentAnswer(f: SentenceFeatures, text: string, q: QuestionAnalysis, aliases: AliasTable): number {
  if (!q.agent) return 0;
  // Most candidates name nothing the question does not: no need to read their names.
  if (!f.proper.some((t) => freshName(t, q))) return 0;
  const dateline = DATELINE.exec(text)?.[0].length ?? 0;
  for (const m of text.matchAll(NAME_RUN)) {
    if (m.index < dateline) continue;
    // "C$10,000", "NZ$5m": a currency's letters, not a name.
    if (text[m.index + m[0].length] === "$") continue;
    let words = m[0].split(/\s+/);
    // A sentence's first word is capitalised whatever it is: a name only when tagged as one.
    const opening = /^[\s"“‘'(]*$/u.test(text.slice(0, m.index));
    if (opening && !termsOfTokens([words[0] as string], aliases)[0]?.some((t) => f.proper.includes(t))) words = words.slice(1);
    if (words[0] === "The") words = words.slice(1);
    if (words.length === 0) continue;
    const name = words.join(" ");
    if (words.length === 1 && isPlaceAdjective(name)) continue;
    if (isPlaceName(name) && PLACED.test(text.slice(0, m.index))) continue;
    // Compared as written, not stemmed: names do not inflect, and this runs for every candidate.
    const head = foldCase(words[words.length - 1] as string).replace(/['’]s$/u, "").split(/[^\p{L}\p{N}]+/u).filter((w) => w !== "");
    if (head.length > 0 && head.every((w) => !q.words.includes(w) && !CALENDAR_WORDS.has(w) && !isStopWord(w))) return 1;
  }
  return 0;
}

/** Words between a number and what it counts, as index terms ("nearly 40", "at least 12", "2.5 million"); stop words are never terms. */
let fillers: ReadonlySet<string> | undefined;
const FILLER_WORDS = ["nearly", "almost", "around", "about", "some", "least", "more", "over", "under", "total", "per", "cent", "percent", "roughly", "approximately", "estimated"];
/** Terms after the number within which the counted word may stand ("40 injured passengers"). */
const COUNTED_REACH = 3;

/** An age set off beside a name, as news style writes it: "Jane Roe, 61, said", "the man, 34, who", "Jane Roe (61)". */
const BARE_AGE = /\p{L},\s(?:1[0-1]\d|[1-9]?\d),(?=\s)|\p{L}\s\((?:1[0-1]\d|[1-9]?\d)\)/u;

/** Terms before the number within which a measure's leading word may stand ("aged 79", "at the age of 95"). */
const MEASURE_LEAD = 3;

/**
 * For "how many N" and for a measure ("how old", "how long", "what
 * percentage": rank/measures.ts): what the sentence's numbers count, read
 * off its index terms in order. `counts` is 1 when a number the question
 * does not give stands shortly before N or a unit of the measure ("215
 * votes", "three of the 40 passengers", "42 years"), just after a measure's
 * leading word ("aged 79"), or is a share asked for ("25.7%"), or the
 * sentence sets an age off beside a name ("the man, 34, was"; `text` is the
 * sentence); `other` is 1 when the sentence has such numbers and every one
 * of them is followed by some other word ("one of the four candidates" for
 * "how many votes"). A ranking feature, not proof: people paraphrase what
 * they count.
 */
export function countedAnswer(terms: readonly string[], q: QuestionAnalysis, entities: SentenceFeatures["entities"] = [], text = ""): { counts: number; other: number } {
  const { counted, measure } = q;
  if (counted === undefined && measure === undefined) return { counts: 0, other: 0 };
  if (measure?.percent && entities.some((e) => e.type === "PERCENT" && fresh(e.terms, q))) return { counts: 1, other: 0 };
  if (measure?.age && BARE_AGE.test(text)) return { counts: 1, other: 0 };
  fillers ??= new Set(termsOfWords(FILLER_WORDS));
  const skip = fillers;
  let numbers = 0;
  let others = 0;
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i] as string;
    if (!NUMERIC.test(t) || YEAR.test(t) || q.weight.has(t)) continue;
    if (measure !== undefined && measure.before.size > 0) {
      for (let k = Math.max(0, i - MEASURE_LEAD); k < i; k++) if (measure.before.has(terms[k] as string)) return { counts: 1, other: 0 };
    }
    let j = i + 1;
    while (j < terms.length && (NUMERIC.test(terms[j] as string) || skip.has(terms[j] as string))) j++;
    numbers++;
    for (let k = j; k < Math.min(terms.length, j + COUNTED_REACH); k++) {
      const after = terms[k] as string;
      if (after === counted || (measure !== undefined && measure.after.has(after))) return { counts: 1, other: 0 };
    }
    if (j < terms.length) others++;
    // A number written in parts ("10 000", "two and a half million") is read once.
    i = j - 1;
  }
  return { counts: 0, other: numbers > 0 && others === numbers ? 1 : 0 };
}
