/**
 * wink-nlp analyses in a compact, JSON-able form, so that the on-disk cache
 * can keep an article's NLP and a restart after an edit re-reads only the
 * edited article with wink. Tokens are flat integers (gap after the previous
 * token, length, tag numbers into one table per article); a token's text is
 * sliced again from the analysed text, which it always equals (analyse checks
 * it). Unpacking checks every number, so a damaged cache is refused
 * (MalformedPack), never turned into wrong offsets.
 */
import type { Analysis, EntityType, NlpEntity, NlpSentence, NlpToken } from "./wink.js";

/** One text's analysis: [tokens (gap, length, pos, type)*, sentences (firstToken, endToken)*, entities (type, firstToken, endToken)*]. */
export type PackedText = [number[], number[], number[]];

/** The analyses of several texts (an article's paragraphs; null where a text was not analysed) with their tag names. */
export interface PackedAnalyses {
  tags: string[];
  texts: Array<PackedText | null>;
}

export class MalformedPack extends Error {
  override readonly name = "MalformedPack";
}

export function packAnalyses(analyses: ReadonlyArray<Analysis | undefined>): PackedAnalyses {
  const tags: string[] = [];
  const numbers = new Map<string, number>();
  const tag = (name: string) => {
    let n = numbers.get(name);
    if (n === undefined) {
      n = tags.push(name) - 1;
      numbers.set(name, n);
    }
    return n;
  };
  const texts = analyses.map((analysis): PackedText | null => {
    if (!analysis) return null;
    const tokens: number[] = [];
    let end = 0;
    for (const t of analysis.tokens) {
      tokens.push(t.start - end, t.end - t.start, tag(t.pos), tag(t.type));
      end = t.end;
    }
    return [tokens, analysis.sentences.flatMap((s) => [s.firstToken, s.endToken]), analysis.entities.flatMap((e) => [tag(e.type), e.firstToken, e.endToken])];
  });
  return { tags, texts };
}

const isCount = (x: unknown): x is number => Number.isInteger(x) && (x as number) >= 0;

/** The analyses back, each over `textOf(i)`; MalformedPack when anything does not fit. */
export function unpackAnalyses(packed: PackedAnalyses, textOf: (i: number) => string | undefined): Array<Analysis | undefined> {
  if (!Array.isArray(packed?.tags) || !Array.isArray(packed.texts) || !packed.tags.every((t) => typeof t === "string")) throw new MalformedPack("not packed analyses");
  const tagAt = (n: unknown) => {
    const name = isCount(n) ? packed.tags[n] : undefined;
    if (name === undefined) throw new MalformedPack("a tag number out of range");
    return name;
  };
  return packed.texts.map((entry, i): Analysis | undefined => {
    if (entry === null) return undefined;
    const text = textOf(i);
    if (text === undefined || !Array.isArray(entry) || entry.length !== 3 || !entry.every(Array.isArray)) throw new MalformedPack("a malformed text entry");
    const [flat, sentenceNumbers, entityNumbers] = entry;
    if (flat.length % 4 !== 0 || sentenceNumbers.length % 2 !== 0 || entityNumbers.length % 3 !== 0) throw new MalformedPack("a truncated list");
    const tokens: NlpToken[] = [];
    let end = 0;
    for (let k = 0; k < flat.length; k += 4) {
      const gap = flat[k];
      const length = flat[k + 1];
      // A token may start one character early (analyse's fallback search), never further back.
      if (!Number.isInteger(gap) || (gap as number) < -1 || !isCount(length)) throw new MalformedPack("a token offset is not a number");
      const start = end + (gap as number);
      end = start + length;
      if (start < 0 || end > text.length) throw new MalformedPack("a token outside its text");
      tokens.push({ text: text.slice(start, end), start, end, pos: tagAt(flat[k + 2]), type: tagAt(flat[k + 3]) });
    }
    const inRange = (first: unknown, last: unknown): [number, number] => {
      if (!isCount(first) || !isCount(last) || first >= last || last > tokens.length) throw new MalformedPack("a token range out of bounds");
      return [first, last];
    };
    const sentences: NlpSentence[] = [];
    for (let k = 0; k < sentenceNumbers.length; k += 2) {
      const [first, last] = inRange(sentenceNumbers[k], sentenceNumbers[k + 1]);
      sentences.push({ start: (tokens[first] as NlpToken).start, end: (tokens[last - 1] as NlpToken).end, firstToken: first, endToken: last });
    }
    const entities: NlpEntity[] = [];
    for (let k = 0; k < entityNumbers.length; k += 3) {
      const [first, last] = inRange(entityNumbers[k + 1], entityNumbers[k + 2]);
      entities.push({ type: tagAt(entityNumbers[k]) as EntityType, firstToken: first, endToken: last });
    }
    return { tokens, sentences, entities };
  });
}
