/**
 * Which words of a quoted sentence matched the question, as ranges of the
 * sentence text. Words are found with a light regex and mapped to terms by
 * the shared pipeline, so a highlight means exactly "this word matched".
 */
import type { AliasTable } from "../nlp/aliases.js";
import { isAscii } from "../nlp/normalize.js";
import { termsOfTokens } from "../nlp/terms.js";
import type { Highlight } from "../types.js";

const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}'’.-]*[\p{L}\p{N}])?/gu;
/** WORD for plain ASCII text, where \p{L} and \p{N} are [A-Za-z] and [0-9]: the same words, found at under half the cost. */
const ASCII_WORD = /[A-Za-z0-9](?:[A-Za-z0-9'.-]*[A-Za-z0-9])?/g;

export function highlightsOf(text: string, questionTerms: ReadonlySet<string>, aliases: AliasTable): Highlight[] {
  const words: string[] = [];
  const starts: number[] = [];
  const pattern = isAscii(text) ? ASCII_WORD : WORD;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    words.push(m[0]);
    starts.push(m.index);
  }
  const spans: number[] = [];
  const terms = termsOfTokens(words, aliases, spans);
  const out: Highlight[] = [];
  words.forEach((word, i) => {
    if (!(terms[i] ?? []).some((t) => questionTerms.has(t))) return;
    const start = starts[i] as number;
    // A phrase read as one term ("passed away", "United States") is bold as a whole.
    const lastWord = i + (spans[i] ?? 1) - 1;
    const end = (starts[lastWord] as number) + (words[lastWord] as string).length;
    const last = out[out.length - 1];
    // Adjacent matches ("Volodymyr Zelensky") become one bold run.
    if (last && /^\s+$/.test(text.slice(last.end, start))) last.end = end;
    else out.push({ start, end });
  });
  return out;
}
