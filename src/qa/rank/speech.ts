/**
 * Who says what, for "what did X say" questions, from the quote index built
 * at load: the corpus speakers a question names, the speakers of the quotes
 * a sentence holds, and whether it reports a speaker's words unquoted. A
 * passage that quotes someone else, or no one, does not tell what X said,
 * however well its words match; and when the corpus quotes X nowhere, no
 * passage does.
 */
import type { AliasTable } from "../nlp/aliases.js";
import { termsOfTokens } from "../nlp/terms.js";
import { CUE_VERBS } from "../quotes/lexicon.js";
import { QuotesByArticle } from "../quotes/overlap.js";
import type { QuoteIndex } from "../quotes/types.js";
import type { Sentence } from "../types.js";
import type { SpeakerNames } from "./question.js";

const wordsOf = (text: string) => text.toLowerCase().split(/\s+/).filter((w) => w !== "");

export class Speech implements SpeakerNames {
  private readonly byArticle: QuotesByArticle;
  /** Each speaker's ways of being written, by speaker id, as term lists through the one term pipeline. */
  private readonly names: Map<string, string[][]>;

  constructor(
    quotes: QuoteIndex,
    private readonly aliases: AliasTable,
  ) {
    this.byArticle = new QuotesByArticle(quotes.quotes);
    this.names = new Map(quotes.speakers.map((s) => [s.id, [s.name, ...s.aliases].map((n) => this.termsOf(n)).filter((t) => t.length > 0)] as const));
  }

  /** Speakers written in full or in part in the cue ("what did berejiklian say" names Gladys Berejiklian). */
  named(cue: string): string[] {
    const said = new Set(this.termsOf(cue));
    if (said.size === 0) return [];
    return [...this.names].filter(([, names]) => names.some((name) => name.every((t) => said.has(t)))).map(([id]) => id);
  }

  /** Does the sentence hold a quote, or part of one, given to one of these speakers? */
  quotes(sentence: Pick<Sentence, "articleId" | "start" | "end">, speakers: readonly string[]): boolean {
    if (speakers.length === 0) return false;
    return this.byArticle.within(sentence).some((q) => q.speakerId !== null && speakers.includes(q.speakerId));
  }

  /**
   * Does the sentence report one of these speakers' words without quoting
   * them ("Peskov said there could be progress")? It names the speaker and
   * has a reporting verb; `folded` is the sentence as model.folded gives it.
   */
  reports(own: ReadonlySet<string>, folded: string, speakers: readonly string[]): boolean {
    const named = speakers.some((id) => this.names.get(id)?.some((name) => name.every((t) => own.has(t))));
    return named && folded.split(" ").some((w) => CUE_VERBS.has(w));
  }

  private termsOf(text: string): string[] {
    return termsOfTokens(wordsOf(text), this.aliases).flat();
  }
}
