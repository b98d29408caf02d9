/**
 * Which of a sentence's words are names. Inside a sentence a capital letter
 * or wink's PROPN tag says so. A sentence's first word is capitalised
 * whatever it is, and the lite model tags many an opening word PROPN
 * ("Officials in Boston said", "Residents were told", "Several groups
 * said"). Such a word is a name when the article capitalises it inside a
 * sentence too ("Police" beside "Metropolitan Police"); otherwise it is no
 * name when the article also writes it in lower case ("Officials said ...
 * the officials") or when, read alone in lower case, it is no noun
 * ("several", "few", "however"). "Halvorsen said", named nowhere else,
 * stays a name: alone, "halvorsen" reads as a noun.
 */
import { analyseTokens } from "../nlp/wink.js";

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
    if (opening.terms.some((t) => this.insideAny.has(t))) return true;
    const lower = opening.word.toLowerCase();
    return !this.lowerCase.has(lower) && readsAsNoun(lower);
  }
}

/** Opening words repeat across articles ("However", "Several"): each is read alone once. */
const nounReadings = new Map<string, boolean>();
const NOUN_READINGS_LIMIT = 10_000;

/** Whether a lower-case word read alone is tagged a noun: a name is ("halvorsen"), a determiner, adjective or adverb is not. */
function readsAsNoun(word: string): boolean {
  let noun = nounReadings.get(word);
  if (noun === undefined) {
    const pos = analyseTokens(word)[0]?.pos;
    noun = pos === "NOUN" || pos === "PROPN";
    if (nounReadings.size >= NOUN_READINGS_LIMIT) nounReadings.clear();
    nounReadings.set(word, noun);
  }
  return noun;
}
