/**
 * Story first: score whole articles for a question before picking sentences.
 * A paraphrased question shares few words with its answer sentence but many
 * with the story as a whole (its headline, its lead, the names it keeps
 * repeating), so an article's evidence is gathered over all its citable
 * sentences: BM25 with a term's frequency counted as the number of the
 * article's sentences holding it, and headline terms counted twice.
 * Postings are derived from the sentence index's the first time a model is
 * scored, then kept beside it.
 */
import type { CorpusModel } from "../corpus/model.js";
import { keepBest } from "./keepBest.js";
import type { SentenceIndex } from "./sentenceIndex.js";

/** BM25 parameters for articles; the sentence index uses minisearch's. */
const K1 = 1.2;
const B = 0.5;
/** A headline term counts as this many extra sentences holding it. */
const HEADLINE_BOOST = 2;

/** Term t's postings are `[from[t], from[t + 1])` of `articles` and `counts`: flat arrays, not two per term. */
export interface ArticleTable {
  terms: Map<string, number>;
  from: Int32Array;
  articles: Int32Array;
  counts: Float32Array;
  lengths: Float32Array;
  averageLength: number;
  n: number;
  /** Scratch space for one scoring at a time, by article: its score so far, whether it has one, and the articles met in order. */
  scratch: { acc: Float64Array; met: Uint8Array; order: Int32Array };
}

const tables = new WeakMap<CorpusModel, ArticleTable>();

/**
 * The article postings, read off the sentence index's: a term's sentences
 * ascend, and so do their articles, so each run of one article's sentences
 * is that article's count. Counting every article's sentence frequencies
 * instead took the first question after a start about 0.4 s at 100,000
 * sentences (and kept a map of every article's terms).
 */
export function articleTable(model: CorpusModel, index: SentenceIndex): ArticleTable {
  const have = tables.get(model);
  if (have) return have;
  const n = model.articles.length;
  // Headline terms, each with its articles in ascending order.
  const headlines = new Map<string, number[]>();
  model.headlineTerms.forEach((terms, a) => {
    for (const t of terms) {
      const list = headlines.get(t);
      if (list) list.push(a);
      else headlines.set(t, [a]);
    }
  });
  const { terms: indexTerms, offsets, docs, ids } = index.toPacked();
  let capacity = docs.length;
  for (const list of headlines.values()) capacity += list.length;
  const terms = new Map<string, number>();
  const from = new Int32Array(indexTerms.length + headlines.size + 1);
  const articles = new Int32Array(capacity);
  const counts = new Float32Array(capacity);
  let at = 0;
  const push = (a: number, count: number) => {
    articles[at] = a;
    counts[at] = count;
    at++;
  };
  /** Term `term`'s postings: its sentences' article runs merged with its headline articles, ascending. */
  const add = (term: string, first: number, end: number) => {
    from[terms.size] = at;
    terms.set(term, terms.size);
    const headline = headlines.get(term) ?? [];
    let h = 0;
    for (let p = first; p < end; ) {
      const a = model.articleOf[ids[docs[p] as number] as number] as number;
      let count = 0;
      while (p < end && model.articleOf[ids[docs[p] as number] as number] === a) {
        count++;
        p++;
      }
      while (h < headline.length && (headline[h] as number) < a) push(headline[h++] as number, HEADLINE_BOOST);
      if (headline[h] === a) {
        count += HEADLINE_BOOST;
        h++;
      }
      push(a, count);
    }
    while (h < headline.length) push(headline[h++] as number, HEADLINE_BOOST);
  };
  indexTerms.forEach((term, t) => add(term, offsets[t] as number, offsets[t + 1] as number));
  for (const term of headlines.keys()) if (!terms.has(term)) add(term, 0, 0);
  from[terms.size] = at;
  const lengths = Float32Array.from(model.articleFrequencies, (f) => f.sentences + HEADLINE_BOOST);
  let total = 0;
  for (const l of lengths) total += l;
  const scratch = { acc: new Float64Array(n), met: new Uint8Array(n), order: new Int32Array(n) };
  const table = { terms, from: from.subarray(0, terms.size + 1), articles: articles.subarray(0, at), counts: counts.subarray(0, at), lengths, averageLength: n > 0 ? total / n : 1, n, scratch };
  tables.set(model, table);
  return table;
}

/** An article and its score for one question. */
export interface ArticleHit {
  article: number;
  score: number;
}

/**
 * How strongly one article matches: its score per question term over the
 * highest IDF an article term can have here. A question about a story the
 * corpus carries scores well above one about something it never covers.
 * On a corpus of a few articles every term's IDF is low and so is this
 * (`npm run eval -- --subsets` shows what that does to the outcomes);
 * scaling by the IDF of a term one article holds instead lifted common
 * words too, and on the bundled five articles "What is the capital of
 * France?" came back as a high-confidence answer.
 */
export function storyStrength(model: CorpusModel, score: number, terms: number): number {
  const n = model.articles.length;
  const maxIdf = Math.log(1 + (n + 0.5) / 0.5);
  return terms > 0 && maxIdf > 0 ? score / (terms * maxIdf) : 0;
}

/** The best `limit` articles holding a question term (every one by default), best first (ties by article number). */
export function scoreArticles(model: CorpusModel, index: SentenceIndex, terms: readonly string[], limit = Infinity): ArticleHit[] {
  if (limit <= 0) return [];
  const table = articleTable(model, index);
  // Scores summed in the table's scratch space (a question's terms can reach most articles): a map per question was 6% of its garbage.
  const { acc, met, order } = table.scratch;
  let size = 0;
  for (const term of terms) {
    const t = table.terms.get(term);
    if (t === undefined) continue;
    const first = table.from[t] as number;
    const end = table.from[t + 1] as number;
    const idf = Math.log(1 + (table.n - (end - first) + 0.5) / (end - first + 0.5));
    for (let i = first; i < end; i++) {
      const a = table.articles[i] as number;
      const f = table.counts[i] as number;
      const norm = K1 * (1 - B + (B * (table.lengths[a] ?? 0)) / table.averageLength);
      if (met[a] === 0) {
        met[a] = 1;
        acc[a] = 0;
        order[size++] = a;
      }
      acc[a] = (acc[a] as number) + (idf * f * (K1 + 1)) / (f + norm);
    }
  }
  const hits: ArticleHit[] = [];
  const before = (x: ArticleHit, y: ArticleHit) => beats(x.score, x.article, y);
  const all = limit >= size;
  for (let j = 0; j < size; j++) {
    const article = order[j] as number;
    met[article] = 0;
    const score = acc[article] as number;
    // A question needs the leading few of hundreds of articles: keep them by insertion rather than sorting all.
    if (all) hits.push({ article, score });
    else if (hits.length < limit || beats(score, article, hits[limit - 1] as ArticleHit)) keepBest(hits, { article, score }, limit, before);
  }
  if (all) hits.sort((x, y) => y.score - x.score || x.article - y.article);
  return hits;
}

/** Whether an article with this score goes before `hit`: a higher score, or the same and a lower number. */
function beats(score: number, article: number, hit: ArticleHit): boolean {
  return score > hit.score || (score === hit.score && article < hit.article);
}
