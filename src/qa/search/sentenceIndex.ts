/**
 * The one module that talks to minisearch. It indexes sentences for answers
 * and paragraphs for context (any unit given as a term list with an id). Documents arrive already reduced
 * to index terms by the shared term pipeline, so minisearch's own tokenizer
 * and term processing are identity functions and cannot drift from ours.
 */
import MiniSearch, { type Options, type SearchResult } from "minisearch";

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

export class SentenceIndex {
  private constructor(private readonly search: MiniSearch<IndexedSentence>) {}

  /** Index sentences given as their term lists (ids are corpus sentence ids). */
  static build(sentences: ReadonlyArray<{ id: number; terms: readonly string[] }>): SentenceIndex {
    const ms = new MiniSearch<IndexedSentence>(OPTIONS);
    ms.addAll(sentences.map((s) => ({ id: s.id, terms: s.terms.join(" ") })));
    return new SentenceIndex(ms);
  }

  /** Restore from `toJSON()` output (the on-disk cache). */
  static fromJSON(json: string): SentenceIndex {
    return new SentenceIndex(MiniSearch.loadJSON<IndexedSentence>(json, OPTIONS));
  }

  toJSON(): string {
    return JSON.stringify(this.search);
  }

  /** The best `limit` sentences for a set of query terms, best first. */
  query(terms: readonly string[], limit: number): IndexHit[] {
    return this.match(terms).top(limit);
  }

  /** Every sentence matching any of the terms, to take the best from or to scan whole. */
  match(terms: readonly string[]): Matches {
    return new Matches(terms.length === 0 ? [] : this.search.search(terms.join(" ")));
  }
}

/** The sentences matching a query, best first. */
export class Matches {
  constructor(private readonly results: readonly SearchResult[]) {}

  top(limit: number): IndexHit[] {
    return this.results.slice(0, limit).map((r) => ({ id: r.id as number, score: r.score, matched: r.queryTerms }));
  }

  /** Visit every match, best first, without building a hit for each. */
  scan(visit: (id: number, score: number, matched: readonly string[]) => void): void {
    for (const r of this.results) visit(r.id as number, r.score, r.queryTerms);
  }
}
