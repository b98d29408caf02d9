/**
 * Stop words: wink-nlp-utils' curated English list (about 150 words, read
 * as its tokens.removeWords reads it: nlp/wink.ts), plus a few of our own. The model's own stop
 * flag is not used because it also drops words questions depend on ("first",
 * "last", "name", "one", "two").
 */
import { isWinkStopWord } from "./wink.js";

/**
 * Words the list lacks that carry no meaning in a question or a sentence:
 * "us" (the capitalised "US" is kept as an acronym), modal "can"/"will", and
 * fillers.
 */
const EXTRA: ReadonlySet<string> = new Set(["us", "can", "will", "just", "also", "would", "may", "might", "must", "shall", "many", "much"]);

/** True for a stop word, given in lower case with straight apostrophes. */
export function isStopWord(word: string): boolean {
  return EXTRA.has(word) || isWinkStopWord(word);
}
