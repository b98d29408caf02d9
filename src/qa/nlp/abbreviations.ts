/**
 * Full stops that end no sentence. wink-nlp keeps "Gov.", "Sen." or "Dr."
 * in one token but splits "the Rev. James Okoro", "Det. Insp. Ann Boyd" or
 * "Rep. Ann Kuster, D-N.H." into two sentences: a citation would then cut a
 * name in half. US wire style abbreviates titles and states this way.
 */

/**
 * Ranks and titles written abbreviated before a name, with or without a
 * full stop, and what they spell out (the quote reader compares roles
 * spelled out: "Lt. Gen." is a lieutenant general).
 */
export const RANK_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ["lt", "lieutenant"], ["gen", "general"], ["maj", "major"], ["col", "colonel"], ["adm", "admiral"], ["brig", "brigadier"],
  ["sgt", "sergeant"], ["capt", "captain"], ["cmdr", "commander"], ["supt", "superintendent"], ["insp", "inspector"],
  ["gov", "governor"], ["sen", "senator"], ["rep", "representative"], ["rev", "reverend"], ["prof", "professor"],
  ["pres", "president"], ["amb", "ambassador"], ["det", "detective"], ["atty", "attorney"], ["cpl", "corporal"],
]);

/** Honorifics and ranks abbreviated before a name that spell out no role worth comparing. */
const HONORIFIC_ABBREVIATIONS = ["Mr", "Mrs", "Ms", "Dr", "Fr", "Msgr", "Hon", "Pvt"];

/** Titles written abbreviated before a name (capitalised as written; a lower-case "no." is a word). */
const TITLE = new RegExp(
  `(?:^|[\\s("“‘'-])(?:${[...HONORIFIC_ABBREVIATIONS, ...[...RANK_ABBREVIATIONS.keys()].map((a) => a[0]?.toUpperCase() + a.slice(1))].join("|")})\\.$`,
  "u",
);
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
