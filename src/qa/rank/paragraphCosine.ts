/**
 * Which paragraph of its article a question is about, by TF-IDF cosine with
 * IDF taken over that article's paragraphs only. Corpus-wide weights cannot
 * tell an article's paragraphs apart by its own subject; weights within the
 * article can, and the cosine's length normalisation keeps a long paragraph
 * from winning on bulk.
 */
import type { ParagraphTable } from "./paragraphScore.js";
import type { QuestionAnalysis } from "./question.js";

/** One article's paragraphs, as postings of their unit-length TF-IDF vectors. */
export interface ArticleParagraphs {
  /** Corpus-wide paragraph numbers (indexes into ParagraphTable.paragraphs). */
  paragraphs: number[];
  /** Per term of the article's citable text: its IDF there and its postings. */
  terms: Map<string, TermPostings>;
}

/** Parallel arrays, read in the hot loop of every question. */
export interface TermPostings {
  /** IDF over the article's paragraphs. */
  idf: number;
  /** The paragraphs holding the term (indexes into `paragraphs`), in order. */
  at: Int32Array;
  /** Each one's normalised TF-IDF weight of the term. */
  weight: Float64Array;
}

/** A candidate paragraph's cosine with the question, and the same as a share of the article's best. */
export interface ParagraphMatch {
  cosine: number;
  share: number;
}

/** Sublinear term frequency: a word said five times is not five times as telling. */
const tfWeight = (f: number) => 1 + Math.log(f);

/**
 * Every article's paragraph postings, each built on first use: building all
 * of them takes tens of milliseconds, which a one-question CLI run or a bot
 * restart should not pay for articles it never ranks.
 */
export class ArticleParagraphIndex {
  private readonly built: Array<ArticleParagraphs | undefined>;

  constructor(
    private readonly table: ParagraphTable,
    private readonly paragraphsByArticle: ReadonlyArray<readonly number[]>,
  ) {
    this.built = paragraphsByArticle.map(() => undefined);
  }

  of(article: number): ArticleParagraphs | undefined {
    const paragraphs = this.paragraphsByArticle[article];
    if (!paragraphs) return undefined;
    return (this.built[article] ??= buildArticle(this.table, paragraphs));
  }
}

function buildArticle(table: ParagraphTable, paragraphs: readonly number[]): ArticleParagraphs {
  const tfs = paragraphs.map((p) => table.paragraphs[p]?.tf ?? new Map<string, number>());
  const df = new Map<string, number>();
  for (const tf of tfs) for (const t of tf.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  // `filled` counts postings written so far; filling in paragraph order keeps them sorted.
  const terms = new Map<string, TermPostings & { filled: number }>();
  for (const [t, d] of df) terms.set(t, { idf: Math.log(1 + paragraphs.length / d), at: new Int32Array(d), weight: new Float64Array(d), filled: 0 });
  tfs.forEach((tf, i) => {
    const entries: Array<[TermPostings & { filled: number }, number]> = [];
    let sum = 0;
    for (const [t, f] of tf) {
      const entry = terms.get(t);
      if (!entry) continue;
      const w = tfWeight(f) * entry.idf;
      sum += w * w;
      entries.push([entry, w]);
    }
    const norm = Math.sqrt(sum);
    for (const [entry, w] of entries) {
      entry.at[entry.filled] = i;
      entry.weight[entry.filled] = norm > 0 ? w / norm : 0;
      entry.filled++;
    }
  });
  return { paragraphs: [...paragraphs], terms };
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
      const lists: TermPostings[] = [];
      let qNorm = 0;
      for (const t of this.q.terms) {
        const list = info.terms.get(t);
        if (!list) continue;
        lists.push(list);
        qNorm += list.idf * list.idf;
      }
      qNorm = Math.sqrt(qNorm);
      for (const list of lists) {
        const w = list.idf / qNorm;
        for (let k = 0; k < list.at.length; k++) {
          const i = list.at[k] as number;
          dots[i] = (dots[i] as number) + w * (list.weight[k] as number);
        }
      }
      for (let i = 0; i < dots.length; i++) if ((dots[i] as number) > best) best = dots[i] as number;
    }
    const scored = { info, dots, best };
    this.byArticle.set(article, scored);
    return scored;
  }
}
