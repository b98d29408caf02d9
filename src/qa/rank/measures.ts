/**
 * What a "how old / how long / how tall …" question measures, as the words
 * a news sentence writes beside the number that answers it: "aged 79",
 * "42 years", "30 feet", "185 mph", "a Category 5 storm". Like the noun of
 * "how many N", these say which of a sentence's numbers is the answer; the
 * units are plain English measure words, not any outlet's.
 */
import { termsOfWords } from "../nlp/terms.js";

/** What a measure question's answer stands beside, as index terms. */
export interface Measure {
  /** Units written after the number ("42 years", "30 feet", "34-year-old"). */
  readonly after: ReadonlySet<string>;
  /** Words written before it ("aged 79", "at the age of 95", "Category 5", "magnitude 7.1"). */
  readonly before: ReadonlySet<string>;
  /** A share is read off the tagger's PERCENT entities: "%" is no index term, and "percent" stands between the number and what it is a share of. */
  readonly percent?: true;
  /** An age is also written bare beside a name, set off by commas or brackets ("the man, 34, was", "Jane Roe (61)"), which the index terms do not show. */
  readonly age?: true;
}

const PERCENT: Measure = { after: new Set(), before: new Set(), percent: true };

const DURATION = "seconds minutes hours days weeks months years decades centuries";
const LENGTH = "millimetres millimeters centimetres centimeters metres meters kilometres kilometers km inches feet foot ft yards miles storeys stories floors";
const SPEED = "mph kph km/h knots";
const WEIGHT = "grams kilograms kg tonnes tons pounds lbs ounces";
const TEMPERATURE = "degrees celsius fahrenheit";

/** By the adjective after "how": units after the number, then words before it. */
const BY_ADJECTIVE: Readonly<Record<string, readonly [string, string]>> = {
  // "34-year-old", "six months old", "aged 79": a bare "42 years" is how long, not how old.
  old: ["old", "age aged"],
  long: [`${DURATION} ${LENGTH}`, ""],
  far: [LENGTH, ""],
  tall: [LENGTH, ""],
  high: [`${LENGTH} percent`, ""],
  deep: [LENGTH, ""],
  wide: [LENGTH, ""],
  fast: [SPEED, ""],
  quickly: [DURATION, ""],
  strong: [SPEED, "category magnitude"],
  powerful: [`${SPEED} megawatts horsepower`, "category magnitude"],
  heavy: [WEIGHT, ""],
  hot: [TEMPERATURE, ""],
  cold: [TEMPERATURE, ""],
  warm: [TEMPERATURE, ""],
};

const made = new Map<string, Measure>();

const termSet = (words: string): ReadonlySet<string> => new Set(termsOfWords(words.split(" ").filter((w) => w !== "")));

/** The measure a number cue asks for ("how old" → ages, "what percentage" → shares), or undefined ("how many", "how much"). */
export function measureOf(cue: string): Measure | undefined {
  if (/^what (?:(?:is|was|are|were) the )?(?:percentage|percent)$/.test(cue)) return PERCENT;
  const adjective = /^how (\w+)$/.exec(cue)?.[1];
  const units = adjective === undefined ? undefined : BY_ADJECTIVE[adjective];
  if (adjective === undefined || units === undefined) return undefined;
  let measure = made.get(adjective);
  if (!measure) made.set(adjective, (measure = { after: termSet(units[0]), before: termSet(units[1]), ...(adjective === "old" ? { age: true as const } : {}) }));
  return measure;
}
