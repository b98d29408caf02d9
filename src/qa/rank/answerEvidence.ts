/**
 * Does a sentence hold what the question asks for? A "when" answer holds a
 * date, a "how many" one a number, a "who" one a name the question does not
 * already give, a "why" one a stated cause, a "how did" one a means, a "what
 * did X say" one quoted words. These cues are general English news style,
 * not any outlet's: each has tests on invented sentences.
 */
import type { SentenceFeatures } from "../corpus/segment.js";
import { calendarTerms } from "../nlp/calendar.js";
import type { QuestionAnalysis } from "./question.js";

export const NUMERIC = /^(?:\d[\d.]*(?:st|nd|rd|th|s)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelv|thirteen|fifteen|twenti|thirti|forti|fifti|hundr|thousand|million|billion|dozen|half|twice|doubl|tripl)$/;
export const YEAR = /^(?:1[0-9]{3}|20[0-9]{2})s?$/;

/** Words that state a cause or purpose in news prose, matched on the folded sentence (` word word `). */
const REASON = / (?:because|due to|owing to|thanks to|as a result|result of|resulted from|caused by|blamed (?:on|for)|attributed to|in response to|in protest|citing|cited|for fear|fearing|so that|in order to|over concerns?|amid|reason|reasons|why|after (?:being|it|he|she|they|the|a|an|his|her|their)|led to|following|since it|on the grounds|concerns? (?:about|over|that))(?= )/;
/** Words that state a means or manner. */
const MANNER = / (?:by [a-z]+ing|using|used|through|via|with the help of|by means of|instead of|by way of|by phone|by video|online|remotely|in person|on foot)(?= )/;
/** An opening quotation mark, straight or curly. */
const QUOTED = /["“”‘]/;

/** 1 when the sentence holds a candidate of the answer type that is not already in the question. */
export function typedAnswer(f: SentenceFeatures, folded: string, text: string, q: QuestionAnalysis): number {
  const inQuestion = (t: string) => q.weight.has(t);
  const fresh = (terms: readonly string[]) => terms.some((t) => !inQuestion(t));
  switch (q.answerType) {
    case "date":
      if (f.entities.some((e) => (e.type === "DATE" || e.type === "TIME" || e.type === "DURATION") && fresh(e.terms))) return 1;
      return f.terms.some((t) => YEAR.test(t) && !inQuestion(t)) ? 1 : 0;
    case "number":
      if (f.entities.some((e) => e.type !== "DATE" && e.type !== "TIME" && e.type !== "OTHER" && fresh(e.terms))) return 1;
      return f.terms.some((t) => NUMERIC.test(t) && !YEAR.test(t) && !inQuestion(t)) ? 1 : 0;
    case "name":
      return f.proper.some((t) => !inQuestion(t) && !calendarTerms().has(t)) ? 1 : 0;
    case "reason":
      return REASON.test(folded) ? 1 : 0;
    case "manner":
      return MANNER.test(folded) ? 1 : 0;
    case "quote":
      return QUOTED.test(text) ? 1 : 0;
    case "none":
      return 0;
  }
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
