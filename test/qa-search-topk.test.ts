/**
 * The sentence index keeps its own compact postings and takes the top k by a
 * scan, instead of running minisearch's search (which builds and sorts a
 * result for every match). It must rank exactly as that search does over the
 * same sentences: same ids, same scores to the last bit, same tie order,
 * same matched terms.
 */
import MiniSearch from "minisearch";
import { describe, expect, it } from "vitest";
import { SentenceIndex } from "../src/qa/search/sentenceIndex.js";

/** A small deterministic generator, so the invented corpus is the same on every run. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const VOCABULARY = Array.from({ length: 60 }, (_, i) => `w${i}`);
const random = prng(7);
// Skewed term frequencies (common and rare words), repeated words, and some identical sentences for ties.
const pick = () => VOCABULARY[Math.floor(random() ** 2 * VOCABULARY.length)] as string;
const SENTENCES = [
  ...Array.from({ length: 400 }, (_, i) => ({
    id: i * 3 + 1,
    terms: i % 25 === 0 ? ["w1", "w2", "w3"] : Array.from({ length: 3 + Math.floor(random() * 12) }, pick),
  })),
  // A sentence with no index terms still counts towards the average length.
  { id: 5000, terms: [] },
];

const split = (text: string) => (text === "" ? [] : text.split(" "));
const reference = new MiniSearch<{ id: number; terms: string }>({
  fields: ["terms"],
  storeFields: [],
  tokenize: split,
  processTerm: (t) => t,
  searchOptions: { prefix: false, fuzzy: false, combineWith: "OR", tokenize: split, processTerm: (t) => t },
});
reference.addAll(SENTENCES.map((s) => ({ id: s.id, terms: s.terms.join(" ") })));

const QUERIES = [["w1"], ["w1", "w2", "w3"], ["w5", "w40", "w1"], ["w2", "w2", "w7"], ["w59", "nowhere"], ["nowhere"], ...Array.from({ length: 40 }, () => [pick(), pick(), pick(), pick()])];

function expected(terms: readonly string[], limit: number) {
  return reference
    .search(terms.join(" "))
    .slice(0, limit)
    .map((r) => ({ id: r.id as number, score: r.score, matched: r.queryTerms }));
}

describe("SentenceIndex top-k", () => {
  const built = SentenceIndex.build(SENTENCES);
  const restored = SentenceIndex.fromPlain(JSON.parse(JSON.stringify(built.toPlain())));

  it("ranks exactly as minisearch's search, for small and large k, built or restored from the cache", () => {
    for (const index of [built, restored]) {
      for (const terms of QUERIES) {
        for (const k of [1, 5, 18, 1000]) expect(index.query(terms, k)).toEqual(expected(terms, k));
      }
    }
  });

  it("keeps minisearch's order among equal scores (identical sentences)", () => {
    const hits = built.query(["w1", "w2", "w3"], 1000);
    const ties = hits.filter((h) => h.score === hits[0]?.score);
    expect(ties.length).toBeGreaterThan(1);
    expect(hits.map((h) => h.id)).toEqual(expected(["w1", "w2", "w3"], 1000).map((h) => h.id));
  });

  it("scores chosen sentences directly as the full search scores them, and leaves out those matching nothing", () => {
    for (const terms of QUERIES) {
      const all = new Map(expected(terms, 10_000).map((h) => [h.id, h] as const));
      const ids = SENTENCES.filter((_, i) => i % 7 === 0).map((s) => s.id);
      const got = built.scoreSentences([...ids, 99_999], terms);
      expect(got).toEqual(ids.flatMap((id) => all.get(id) ?? []));
    }
  });

  it("scores a run of consecutive sentences (one article's) the same way, and leaves later queries unchanged", () => {
    for (const terms of QUERIES) {
      const all = new Map(expected(terms, 10_000).map((h) => [h.id, h] as const));
      const ids = SENTENCES.slice(120, 260).map((s) => s.id);
      expect(built.scoreSentences(ids, terms)).toEqual(ids.flatMap((id) => all.get(id) ?? []));
      // A sentence listed twice is scored once, and a second scan starts clean.
      expect(built.scoreSentences([...ids, ...ids.slice(0, 10)], terms)).toEqual(ids.flatMap((id) => all.get(id) ?? []));
      // The scan borrows the index's scratch arrays: a query after it must rank as before.
      expect(built.query(terms, 18)).toEqual(expected(terms, 18));
    }
  });

  it("answers an empty query or a zero limit with nothing", () => {
    expect(built.query([], 5)).toEqual([]);
    expect(built.query(["w1"], 0)).toEqual([]);
    expect(built.scoreSentences([1, 4], [])).toEqual([]);
  });
});

describe("SentenceIndex.forEachWith", () => {
  const holding = (sentences: ReadonlyArray<{ id: number; terms: readonly string[] }>, term: string, from: number, to: number) =>
    sentences.filter((s) => s.id >= from && s.id <= to && s.terms.includes(term)).map((s) => [s.id, s.terms.filter((t) => t === term).length]);
  const visited = (index: SentenceIndex, term: string, from: number, to: number) => {
    const out: number[][] = [];
    index.forEachWith(term, from, to, (id, tf) => out.push([id, tf]));
    return out;
  };
  const ranges = [
    [0, 10_000],
    [0, 0],
    [1, 1],
    [100, 400],
    [361, 362],
    [1198, 5000],
    [5001, 9000],
  ] as const;

  it("visits exactly the sentences in an id range holding a term, in id order, with the term's count in each", () => {
    const index = SentenceIndex.build(SENTENCES);
    for (const term of [...VOCABULARY.slice(0, 12), "w59", "nowhere"]) {
      for (const [from, to] of ranges) expect(visited(index, term, from, to)).toEqual(holding(SENTENCES, term, from, to));
    }
  });

  it("visits the same sentences when documents were not numbered in id order", () => {
    const shuffled = [...SENTENCES].reverse();
    const index = SentenceIndex.build(shuffled);
    for (const term of VOCABULARY.slice(0, 12)) {
      for (const [from, to] of ranges) expect(visited(index, term, from, to).sort((a, b) => (a[0] as number) - (b[0] as number))).toEqual(holding(SENTENCES, term, from, to));
    }
  });
});
