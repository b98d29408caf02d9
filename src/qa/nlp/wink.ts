/**
 * The one module that talks to wink-nlp and its companions: the Porter2
 * stemmer (wink-porter2-stemmer, the one wink-nlp-utils' string.stem is) and
 * wink-nlp-utils' English stop-word list (its documented default list,
 * src/dictionaries/stop_words.json, read as data: requiring wink-nlp-utils
 * itself builds a second wink model, about 29 MB and 0.2 s, for functions
 * citebot does not use). Everything else sees plain tokens, sentences and
 * entities with character offsets into the analysed text.
 */
import { createRequire } from "node:module";
import type winkNLP from "wink-nlp";
import type { ItemEntity, ItemSentence } from "wink-nlp";
import type model from "wink-eng-lite-web-model";
import { continuesAfter } from "./abbreviations.js";

/**
 * The packages are required on first use, not imported: a start restored
 * from the cache reads no text with them, and loading the model takes
 * about 0.15 s.
 */
const require = createRequire(import.meta.url);
/** A CommonJS package's default export, as the ES import would give it. */
const load = <T>(name: string): T => {
  const m = require(name) as T | { default: T };
  return (typeof m === "object" && m !== null && "default" in m ? m.default : m) as T;
};

/** A token with its offsets into the analysed text, `[start, end)`. */
export interface NlpToken {
  text: string;
  start: number;
  end: number;
  /** Universal POS tag (PROPN, NOUN, NUM, ...). */
  pos: string;
  /** wink's lexical type: word, number, punctuation, currency, tabCRLF, ... */
  type: string;
  /** The dictionary form ("went" → "go", "does" → "do"), where asked for (`analyseTokens(text, { lemmas: true })`). */
  lemma?: string;
}

/** A sentence as a token range and character range. */
export interface NlpSentence {
  start: number;
  end: number;
  /** Index of the first token and one past the last. */
  firstToken: number;
  endToken: number;
}

/** Entity types the lite model recognises that help answer typed questions. */
export type EntityType =
  | "DATE"
  | "TIME"
  | "DURATION"
  | "CARDINAL"
  | "ORDINAL"
  | "MONEY"
  | "PERCENT"
  | "OTHER";

export interface NlpEntity {
  type: EntityType;
  firstToken: number;
  endToken: number;
}

export interface Analysis {
  tokens: NlpToken[];
  sentences: NlpSentence[];
  entities: NlpEntity[];
}

type Nlp = ReturnType<typeof winkNLP>;
let loaded: Nlp | undefined;
/** The model is loaded on first use (about 0.2 s): a start restored from the cache reads no article with it. */
function nlp(): Nlp {
  loaded ??= load<typeof winkNLP>("wink-nlp")(load<typeof model>("wink-eng-lite-web-model"));
  return loaded;
}

const KNOWN_ENTITIES: ReadonlySet<string> = new Set<Exclude<EntityType, "OTHER">>(["DATE", "TIME", "DURATION", "CARDINAL", "ORDINAL", "MONEY", "PERCENT"]);

function isKnownEntity(type: string): type is Exclude<EntityType, "OTHER"> {
  return KNOWN_ENTITIES.has(type);
}

/** wink's `its.span` is the first and last token index; its typings also allow a string, which never comes. */
function tokenSpan(span: number[] | string): [number, number] {
  if (typeof span === "string" || span.length !== 2) throw new Error(`wink-nlp gave an unexpected span: ${JSON.stringify(span)}`);
  return [span[0] ?? 0, span[1] ?? 0];
}

let tagger: Nlp | undefined;
/**
 * A reader that only tags parts of speech: what a question's analysis and a
 * text's terms need. Its tokens and tags are the full pipeline's (checked on
 * every SQuAD question and paragraph and the Wikinews set, and by a test),
 * at about half the cost: sentence breaking, negation, sentiment and entity
 * recognition were half of reading each question. A start restored from the
 * cache loads only this one; an article read for the cache, the other.
 */
function posOnly(): Nlp {
  tagger ??= load<typeof winkNLP>("wink-nlp")(load<typeof model>("wink-eng-lite-web-model"), ["pos"]);
  return tagger;
}

/**
 * A text's tokens with their offsets and tags, as `analyse` gives them,
 * without its sentences and entities; with `lemmas`, each with its
 * dictionary form too (a question's tense is read from them: articles never
 * need it, so they do not pay for it).
 */
