/**
 * Which paragraph of its article a question is about, by TF-IDF cosine with
 * IDF taken over that article's paragraphs only. Corpus-wide weights cannot
 * tell an article's paragraphs apart by its own subject; weights within the
 * article can, and the cosine's length normalisation keeps a long paragraph
 * from winning on bulk.
 *
 * Only the question's terms add to a dot product, so an article's are read
 * through the sentence index (the article's sentences holding each term)
 * and its paragraphs' vector lengths from corpus/articleParagraphs.ts.
 */
import { localIdf, tfWeight } from "../corpus/articleParagraphs.js";
import type { CorpusModel } from "../corpus/model.js";
import type { SentenceIndex } from "../search/sentenceIndex.js";
import type { QuestionAnalysis } from "./question.js";

/** A candidate paragraph's cosine with the question, and the same as a share of the article's best. */
export interface ParagraphMatch {
  cosine: number;
  share: number;
}

/** One article's cosines: `dots[i]` belongs to its i-th paragraph. */
interface Scored {
  paragraphs: readonly number[] | undefined;
  dots: Float64Array;
  best: number;
}

/** One question term within one article: the paragraphs holding it (by place, ascending) and its count in each. */
interface TermInArticle {
  idf: number;
  at: number[];
  tf: number[];
}

/** Paragraph cosines for one question, computed once per article among its candidates. */
export class ParagraphCosine {
  private readonly byArticle = new Map<number, Scored>();

  constructor(
    private readonly model: Pick<CorpusModel, "articleParagraphs" | "articleSentences" | "paragraphOf" | "features" | "sentences">,
    private readonly index: Pick<SentenceIndex, "forEachWith">,
    private readonly q: QuestionAnalysis,
  ) {}

  of(article: number, paragraph: number): ParagraphMatch {
    const a = this.scored(article);
    // An article's paragraphs are numbered consecutively (CorpusModel.paragraphOf).
    const i = a.paragraphs ? paragraph - (a.paragraphs[0] ?? 0) : -1;
    const cosine = i >= 0 && i < a.dots.length && a.paragraphs?.[i] === paragraph ? (a.dots[i] as number) : 0;
    return { cosine, share: a.best > 0 ? cosine / a.best : 0 };
  }

  private scored(article: number): Scored {
    const known = this.byArticle.get(article);
    if (known) return known;
    const paragraphs = this.model.articleParagraphs.paragraphs(article);
    const lengths = this.model.articleParagraphs.lengths(article);
    const dots = new Float64Array(paragraphs?.length ?? 0);
    let best = 0;
    if (paragraphs && lengths) {
      const { norms, plainTerms } = lengths;
      const found = new Map<string, TermInArticle | undefined>();
      const lists: TermInArticle[] = [];
      let qNorm = 0;
      // Every occurrence of a term the question repeats counts, as in the question's vector.
      for (const term of this.q.terms) {
        if (!found.has(term)) found.set(term, this.termIn(article, paragraphs, term, plainTerms));
        const t = found.get(term);
        if (t === undefined) continue;
        lists.push(t);
        qNorm += t.idf * t.idf;
      }
      qNorm = Math.sqrt(qNorm);
      for (const t of lists) {
        const w = t.idf / qNorm;
        for (let k = 0; k < t.at.length; k++) {
          const i = t.at[k] as number;
          const norm = norms[i] as number;
          dots[i] = (dots[i] as number) + w * (norm > 0 ? (tfWeight(t.tf[k] as number) * t.idf) / norm : 0);
        }
      }
      for (let i = 0; i < dots.length; i++) if ((dots[i] as number) > best) best = dots[i] as number;
    }
    const scored = { paragraphs, dots, best };
    this.byArticle.set(article, scored);
    return scored;
  }

  /**
   * Where a term stands in an article's paragraphs, counted in its citable
   * sentences' terms; undefined if nowhere. The index names the sentences
   * holding a one-word term, with their counts when the article's terms are
   * all single words (the index splits terms at spaces); otherwise the
   * sentences' terms are counted whole, as a paragraph's term counts are.
   */
  private termIn(article: number, paragraphs: readonly number[], term: string, plainTerms: boolean): TermInArticle | undefined {
    const ids = this.model.articleSentences[article];
    if (!ids || ids.length === 0) return undefined;
    const tally = new Tally(paragraphs[0] as number, this.model.paragraphOf);
    const { features } = this.model;
    // Callbacks written in place (a named closure costs a defineProperty per call under tsx: see TermList in features.ts).
    const plain = term !== "" && !term.includes(" ");
    if (plain && plainTerms) this.index.forEachWith(term, ids[0] as number, ids[ids.length - 1] as number, (id, tf) => tally.add(id, tf));
    else if (plain) this.index.forEachWith(term, ids[0] as number, ids[ids.length - 1] as number, (id) => tally.add(id, countOf(features(id)?.terms, term)));
    else for (const id of ids) if (!this.model.sentences[id]?.boilerplate) tally.add(id, countOf(features(id)?.terms, term));
    return tally.at.length === 0 ? undefined : { idf: localIdf(paragraphs.length, tally.at.length), at: tally.at, tf: tally.tf };
  }
}

/** A term's counts summed by paragraph, sentences met in reading order. */
class Tally {
  readonly at: number[] = [];
  readonly tf: number[] = [];

  constructor(
    private readonly first: number,
    private readonly paragraphOf: Int32Array,
  ) {}

  add(id: number, n: number): void {
    if (n === 0) return;
    const i = (this.paragraphOf[id] as number) - this.first;
    const last = this.at.length - 1;
    if (this.at[last] === i) this.tf[last] = (this.tf[last] as number) + n;
    else {
      this.at.push(i);
      this.tf.push(n);
    }
  }
}

/** How many times a term list holds a term, whole. */
function countOf(terms: readonly string[] | undefined, term: string): number {
  let n = 0;
  for (const t of terms ?? []) if (t === term) n++;
  return n;
}
