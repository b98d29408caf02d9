/**
 * Phrasal verbs that English news and the people asking about it use in
 * place of one plain verb: a story says "died" where a reader asks where
 * someone "passed away", or "81 had lost their lives" where the question
 * asks how many died. They join the alias table of every corpus (a corpus's
 * own aliases.txt still wins), so indexing and questions both read the
 * phrase as the verb.
 *
 * Only phrases with one everyday sense are listed: "blow up" (explode,
 * enlarge, lose one's temper) and "give up" are not. General English, not
 * any outlet's style; each group has tests on invented sentences.
 */
import { type AliasGroup, type AliasTable, buildAliasTable } from "./aliases.js";

/** The phrases that say "die" (rank/death.ts reads a question's death from them too). */
export const DIE_PHRASES: readonly string[] = ["pass away", "lose his life", "lose her life", "lose its life", "lose their life", "lose their lives", "lost his life", "lost her life", "lost its life", "lost their life", "lost their lives"];

/**
 * Variants match by stem, so "passed away", "passing away" and "passes away"
 * are all "pass away"; each canonical verb is written as its own stem ("die"
 * for "died"), so the phrase and the verb share one term.
 */
const IDIOMS: readonly AliasGroup[] = [
  { canonical: "die", variants: [...DIE_PHRASES] },
  { canonical: "resign", variants: ["step down"] },
  { canonical: "cancel", variants: ["call off"] },
];

let idioms: AliasTable | undefined;

/**
 * The corpus's alias table with the idioms added to its terms; a phrase the
 * corpus lists keeps the corpus's term. Not to its spellings, which match
 * names.
 */
export function withIdioms(aliases: AliasTable): AliasTable {
  idioms ??= buildAliasTable(IDIOMS);
  const terms = new Map(idioms.terms);
  for (const [k, v] of aliases.terms) terms.set(k, v);
  return { terms, spellings: aliases.spellings, maxWords: Math.max(idioms.maxWords, aliases.maxWords) };
}
