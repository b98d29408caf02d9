/**
 * The stop-word list: wink-nlp-utils' curated English list (about 150 words).
 * The model's own stop flag is not used because it also drops words questions
 * depend on ("first", "last", "name", "one", "two").
 */
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const words = require("wink-nlp-utils/src/dictionaries/stop_words.json") as string[];

/**
 * Words the list lacks that carry no meaning in a question or a sentence:
 * "us" (the capitalised "US" is kept as an acronym), modal "can"/"will", and
 * fillers.
 */
const EXTRA = ["us", "can", "will", "just", "also", "would", "may", "might", "must", "shall", "many", "much"];

/** Lower-case stop words, with straight apostrophes. */
export const STOP_WORDS: ReadonlySet<string> = new Set([...words, ...EXTRA].map((w) => w.toLowerCase()));
