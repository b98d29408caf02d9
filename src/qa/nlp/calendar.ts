/**
 * Day and month names, shared by the quote rules (a capitalised word that
 * is never a speaker's name) and the answer types (never the person or
 * place a "who" or "where" asks for).
 */
import { EMPTY_ALIASES } from "./aliases.js";
import { termsOfText } from "./terms.js";

/** Days and months as written, lower-cased, abbreviations included. */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set(
  "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december jan jan. feb feb. mar mar. apr apr. jun jun. jul jul. aug aug. sep sep. sept sept. oct oct. nov nov. dec dec.".split(" "),
);

let terms: ReadonlySet<string> | undefined;
/**
 * The same as index terms ("januari", "septemb"), through the one term
 * pipeline. Made on first use: the pipeline loads wink-nlp, which a start
 * restored from the cache does not otherwise need.
 */
export function calendarTerms(): ReadonlySet<string> {
  terms ??= new Set([...CALENDAR_WORDS].flatMap((w) => termsOfText(w, EMPTY_ALIASES)));
  return terms;
}
