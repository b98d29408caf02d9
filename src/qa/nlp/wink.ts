/**
 * The one module that talks to wink-nlp. Everything else sees plain tokens,
 * sentences and entities with character offsets into the analysed text.
 */
import winkNLP, { type ItemEntity, type ItemSentence } from "wink-nlp";
import model from "wink-eng-lite-web-model";

/** A token with its offsets into the analysed text, `[start, end)`. */
export interface NlpToken {
  text: string;
  start: number;
  end: number;
  /** Universal POS tag (PROPN, NOUN, NUM, ...). */
  pos: string;
  /** wink's lexical type: word, number, punctuation, currency, tabCRLF, ... */
  type: string;
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

const nlp = winkNLP(model);
const its = nlp.its;

const KNOWN_ENTITIES = new Set<string>(["DATE", "TIME", "DURATION", "CARDINAL", "ORDINAL", "MONEY", "PERCENT"]);

/**
 * Tokenise, split into sentences, tag and find entities. Offsets are
 * recovered from wink's lossless token stream (preceding spaces + value), and
 * checked against the input so a drift can never produce a wrong citation.
 */
export function analyse(text: string): Analysis {
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out();
  const spaces = doc.tokens().out(its.precedingSpaces);
  const pos = doc.tokens().out(its.pos);
  const types = doc.tokens().out(its.type);
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
    tokens.push({ text: value, start, end: start + value.length, pos: pos[i] ?? "X", type: types[i] ?? "word" });
    cursor = start + value.length;
  }

  const sentences: NlpSentence[] = [];
  doc.sentences().each((s: ItemSentence) => {
    const span = s.out(its.span) as unknown as [number, number];
    const first = tokens[span[0]];
    const last = tokens[span[1]];
    if (first && last) sentences.push({ start: first.start, end: last.end, firstToken: span[0], endToken: span[1] + 1 });
  });

  const entities: NlpEntity[] = [];
  doc.entities().each((e: ItemEntity) => {
    const span = e.out(its.span) as unknown as [number, number];
    const type = e.out(its.type) as string;
    entities.push({
      type: (KNOWN_ENTITIES.has(type) ? type : "OTHER") as EntityType,
      firstToken: span[0],
      endToken: span[1] + 1,
    });
  });
  return { tokens, sentences, entities };
}

const porter2 = (model as unknown as { addons: { stem: (w: string) => string } }).addons.stem;
const stems = new Map<string, string>();
/** Memo bound: the corpus vocabulary fits; stray user words cannot grow it without limit. */
const STEM_MEMO_LIMIT = 200_000;

/** Porter2 stem of a lower-case word, from the model's own stemmer (memoised: it is regex-heavy). */
export function stem(word: string): string {
  let s = stems.get(word);
  if (s === undefined) {
    s = porter2(word);
    if (stems.size >= STEM_MEMO_LIMIT) stems.clear();
    stems.set(word, s);
  }
  return s;
}
