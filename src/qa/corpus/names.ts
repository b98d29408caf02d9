/**
 * Which of a sentence's words are names. Inside a sentence a capital letter
 * or wink's PROPN tag says so. A sentence's first word is capitalised
 * whatever it is, and the lite model tags many an opening word PROPN
 * ("Officials in Boston said", "Residents were told", "Several groups
 * said"): such a word is a name unless the article also writes it in lower
 * case and never capitalises it inside a sentence. "Officials said ... the
 * officials" is a common noun; "Halvorsen said", named nowhere else, stays
 * a name, as does "Police" beside "Metropolitan Police".
 */

/** A token as the name reading sees it. */
export interface NameToken {
  text: string;
  pos: string;
  type: string;
}

interface SentenceNames {
  inside: Set<string>;
  /** The first word, as written, and its terms when it is tagged PROPN. */
  opening: { word: string; terms: readonly string[] } | undefined;
}

/** Names sentence by sentence through one article; `names()` once every sentence is read. */
export class ArticleNames {
  private readonly sentences: SentenceNames[] = [];
  private readonly insideAny = new Set<string>();
  private readonly lowerCase = new Set<string>();

  /** Read the tokens [from, to) of the next sentence, given each token's index terms. */
  add(tokens: readonly (NameToken | undefined)[], termsByToken: readonly (readonly string[] | undefined)[], from: number, to: number): void {
    const inside = new Set<string>();
    let opening: SentenceNames["opening"];
    let first = true;
    for (let t = from; t < to; t++) {
      const token = tokens[t];
      // Quotation marks and brackets before the first word leave it the first word ("(Reporting by ...").
      if (!token || token.type === "punctuation") continue;
      if (/^\p{Ll}/u.test(token.text)) this.lowerCase.add(token.text);
      if (first) {
        first = false;
        if (token.pos === "PROPN") opening = { word: token.text, terms: termsByToken[t] ?? [] };
        continue;
      }
      if (token.pos === "PROPN" || /^\p{Lu}/u.test(token.text)) for (const x of termsByToken[t] ?? []) inside.add(x);
    }
    for (const x of inside) this.insideAny.add(x);
    this.sentences.push({ inside, opening });
  }

  /** Each sentence's name terms, in reading order. */
  names(): string[][] {
    return this.sentences.map(({ inside, opening }) => {
      const out = opening && this.isName(opening) ? [...opening.terms] : [];
      for (const t of inside) if (!out.includes(t)) out.push(t);
      return out;
    });
  }

  private isName(opening: NonNullable<SentenceNames["opening"]>): boolean {
    if (!this.lowerCase.has(opening.word.toLowerCase())) return true;
    return opening.terms.some((t) => this.insideAny.has(t));
  }
}
