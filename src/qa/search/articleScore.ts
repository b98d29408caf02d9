/**
 * Story first: score whole articles for a question before picking sentences.
 * A paraphrased question shares few words with its answer sentence but many
 * with the story as a whole (its headline, its lead, the names it keeps
 * repeating), so an article's evidence is gathered over all its citable
 * sentences: BM25 with a term's frequency counted as the number of the
 * article's sentences holding it, and headline terms counted twice.
 * Postings are derived from the model's per-article frequencies the first
 * time a model is scored, then kept beside it.
 */
import type { CorpusModel } from "../corpus/model.js";

/** BM25 parameters for articles; the sentence index uses minisearch's. */
const K1 = 1.2;
const B = 0.5;
/** A headline term counts as this many extra sentences holding it. */
const HEADLINE_BOOST = 2;

/** Term t's postings are `[from[t], from[t + 1])` of `articles` and `counts`: flat arrays, not two per term. */
interface ArticleTable {
  terms: Map<string, number>;
  from: Int32Array;
  articles: Int32Array;
  counts: Float32Array;
  lengths: Float32Array;
  averageLength: number;
  n: number;
}

const tables = new WeakMap<CorpusModel, ArticleTable>();

function tableOf(model: CorpusModel): ArticleTable {
  const have = tables.get(model);
  if (have) return have;
  const lists = new Map<string, Array<[number, number]>>();
  const lengths = new Float32Array(model.articles.length);
  model.articleFrequencies.forEach((f, a) => {
    const headline = model.headlineTerms[a] ?? new Set<string>();
    const terms = new Set([...f.df.keys(), ...headline]);
    for (const t of terms) {
      const count = (f.df.get(t) ?? 0) + (headline.has(t) ? HEADLINE_BOOST : 0);
      let list = lists.get(t);
      if (!list) lists.set(t, (list = []));
      list.push([a, count]);
    }
    lengths[a] = f.sentences + HEADLINE_BOOST;
  });
  const terms = new Map<string, number>();
  const from = new Int32Array(lists.size + 1);
  let size = 0;
  for (const list of lists.values()) size += list.length;
  const articles = new Int32Array(size);
  const counts = new Float32Array(size);
  let at = 0;
  for (const [t, list] of lists) {
    from[terms.size] = at;
    terms.set(t, terms.size);
    for (const [a, count] of list) {
      articles[at] = a;
      counts[at] = count;
      at++;
    }
  }
  from[terms.size] = at;
  let total = 0;
  for (const l of lengths) total += l;
  const table = { terms, from, articles, counts, lengths, averageLength: lengths.length > 0 ? total / lengths.length : 1, n: lengths.length };
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
  const { n } = tableOf(model);
  const maxIdf = Math.log(1 + (n + 0.5) / 0.5);
  return terms > 0 && maxIdf > 0 ? score / (terms * maxIdf) : 0;
}

/** Every article holding a question term, best first. */
export function scoreArticles(model: CorpusModel, terms: readonly string[]): ArticleHit[] {
  const table = tableOf(model);
  const scores = new Map<number, number>();
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
      scores.set(a, (scores.get(a) ?? 0) + (idf * f * (K1 + 1)) / (f + norm));
    }
  }
  return [...scores.entries()].map(([article, score]) => ({ article, score })).sort((x, y) => y.score - x.score || x.article - y.article);
}
