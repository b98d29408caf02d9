/**
 * Question-term weights within one article. Corpus-wide IDF rates an
 * article's own subject ("Luther" in an article about Luther) as rare, yet
 * inside that article it is in most sentences and tells them apart not at
 * all; what picks the right sentence there is the words rare in the article.
 * So each candidate is also scored against weights from its own article's
 * sentence frequencies (CorpusModel.articleFrequencies).
 */
import type { ArticleFrequencies } from "../corpus/model.js";
import type { QuestionAnalysis } from "./question.js";

/** The three article-local coverages of a candidate, each in [0, 1]. */
export interface LocalCoverage {
  /** Share of the article-local weight the sentence matches. */
  sentence: number;
  /** The same for the sentence's paragraph. */
  paragraph: number;
  /** Share of local times global weight, over the terms the article uses at all. */
  both: number;
}

interface ArticleWeights {
  local: number[];
  both: number[];
  localTotal: number;
  bothTotal: number;
}

/** Article-local weights of one question's terms, computed once per article among its candidates. */
export class LocalWeights {
  private readonly byArticle = new Map<number, ArticleWeights>();

  constructor(
    private readonly frequencies: readonly ArticleFrequencies[],
    private readonly q: QuestionAnalysis,
  ) {}

  private weightsFor(article: number): ArticleWeights {
    let w = this.byArticle.get(article);
    if (w) return w;
    const f = this.frequencies[article] ?? { df: new Map<string, number>(), sentences: 0 };
    w = { local: [], both: [], localTotal: 0, bothTotal: 0 };
    for (const t of this.q.terms) {
      const d = f.df.get(t) ?? 0;
      const local = Math.log(1 + (f.sentences - d + 0.5) / (d + 0.5));
      // A term the article never uses cannot tell its sentences apart.
      const both = d > 0 ? local * (this.q.weight.get(t) ?? 0) : 0;
      w.local.push(local);
      w.both.push(both);
      w.localTotal += local;
      w.bothTotal += both;
    }
    this.byArticle.set(article, w);
    return w;
  }

  /** Share of the article-local weight of a sentence that matched these question terms (LocalCoverage.sentence alone, for retrieval). */
  matchedShare(article: number, matched: readonly string[]): number {
    const w = this.weightsFor(article);
    if (w.localTotal <= 0) return 0;
    let sum = 0;
    for (const t of matched) sum += w.local[this.q.terms.indexOf(t)] ?? 0;
    return sum / w.localTotal;
  }

  coverage(article: number, own: ReadonlySet<string>, paragraph: ReadonlyMap<string, number>): LocalCoverage {
    const w = this.weightsFor(article);
    let sentence = 0;
    let inParagraph = 0;
    let both = 0;
    const terms = this.q.terms;
    for (let i = 0; i < terms.length; i++) {
      const t = terms[i] as string;
      if (own.has(t)) {
        sentence += w.local[i] ?? 0;
        both += w.both[i] ?? 0;
      }
      if (paragraph.has(t)) inParagraph += w.local[i] ?? 0;
    }
    return { sentence: share(sentence, w.localTotal), paragraph: share(inParagraph, w.localTotal), both: share(both, w.bothTotal) };
  }
}

/** x as a share of a total (0 of nothing); a module function, not a closure per call (see rank/answerEvidence.ts `fresh`). */
function share(x: number, total: number): number {
  return total > 0 ? x / total : 0;
}
