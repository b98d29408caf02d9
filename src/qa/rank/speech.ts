/**
 * Who says what, for "what did X say" questions, from the quote index built
 * at load: the corpus speakers a question names, the speakers of the quotes
 * a sentence holds, and whether it reports a speaker's words unquoted. A passage that quotes someone else, or no one,
 * does not tell what X said, however well its words match; and when the
 * corpus quotes X nowhere, no passage does.
 */
import type { AliasTable } from "../nlp/aliases.js";
import { termsOfTokens } from "../nlp/terms.js";
import { CUE_VERBS } from "../quotes/lexicon.js";
import type { QuoteIndex } from "../quotes/types.js";
import type { Sentence } from "../types.js";
import type { SpeakerNames } from "./question.js";

interface Span {
  start: number;
  end: number;
  speaker: string;
}

const wordsOf = (text: string) => text.toLowerCase().split(/\s+/).filter((w) => w !== "");

export class Speech implements SpeakerNames {
  private readonly spans = new Map<string, Span[]>();
  /** Each speaker's ways of being written, as term lists through the one term pipeline. */
  private readonly names: Array<{ id: string; terms: string[][] }>;
  private readonly namesById: Map<string, string[][]>;

  constructor(
    quotes: QuoteIndex,
    private readonly aliases: AliasTable,
  ) {
    for (const q of quotes.quotes) {
      if (q.speakerId === null) continue;
      const list = this.spans.get(q.citation.articleId) ?? [];
      list.push({ start: q.citation.start, end: q.citation.end, speaker: q.speakerId });
      this.spans.set(q.citation.articleId, list);
    }
    this.names = quotes.speakers.map((s) => ({
      id: s.id,
      terms: [s.name, ...s.aliases].map((n) => this.termsOf(n)).filter((t) => t.length > 0),
    }));
    this.namesById = new Map(this.names.map((s) => [s.id, s.terms]));
  }

  /** Speakers written in full or in part in the cue ("what did berejiklian say" names Gladys Berejiklian). */
  named(cue: string): string[] {
    const said = new Set(this.termsOf(cue));
    if (said.size === 0) return [];
    return this.names.filter((s) => s.terms.some((name) => name.every((t) => said.has(t)))).map((s) => s.id);
  }

  /** Does the sentence hold a quote, or part of one, given to one of these speakers? */
  quotes(sentence: Pick<Sentence, "articleId" | "start" | "end">, speakers: readonly string[]): boolean {
    if (speakers.length === 0) return false;
    const spans = this.spans.get(sentence.articleId);
    return spans !== undefined && spans.some((s) => s.start < sentence.end && s.end > sentence.start && speakers.includes(s.speaker));
  }

  /**
   * Does the sentence report one of these speakers' words without quoting
   * them ("Peskov said there could be progress")? It names the speaker and
   * has a reporting verb; `folded` is the sentence as model.folded gives it.
   */
  reports(own: ReadonlySet<string>, folded: string, speakers: readonly string[]): boolean {
    const named = speakers.some((id) => this.namesById.get(id)?.some((name) => name.every((t) => own.has(t))));
    return named && folded.split(" ").some((w) => CUE_VERBS.has(w));
  }

  private termsOf(text: string): string[] {
    return termsOfTokens(wordsOf(text), this.aliases).flat();
  }
}
