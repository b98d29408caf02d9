/**
 * Which paragraph of its article a question is about, by TF-IDF cosine with
 * IDF taken over that article's paragraphs only. Corpus-wide weights cannot
 * tell an article's paragraphs apart by its own subject; weights within the
 * article can, and the cosine's length normalisation keeps a long paragraph
 * from winning on bulk.
 */
import type { ArticleParagraphIndex, ArticleParagraphs } from "../corpus/articleParagraphs.js";
import type { QuestionAnalysis } from "./question.js";

/** A candidate paragraph's cosine with the question, and the same as a share of the article's best. */
export interface ParagraphMatch {
  cosine: number;
  share: number;
}

/** One article's cosines: `dots[i]` belongs to its i-th paragraph. */
interface Scored {
  info: ArticleParagraphs | undefined;
  dots: Float64Array;
  best: number;
}

/** Paragraph cosines for one question, computed once per article among its candidates. */
export class ParagraphCosine {
  private readonly byArticle = new Map<number, Scored>();

  constructor(
    private readonly articles: ArticleParagraphIndex,
    private readonly q: QuestionAnalysis,
  ) {}

  of(article: number, paragraph: number): ParagraphMatch {
    const a = this.scored(article);
    // An article's paragraphs are numbered consecutively (CorpusModel.paragraphOf).
    const i = a.info ? paragraph - (a.info.paragraphs[0] ?? 0) : -1;
    const cosine = i >= 0 && i < a.dots.length && a.info?.paragraphs[i] === paragraph ? (a.dots[i] as number) : 0;
    return { cosine, share: a.best > 0 ? cosine / a.best : 0 };
  }

  private scored(article: number): Scored {
    const known = this.byArticle.get(article);
    if (known) return known;
    const info = this.articles.of(article);
    const dots = new Float64Array(info?.paragraphs.length ?? 0);
    let best = 0;
    if (info) {
      const { idf, from, at, weight } = info;
      const lists: number[] = [];
      let qNorm = 0;
      for (const term of this.q.terms) {
        const t = info.terms.get(term);
        if (t === undefined) continue;
        lists.push(t);
        qNorm += (idf[t] as number) * (idf[t] as number);
      }
      qNorm = Math.sqrt(qNorm);
      for (const t of lists) {
        const w = (idf[t] as number) / qNorm;
        for (let k = from[t] as number; k < (from[t + 1] as number); k++) {
          const i = at[k] as number;
          dots[i] = (dots[i] as number) + w * (weight[k] as number);
        }
      }
      for (let i = 0; i < dots.length; i++) if ((dots[i] as number) > best) best = dots[i] as number;
    }
    const scored = { info, dots, best };
    this.byArticle.set(article, scored);
    return scored;
  }
}
