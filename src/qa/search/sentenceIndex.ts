/**
 * The one module that talks to minisearch. It indexes sentences for answers
 * and paragraphs for context (any unit given as a term list with an id). Documents arrive already reduced
 * to index terms by the shared term pipeline, so minisearch's own tokenizer
 * and term processing are identity functions and cannot drift from ours.
 */
import MiniSearch, { type AsPlainObject, type Options } from "minisearch";

/** The serialisable form of the index (minisearch's plain object: counts, lengths, and one entry per term). */
export type IndexSnapshot = AsPlainObject;

/** A hit: the sentence id, its BM25 score (times matched-term count) and the query terms it matched. */
export interface IndexHit {
  id: number;
  score: number;
  matched: string[];
}

interface IndexedSentence {
  id: number;
  terms: string;
}

const splitTerms = (text: string): string[] => (text === "" ? [] : text.split(" "));

const OPTIONS: Options<IndexedSentence> = {
  idField: "id",
  fields: ["terms"],
  storeFields: [],
  tokenize: splitTerms,
  processTerm: (term) => term,
  // Prefix and fuzzy matching cost both quality and speed on questions.
  searchOptions: { prefix: false, fuzzy: false, combineWith: "OR", tokenize: splitTerms, processTerm: (term) => term },
};

/**
 * The parts of minisearch's index the top-k scan reads. They are private in
 * its types; minisearch is pinned, and test/qa-search-topk.test.ts checks the
 * scan against minisearch's own search, score for score and in order.
 */
interface MiniSearchInternals {
  _index: { get(term: string): Map<number, Map<number, number>> | undefined };
  _documentCount: number;
  _nextId: number;
  _avgFieldLength: number[];
  _fieldLength: Map<number, number[]>;
  _documentIds: Map<number, unknown>;
  _idToShortId: Map<unknown, number>;
}

/** minisearch's default BM25 parameters, as its search uses them. */
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };
const FIELD = 0;

/** One query term's postings and inverse document frequency. */
interface TermPostings {
  term: string;
  postings: Map<number, number> | undefined;
  idf: number;
}

export class SentenceIndex {
  private readonly inner: MiniSearchInternals;
  /** Field length of each document by short id, and scratch accumulators reused across queries. */
  private readonly lengths: Float64Array;
  private readonly acc: Float64Array;
  private readonly seen: Int32Array;
  private readonly count: Uint16Array;

  private constructor(private readonly search: MiniSearch<IndexedSentence>) {
    this.inner = search as unknown as MiniSearchInternals;
    const size = this.inner._nextId;
    this.lengths = new Float64Array(size);
    for (const [shortId, lengths] of this.inner._fieldLength) this.lengths[shortId] = lengths[FIELD] ?? 0;
    this.acc = new Float64Array(size);
    this.seen = new Int32Array(size).fill(-1);
    this.count = new Uint16Array(size);
  }

  /** Index sentences given as their term lists (ids are corpus sentence ids). */
  static build(sentences: ReadonlyArray<{ id: number; terms: readonly string[] }>): SentenceIndex {
    const ms = new MiniSearch<IndexedSentence>(OPTIONS);
    ms.addAll(sentences.map((s) => ({ id: s.id, terms: s.terms.join(" ") })));
    return new SentenceIndex(ms);
  }

  /** Restore from `toPlain()` output (the on-disk cache). */
  static fromPlain(plain: IndexSnapshot): SentenceIndex {
    return new SentenceIndex(MiniSearch.loadJS<IndexedSentence>(plain, OPTIONS));
  }

  /** The index as plain data, for the cache to write term by term (never as one string). */
  toPlain(): IndexSnapshot {
    return this.search.toJSON();
  }

  private postingsOf(terms: readonly string[]): TermPostings[] {
    const n = this.inner._documentCount;
    return terms.map((term) => {
      const postings = this.inner._index.get(term)?.get(FIELD);
      const matching = postings?.size ?? 0;
      return { term, postings, idf: Math.log(1 + (n - matching + 0.5) / (matching + 0.5)) };
    });
  }

  /** minisearch's BM25 of one posting; the same expression, so the same floating-point result. */
  private bm25(idf: number, tf: number, shortId: number): number {
    const avg = this.inner._avgFieldLength[FIELD] ?? 1;
    return idf * (BM25.d + (tf * (BM25.k + 1)) / (tf + BM25.k * (1 - BM25.b + (BM25.b * (this.lengths[shortId] ?? 0)) / avg)));
  }

  /**
   * The best `limit` sentences for a set of query terms, best first: the
   * scores and order minisearch's search gives (BM25 summed over the query's
   * terms, times the number of distinct terms matched; ties in order of first
   * match), without building, materialising and sorting a result for every
   * matching sentence.
   */
  query(terms: readonly string[], limit: number): IndexHit[] {
    if (terms.length === 0 || limit <= 0) return [];
    const lists = this.postingsOf(terms);
    const distinct = new Set<string>();
    const { acc, seen, count } = this;
    const touched: number[] = [];
    lists.forEach(({ term, postings, idf }, i) => {
      if (!postings) return;
      const first = !distinct.has(term);
      distinct.add(term);
      for (const [shortId, tf] of postings) {
        if (seen[shortId] === -1) {
          seen[shortId] = i;
          acc[shortId] = 0;
          count[shortId] = 0;
          touched.push(shortId);
        }
        acc[shortId] = (acc[shortId] as number) + this.bm25(idf, tf, shortId);
        if (first) count[shortId] = (count[shortId] as number) + 1;
      }
    });
    // Touched in order of first match, so a strict comparison keeps minisearch's tie order.
    const top: Array<{ shortId: number; score: number }> = [];
    for (const shortId of touched) {
      const score = (acc[shortId] as number) * (count[shortId] as number);
      seen[shortId] = -1;
      if (top.length === limit && score <= (top[limit - 1] as { score: number }).score) continue;
      let at = top.length < limit ? top.length : limit - 1;
      while (at > 0 && (top[at - 1] as { score: number }).score < score) at--;
      top.splice(at, 0, { shortId, score });
      if (top.length > limit) top.pop();
    }
    return top.map(({ shortId, score }) => ({ id: this.inner._documentIds.get(shortId) as number, score, matched: matchedTerms(lists, shortId) }));
  }

  /**
   * The BM25 score and matched terms of given sentences for a query, as
   * `query` would give them: for looking at a few sentences (one article's)
   * directly instead of scanning every match. Sentences not indexed or matching
   * no term are left out.
   */
  scoreSentences(ids: readonly number[], terms: readonly string[]): IndexHit[] {
    if (terms.length === 0) return [];
    const lists = this.postingsOf(terms);
    const out: IndexHit[] = [];
    for (const id of ids) {
      const shortId = this.inner._idToShortId.get(id);
      if (shortId === undefined) continue;
      let score = 0;
      for (const { postings, idf } of lists) {
        const tf = postings?.get(shortId);
        if (tf !== undefined) score += this.bm25(idf, tf, shortId);
      }
      const matched = matchedTerms(lists, shortId);
      if (matched.length > 0) out.push({ id, score: score * matched.length, matched });
    }
    return out;
  }
}

/** The distinct query terms a sentence holds, in query order (minisearch's queryTerms). */
function matchedTerms(lists: readonly TermPostings[], shortId: number): string[] {
  const out: string[] = [];
  for (const { term, postings } of lists) if (postings?.has(shortId) && !out.includes(term)) out.push(term);
  return out;
}