export function analyseTokens(text: string, options: { lemmas?: boolean } = {}): NlpToken[] {
  return read(posOnly(), text, options.lemmas === true).tokens;
}

/**
 * Tokenise, split into sentences, tag and find entities. Offsets are
 * recovered from wink's lossless token stream (preceding spaces + value), and
 * checked against the input so a drift can never produce a wrong citation.
 */
export function analyse(text: string): Analysis {
  const { its } = nlp();
  const { tokens, doc } = read(nlp(), text);
  const sentences: NlpSentence[] = [];
  doc.sentences().each((s: ItemSentence) => {
    const span = tokenSpan(s.out(its.span));
    const first = tokens[span[0]];
    const last = tokens[span[1]];
    if (!first || !last) return;
    const previous = sentences[sentences.length - 1];
    if (previous && continuesAfter(text.slice(previous.start, previous.end), text.slice(first.start))) {
      previous.end = last.end;
      previous.endToken = span[1] + 1;
    } else sentences.push({ start: first.start, end: last.end, firstToken: span[0], endToken: span[1] + 1 });
  });

  const entities: NlpEntity[] = [];
  doc.entities().each((e: ItemEntity) => {
    const span = tokenSpan(e.out(its.span));
    const type = e.out(its.type);
    entities.push({
      type: isKnownEntity(type) ? type : "OTHER",
      firstToken: span[0],
      endToken: span[1] + 1,
    });
  });
  return { tokens, sentences, entities };
}

/** Read a text with one reader: its document, and its tokens with their offsets into the text. */
function read(reader: Nlp, text: string, lemmas = false) {
  const { its } = reader;
  const doc = reader.readDoc(text);
  const values = doc.tokens().out();
  const spaces = doc.tokens().out(its.precedingSpaces);
  const pos = doc.tokens().out(its.pos);
  const types = doc.tokens().out(its.type);
  // wink's typings declare `its.lemma` with a signature `out` does not accept; it is a token its-function all the same.
  const lemma = lemmas ? (doc.tokens().out(its.lemma as unknown as typeof its.value) as string[]) : undefined;
  const tokens: NlpToken[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] ?? "";
    cursor += (spaces[i] ?? "").length;
    let start = cursor;
    if (text.slice(start, start + value.length) !== value) {
      // wink normalises a few characters in rare inputs; find the token instead.
      const found = text.indexOf(value, Math.max(0, cursor - 1));
      if (found < 0) throw new Error(`wink-nlp token "${value}" not found at offset ${cursor}`);
      start = found;
    }
    const token: NlpToken = { text: value, start, end: start + value.length, pos: pos[i] ?? "X", type: types[i] ?? "word" };
    if (lemma) token.lemma = lemma[i] ?? value.toLowerCase();
    tokens.push(token);
    cursor = start + value.length;
  }
  return { tokens, doc };
}

let porter2: ((word: string) => string) | undefined;
const stems = new Map<string, string>();
/** Memo bound: the corpus vocabulary fits; stray user words cannot grow it without limit. */
const STEM_MEMO_LIMIT = 200_000;

/** A digit anywhere: a number, a year, "covid19", "f-35". */
const HAS_DIGIT = /\d/;

/**
 * Porter2 stem of a lower-case word (memoised: it is regex-heavy). A word
 * with a digit is left as written: the stemmer marks a consonant "y" with
 * the character "3" while it works and turns every "3" back into "y" at the
 * end, so "2023" became "202i" and "300" "y00", which no longer read as a
 * year or a number (rank/answerEvidence.ts), and a number has no suffix to
 * strip.
 */
export function stem(word: string): string {
  if (HAS_DIGIT.test(word)) return word;
  let s = stems.get(word);
  if (s === undefined) {
    // The same Porter2 stemmer the model bundles (checked equal on the corpus vocabulary).
    porter2 ??= load<(word: string) => string>("wink-porter2-stemmer");
    s = porter2(word);
    if (stems.size >= STEM_MEMO_LIMIT) stems.clear();
    stems.set(word, s);
  }
  return s;
}

let stopWords: ReadonlySet<string> | undefined;

/** True when wink-nlp-utils' English stop-word list has `word` (lower case). */
export function isWinkStopWord(word: string): boolean {
  stopWords ??= new Set(require("wink-nlp-utils/src/dictionaries/stop_words.json") as string[]);
  return stopWords.has(word);
}
