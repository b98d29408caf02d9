/**
 * Which words of a quoted sentence matched the question, as ranges of the
 * sentence text. Words are found with a light regex and mapped to terms by
 * the shared pipeline, so a highlight means exactly "this word matched".
 */
import type { AliasTable } from "../nlp/aliases.js";
import { termsOfTokens } from "../nlp/terms.js";
import type { Highlight } from "../types.js";

const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}'’.-]*[\p{L}\p{N}])?/gu;

export function highlightsOf(text: string, questionTerms: ReadonlySet<string>, aliases: AliasTable): Highlight[] {
  const words = [...text.matchAll(WORD)];
  const terms = termsOfTokens(words.map((m) => m[0]), aliases);
  const out: Highlight[] = [];
  words.forEach((m, i) => {
    if (!(terms[i] ?? []).some((t) => questionTerms.has(t))) return;
    const start = m.index;
    const last = out[out.length - 1];
    // Adjacent matches ("Volodymyr Zelensky") become one bold run.
    if (last && /^\s+$/.test(text.slice(last.end, start))) last.end = start + m[0].length;
    else out.push({ start, end: start + m[0].length });
  });
  return out;
}
