/**
 * Full stops that end no sentence. wink-nlp keeps "Gov.", "Sen." or "Dr."
 * in one token but splits "the Rev. James Okoro", "Det. Insp. Ann Boyd" or
 * "Rep. Ann Kuster, D-N.H." into two sentences: a citation would then cut a
 * name in half. US wire style abbreviates titles and states this way.
 */

/** Titles written abbreviated before a name (capitalised as written; a lower-case "no." is a word). */
const TITLE = /(?:^|[\s("“‘'-])(?:Mr|Mrs|Ms|Dr|Prof|Rev|Fr|Msgr|Gov|Sen|Rep|Pres|Amb|Hon|Gen|Lt|Col|Maj|Capt|Cmdr|Adm|Sgt|Cpl|Pvt|Det|Insp|Supt|Atty)\.$/u;
/** One capital letter and a full stop: an initial, or a part of "N.H." or "D-N.Y.". */
const INITIAL = /(?:^|[\s.-])\p{Lu}\.$/u;

/** Does a full stop at the end of `before` leave the sentence open, given the text that follows? */
export function continuesAfter(before: string, after: string): boolean {
  if (TITLE.test(before)) return /^\s*[\p{Lu}\p{N}]/u.test(after);
  // "D-N. ‖ H., said": an initial followed by another (a person's, or a state's letters).
  return INITIAL.test(before) && /^\s*\p{Lu}\./u.test(after);
}

/** Does this word (as written) end a title abbreviation when a full stop follows it ("Rev" of "Rev.")? */
export function isTitleAbbreviation(word: string): boolean {
  return TITLE.test(`${word}.`);
}
