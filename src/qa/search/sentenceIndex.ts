/**
 * The sentence index: BM25 over sentences given as index terms (already
 * reduced by the shared term pipeline), no prefix or fuzzy matching. It
 * scores exactly as minisearch's search does (same formula and parameters,
 * same floating-point order, same tie order; test/qa-search-topk.test.ts
 * checks it against minisearch bit for bit), but keeps its postings in flat
 * typed arrays, about a tenth of minisearch's maps of maps, and takes the top
 * k by a scan into reusable accumulators instead of building, materialising
 * and sorting a result for every matching sentence.
 */
import { keepBest } from "./keepBest.js";

/** A hit: the sentence id, its BM25 score (times matched-term count) and the query terms it matched. */
export interface IndexHit {
  id: number;
  score: number;
  matched: string[];
}

/** The serialisable form: sentence ids and lengths by document number, then one entry per term. */
export interface IndexSnapshot {
  version: 1;
  ids: number[];
  lengths: number[];
  averageLength: number;
  /** Each term with the document numbers holding it (ascending) and its frequency in each. */
  terms: Array<[string, number[], number[]]>;
}

/** The same as flat arrays: term t's postings are `docs`/`tfs` [offsets[t], offsets[t + 1]). */
export interface PackedIndex extends Omit<IndexSnapshot, "terms"> {
  terms: string[];
  offsets: Int32Array;
  docs: Int32Array;
  tfs: Uint16Array;
}

/** minisearch's default BM25 parameters. */
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };

/** One query term's postings: [from, to) in the flat arrays, and its inverse document frequency. */
interface TermRange {
  term: string;
  from: number;
  to: number;
  idf: number;
}

export class SentenceIndex {
  private readonly termNumber = new Map<string, number>();
  /** Postings of term t are docs/tfs[offsets[t], offsets[t + 1]). */
  private readonly offsets: Int32Array;
  private readonly docs: Int32Array;
  private readonly tfs: Uint16Array;
  private readonly ids: Int32Array;
  private readonly lengths: Float64Array;
  /** BM25's length normalisation of each document, k(1 - b + b·length/average), computed once as the formula computes it. */
  private readonly norms: Float64Array;
  /** Document number of each sentence id (-1: not indexed). */
  private readonly docOf: Int32Array;
  /** Scratch accumulators, reused across queries (the engine answers one question at a time). */
  private readonly acc: Float64Array;
  private readonly seen: Int32Array;
  private readonly count: Uint16Array;
  /** The documents a query matched, in order of first match, or those `scoreSentences` was given (the first ones of the array). */
  private readonly touched: Int32Array;
  /** Matched terms by document for `scoreSentences`, emptied again before it returns. */
  private readonly lists: Array<string[] | undefined>;
  /** Whether document numbers ascend with sentence ids (they do for an index built from a corpus in order). */
  private readonly ascending: boolean;

  private constructor(
    private readonly snapshot: Omit<IndexSnapshot, "terms">,
    terms: readonly string[],
    postings: { offsets: Int32Array; docs: Int32Array; tfs: Uint16Array },
  ) {
    const { ids, lengths } = snapshot;
    terms.forEach((term, t) => this.termNumber.set(term, t));
    this.offsets = postings.offsets;
    this.docs = postings.docs;
    this.tfs = postings.tfs;
    this.ids = Int32Array.from(ids);
    this.lengths = Float64Array.from(lengths);
    const { k, b } = BM25;
    this.norms = this.lengths.map((length) => k * (1 - b + (b * length) / snapshot.averageLength));
    this.docOf = new Int32Array(ids.reduce((m, id) => Math.max(m, id + 1), 0)).fill(-1);
    ids.forEach((id, doc) => (this.docOf[id] = doc));
    this.acc = new Float64Array(ids.length);
    this.seen = new Int32Array(ids.length).fill(-1);
    this.count = new Uint16Array(ids.length);
    this.touched = new Int32Array(ids.length);
    this.lists = new Array<string[] | undefined>(ids.length).fill(undefined);
    this.ascending = ids.every((id, doc) => doc === 0 || id > (ids[doc - 1] as number));
  }

  /** Index sentences given as their term lists (ids are corpus sentence ids). */
  static build(sentences: ReadonlyArray<{ id: number; terms: readonly string[] }>): SentenceIndex {
    const postings = new Map<string, [string, number[], number[]]>();
    const lengths: number[] = [];
    let average = 0;
    sentences.forEach((s, doc) => {
      // As minisearch counts them: distinct tokens of the space-joined terms; empty tokens count for length only.
      // Terms are normally single non-empty words already, and then are the tokens (no string is built).
      const plain = s.terms.every((t) => t !== "" && !t.includes(" "));
      const text = plain ? "" : s.terms.join(" ");
      const tokens = plain ? s.terms : text === "" ? [] : text.split(" ");
      const tf = new Map<string, number>();
      for (const t of tokens) if (t) tf.set(t, (tf.get(t) ?? 0) + 1);
      const length = plain ? tf.size : new Set(tokens).size;
      lengths.push(length);
      average = (average * doc + length) / (doc + 1);
      for (const [t, n] of tf) {
        let entry = postings.get(t);
        if (!entry) postings.set(t, (entry = [t, [], []]));
        entry[1].push(doc);
        entry[2].push(n);
      }
    });
    return SentenceIndex.fromPlain({ version: 1, ids: sentences.map((s) => s.id), lengths, averageLength: average, terms: [...postings.values()] });
  }

  /** Restore from `toPlain()` output. */
  static fromPlain(plain: IndexSnapshot): SentenceIndex {
    const { terms, ...head } = plain;
    const total = terms.reduce((n, [, d]) => n + d.length, 0);
    const offsets = new Int32Array(terms.length + 1);
    const docs = new Int32Array(total);
    const tfs = new Uint16Array(total);
    let at = 0;
    terms.forEach(([, termDocs, termTfs], t) => {
      offsets[t] = at;
      docs.set(termDocs, at);
      tfs.set(termTfs, at);
      at += termDocs.length;
    });
    offsets[terms.length] = at;
    return new SentenceIndex(head, terms.map(([term]) => term), { offsets, docs, tfs });
  }

  /** Restore from `toPacked()` output (the on-disk cache), its arrays taken as they are. */
  static fromPacked(packed: PackedIndex): SentenceIndex {
    const { terms, offsets, docs, tfs, ...head } = packed;
    return new SentenceIndex(head, terms, { offsets, docs, tfs });
  }

  /** The index as flat arrays, for the cache to write as bytes. */
  toPacked(): PackedIndex {
    return { ...this.snapshot, terms: [...this.termNumber.keys()], offsets: this.offsets, docs: this.docs, tfs: this.tfs };
  }

  /** The index as plain data, for the cache to write term by term (never as one string). */
  toPlain(): IndexSnapshot {
    const terms: IndexSnapshot["terms"] = [];
    for (const [term, t] of this.termNumber) {
      const from = this.offsets[t] as number;
      const to = this.offsets[t + 1] as number;
      terms.push([term, Array.from(this.docs.subarray(from, to)), Array.from(this.tfs.subarray(from, to))]);
    }
    return { ...this.snapshot, terms };
  }

  private rangesOf(terms: readonly string[]): TermRange[] {
    const n = this.ids.length;
    return terms.map((term) => {
      const t = this.termNumber.get(term);
      const from = t === undefined ? 0 : (this.offsets[t] as number);
      const to = t === undefined ? 0 : (this.offsets[t + 1] as number);
      const matching = to - from;
      return { term, from, to, idf: Math.log(1 + (n - matching + 0.5) / (matching + 0.5)) };
    });
  }

  /** BM25 of one posting, written as minisearch writes it so the floating-point result is the same. */
  private bm25(idf: number, tf: number, doc: number): number {
    const { k, d } = BM25;
    return idf * (d + (tf * (k + 1)) / (tf + (this.norms[doc] as number)));
  }

  /** Term frequency of a term's postings in one document (0 if absent). */
  private tfIn(range: TermRange, doc: number): number {
    const at = this.firstAtOrAfter(range, doc);
    return at < range.to && this.docs[at] === doc ? (this.tfs[at] as number) : 0;
  }

  /**
   * The best `limit` sentences for a set of query terms, best first: BM25
   * summed over the query's terms, times the number of distinct terms
   * matched; ties in order of first match (as minisearch's search orders them).
   */
  query(terms: readonly string[], limit: number): IndexHit[] {
    if (terms.length === 0 || limit <= 0) return [];
    const ranges = this.rangesOf(terms);
    const distinct = new Set<string>();
    const { acc, seen, count, docs, tfs, touched } = this;
    // Every matching document, in order of first match, in scratch space: a common term matches thousands.
    let touchedCount = 0;
    for (let i = 0; i < ranges.length; i++) {
      const range = ranges[i] as TermRange;
      const first = !distinct.has(range.term);
      distinct.add(range.term);
      for (let p = range.from; p < range.to; p++) {
        const doc = docs[p] as number;
        if (seen[doc] === -1) {
          seen[doc] = i;
          acc[doc] = 0;
          count[doc] = 0;
          touched[touchedCount++] = doc;
        }
        acc[doc] = (acc[doc] as number) + this.bm25(range.idf, tfs[p] as number, doc);
        if (first) count[doc] = (count[doc] as number) + 1;
      }
    }
    // Touched in order of first match, so a strict comparison keeps the tie order.
    const top: Array<{ doc: number; score: number }> = [];
    const before = (x: { score: number }, y: { score: number }) => x.score > y.score;
    for (let j = 0; j < touchedCount; j++) {
      const doc = touched[j] as number;
      seen[doc] = -1;
      const score = (acc[doc] as number) * (count[doc] as number);
      // Most matches fall short of a full top k: only a hit that would be kept is made (keepBest's own test, first).
      if (top.length < limit || score > (top[limit - 1] as { score: number }).score) keepBest(top, { doc, score }, limit, before);
    }
    return top.map(({ doc, score }) => ({ id: this.ids[doc] as number, score, matched: this.matchedTerms(ranges, doc) }));
  }

  /**
   * The BM25 score and matched terms of given sentences for a query, as
   * `query` would give them: for looking at a few sentences (one article's)
   * directly instead of scanning every match. Sentences not indexed or
   * matching no term are left out.
   */
  scoreSentences(ids: readonly number[], terms: readonly string[]): IndexHit[] {
    if (terms.length === 0 || ids.length === 0) return [];
    const ranges = this.rangesOf(terms);
    const { acc, seen, docs, tfs, lists, touched } = this;
    // Mark the wanted documents with their place in `ids`; one article's lie in a short run of document numbers.
    // Scores and matched terms go in the index's scratch space by document: an article is hundreds of
    // sentences, and arrays made per call were the largest allocation of an answer.
    let low = Infinity;
    let high = -1;
    // The marked documents in the order of `ids`, in the scratch list `query` uses too.
    let marked = 0;
    for (let k = 0; k < ids.length; k++) {
      const doc = this.docOf[ids[k] as number] ?? -1;
      if (doc < 0 || seen[doc] !== -1) continue;
      seen[doc] = k;
      acc[doc] = 0;
      touched[marked++] = doc;
      if (doc < low) low = doc;
      if (doc > high) high = doc;
    }
    // Term by term over the postings within [low, high]: each document's score adds its terms in query order, as before.
    for (const range of ranges) {
      for (let p = this.firstAtOrAfter(range, low); p < range.to; p++) {
        const doc = docs[p] as number;
        if (doc > high) break;
        if ((seen[doc] as number) < 0) continue;
        acc[doc] = (acc[doc] as number) + this.bm25(range.idf, tfs[p] as number, doc);
        const list = lists[doc];
        if (list === undefined) lists[doc] = [range.term];
        else if (!list.includes(range.term)) list.push(range.term);
      }
    }
    // In the order of `ids`, each document once.
    const out: IndexHit[] = [];
    for (let j = 0; j < marked; j++) {
      const doc = touched[j] as number;
      const list = lists[doc];
      if (list !== undefined) out.push({ id: this.ids[doc] as number, score: (acc[doc] as number) * list.length, matched: list });
      seen[doc] = -1;
      lists[doc] = undefined;
    }
    return out;
  }

  /**
   * Visit, in ascending order, the indexed sentences with ids in [fromId,
   * toId] whose terms hold `term` (one article's, say), with the number of
   * times they hold it: a binary search into the term's postings rather
   * than a walk over all of them.
   */
  forEachWith(term: string, fromId: number, toId: number, visit: (id: number, tf: number) => void): void {
    const t = this.termNumber.get(term);
    if (t === undefined) return;
    const range = { term, from: this.offsets[t] as number, to: this.offsets[t + 1] as number, idf: 0 };
    const { docs, ids } = this;
    // Documents are numbered in the order of their ids when built from a corpus; any other order is walked whole.
    const first = this.ascending ? this.firstAtOrAfter(range, this.firstDocFrom(fromId)) : range.from;
    for (let p = first; p < range.to; p++) {
      const id = ids[docs[p] as number] as number;
      if (id > toId && this.ascending) break;
      if (id >= fromId && id <= toId) visit(id, this.tfs[p] as number);
    }
  }

  /** The first document whose sentence id is at least `id` (documents ascend by id). */
  private firstDocFrom(id: number): number {
    let lo = 0;
    let hi = this.ids.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.ids[mid] as number) < id) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The first posting of a term at or after a document (binary search: postings are sorted by document). */
  private firstAtOrAfter(range: TermRange, doc: number): number {
    let lo = range.from;
    let hi = range.to;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.docs[mid] as number) < doc) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The distinct query terms a document holds, in query order. */
  private matchedTerms(ranges: readonly TermRange[], doc: number): string[] {
    const out: string[] = [];
    for (const range of ranges) if (!out.includes(range.term) && this.tfIn(range, doc) > 0) out.push(range.term);
    return out;
  }
}
