/**
 * Candidates and the signals added with them: sentences of the leading
 * article found by article-local weight (answer/candidates.ts), paragraph
 * cosines within an article (rank/paragraphCosine.ts), the answer type of a
 * question's first cue, a typed answer near the question's words, and the
 * no-answer bar read from the best-matching candidate.
 */
import { describe, expect, it } from "vitest";
import { answerQuestion, DEFAULT_RANK_OPTIONS, rankCandidates } from "../src/qa/answer/ask.js";
import { gatherCandidates } from "../src/qa/answer/candidates.js";
import { passageKey } from "../src/qa/answer/citation.js";
import { engineInternals } from "../src/qa/engine.js";
import { createEngine } from "../src/qa/index.js";
import { evidenceOf } from "../src/qa/rank/confidence.js";
import { FEATURE_NAMES, type FeatureVector } from "../src/qa/rank/features.js";
import { LocalWeights } from "../src/qa/rank/localWeight.js";
import { ParagraphCosine } from "../src/qa/rank/paragraphCosine.js";
import { analyseQuestion, answerTypeOf, type QuestionAnalysis } from "../src/qa/rank/question.js";
import { ArticleParagraphIndex } from "../src/qa/corpus/articleParagraphs.js";
import type { CorpusModel } from "../src/qa/corpus/model.js";
import { buildParagraphTable } from "../src/qa/corpus/paragraphTable.js";
import type { SentenceFeatures } from "../src/qa/corpus/segment.js";
import { SentenceIndex } from "../src/qa/search/sentenceIndex.js";
import type { Sentence } from "../src/qa/types.js";
import { article } from "./fixtures/qa-helpers.js";


// Every sentence but one repeats the article's subject; the answer does not.
const FINAL = [
  "The Super Bowl 50 final was played in California in February 2016.",
  "Tickets for the Super Bowl 50 final sold out within hours.",
  "Fans travelled from every state to watch the Super Bowl 50 final.",
  "The Super Bowl 50 final drew a record television audience.",
  "The new stadium in Santa Clara opened in 2014 after two years of building.",
  "Caption: the Super Bowl 50 final trophy on display.",
].join("\n\n");
// Across the corpus "stadium" and "opened" are common and the subject rare:
// the reverse of their weight inside the article above.
const STADIUMS = [
  "Each stadium in the league opened its gates two hours early.",
  "The oldest stadium opened in 1924 and still hosts games.",
  "A stadium that opened last year already needs a new roof.",
  "Stadium owners opened talks on ticket prices.",
].join("\n\n");
const engine = createEngine([article("final", FINAL), article("stadiums", STADIUMS)]);
const { model, index } = engineInternals(engine);
const idOf = (text: string) => model.sentences.findIndex((s) => s.text === text);
const STADIUM = "The new stadium in Santa Clara opened in 2014 after two years of building.";
const QUESTION = "When did the Super Bowl 50 final stadium open?";

/** Candidate options with only BM25 and the leading article's local candidates. */
const opts = (candidates: number, localCandidates: number) => ({ candidates, localCandidates, storyArticles: 1, meaningCandidates: 0 });

describe("gatherCandidates", () => {
  const q = analyseQuestion(QUESTION, model);
  const local = new LocalWeights(model.articleFrequencies, q);

  it("adds the leading article's sentence that BM25 ranks below the cut", () => {
    const byBm25 = index.query(q.terms, 2).map((h) => h.id);
    expect(byBm25).not.toContain(idOf(STADIUM));
    const withoutLocal = gatherCandidates(model, index, q, local, opts(2, 0), []);
    expect(withoutLocal.map((c) => c.id)).toEqual(byBm25);
    const withLocal = gatherCandidates(model, index, q, local, opts(2, 1), []);
    expect(withLocal.map((c) => c.id)).toEqual([...byBm25, idOf(STADIUM)]);
  });

  it("gives an added sentence its own BM25 score for the question", () => {
    const all = new Map(index.query(q.terms, 1000).map((h) => [h.id, h.score]));
    for (const c of gatherCandidates(model, index, q, local, opts(2, 3), [])) expect(c.bm25).toBe(all.get(c.id) ?? 0);
  });

  it("adds only citable, unsuppressed sentences of the leading article that match some question word", () => {
    const lead = model.sentences[index.query(q.terms, 1)[0]?.id ?? -1]?.articleId;
    const suppressed = new Set([passageKey(model.sentences[idOf(STADIUM)] as never)]);
    const got = gatherCandidates(model, index, q, local, opts(1, 10), [], undefined, suppressed);
    for (const c of got.slice(1)) {
      const s = model.sentences[c.id];
      expect(s?.articleId).toBe(lead);
      expect(s?.boilerplate).toBeUndefined();
      expect(passageKey(s as never)).not.toBe([...suppressed][0]);
      expect(q.terms.some((t) => model.termSet(c.id)?.has(t))).toBe(true);
    }
    expect(new Set(got.map((c) => c.id)).size).toBe(got.length);
  });

  it("lets the answer be a sentence BM25 alone would not have offered", () => {
    const page = { limit: 1, offset: 0 };
    const first = (localCandidates: number) => {
      const r = answerQuestion(model, index, QUESTION, page, { ...DEFAULT_RANK_OPTIONS, candidates: 2, localCandidates });
      return r.answered ? r.answers[0]?.text : undefined;
    };
    expect(first(0)).not.toBe(STADIUM);
    expect(first(1)).toBe(STADIUM);
  });
});

describe("ParagraphCosine", () => {
  const tiny = createEngine([article("tiny", "Alpha beta.\n\nAlpha gamma.")]);
  const { model: m, index: mIndex } = engineInternals(tiny);

  it("is the TF-IDF cosine with IDF over the article's paragraphs", () => {
    const q = analyseQuestion("beta", m);
    const cos = new ParagraphCosine(m, mIndex, q);
    const [p1, p2] = m.articleParagraphs.paragraphs(0) ?? [];
    // alpha is in both paragraphs (idf ln 2), beta in one (idf ln 3).
    const expected = Math.log(3) / Math.hypot(Math.log(2), Math.log(3));
    expect(cos.of(0, p1 ?? -1).cosine).toBeCloseTo(expected, 12);
    expect(cos.of(0, p1 ?? -1).share).toBe(1);
    expect(cos.of(0, p2 ?? -1)).toEqual({ cosine: 0, share: 0 });
  });

  it("prefers the paragraph with the words rare in the article over the ones repeating its subject", () => {
    const q = analyseQuestion(QUESTION, model);
    const cos = new ParagraphCosine(model, index, q);
    const a = model.byId.get("final") ?? -1;
    const stadium = cos.of(a, model.paragraphOf[idOf(STADIUM)] ?? -1);
    expect(stadium.share).toBe(1);
    for (const p of model.articleParagraphs.paragraphs(a) ?? []) {
      const c = cos.of(a, p);
      expect(c.cosine).toBeGreaterThanOrEqual(0);
      expect(c.cosine).toBeLessThanOrEqual(1 + 1e-12);
      expect(c.share).toBeLessThanOrEqual(1);
    }
  });
});

/** The cosine written out plainly: every paragraph's full vector from its citable sentences' terms, IDF over the article's paragraphs. */
function denseCosines(m: Pick<CorpusModel, "sentences" | "paragraphOf" | "features">, paragraphs: readonly number[], terms: readonly string[]): number[] {
  const tfs = paragraphs.map((p) => {
    const tf = new Map<string, number>();
    m.sentences.forEach((s, id) => {
      if (m.paragraphOf[id] !== p || s.boilerplate) return;
      for (const t of m.features(id)?.terms ?? []) tf.set(t, (tf.get(t) ?? 0) + 1);
    });
    return tf;
  });
  const idf = (t: string) => {
    const df = tfs.filter((tf) => tf.has(t)).length;
    return df === 0 ? 0 : Math.log(1 + paragraphs.length / df);
  };
  const qNorm = Math.sqrt(terms.reduce((n, t) => n + idf(t) ** 2, 0));
  return tfs.map((tf) => {
    const norm = Math.sqrt([...tf].reduce((n, [t, f]) => n + ((1 + Math.log(f)) * idf(t)) ** 2, 0));
    const dot = terms.reduce((n, t) => n + (tf.has(t) ? idf(t) * (1 + Math.log(tf.get(t) as number)) * idf(t) : 0), 0);
    return qNorm > 0 && norm > 0 ? dot / (qNorm * norm) : 0;
  });
}

describe("ParagraphCosine over terms the sentence index splits", () => {
  // Terms as a model could hold them though the pipeline makes none such: one with a space, an empty one.
  const rows: Array<{ paragraph: number; terms: string[]; boilerplate?: boolean }> = [
    { paragraph: 0, terms: ["new york", "mayor", "mayor"] },
    { paragraph: 0, terms: ["new", "york", "rain"] },
    { paragraph: 1, terms: ["new york"], boilerplate: true },
    { paragraph: 1, terms: ["mayor", ""] },
    { paragraph: 2, terms: ["new york", "new york", "rain"] },
  ];
  const sentences = rows.map((r, id) => ({ id, ...(r.boilerplate ? { boilerplate: "caption" } : {}) }) as unknown as Sentence);
  const first = Int32Array.from([0, 2, 4, 5]);
  const termsOf = (id: number) => (rows[id]?.boilerplate ? undefined : rows[id]?.terms);
  const table = buildParagraphTable(first, termsOf, { df: new Map(), averageLength: 1 });
  const m = {
    sentences,
    articleSentences: [[0, 1, 2, 3, 4]],
    paragraphOf: Int32Array.from(rows.map((r) => r.paragraph)),
    features: (id: number) => (rows[id] ? ({ terms: rows[id].terms } as unknown as SentenceFeatures) : undefined),
    articleParagraphs: new ArticleParagraphIndex(table, [[0, 1, 2]]),
  };
  const index = SentenceIndex.build(rows.flatMap((r, id) => (r.boilerplate ? [] : [{ id, terms: r.terms }])));

  it("counts whole terms, as the paragraph's own counts do", () => {
    for (const terms of [["new york", "mayor"], ["new", "rain"], ["york", "new york", "rain", "mayor"], [""], ["mayor", ""]]) {
      const cos = new ParagraphCosine(m, index, { terms } as unknown as QuestionAnalysis);
      const want = denseCosines(m, [0, 1, 2], terms);
      [0, 1, 2].forEach((p) => expect(cos.of(0, p).cosine).toBeCloseTo(want[p] as number, 12));
    }
  });
});

describe("ParagraphCosine against a dense TF-IDF reference", () => {
  // Invented news: words repeated within a sentence and a paragraph, shared across paragraphs and articles.
  const bodies = [
    "The harbour council met on Monday. The council voted to close the harbour at night.\n\nFishermen said the harbour closure would cost them. Fishermen fish at night, fishermen said.\n\nThe mayor backed the council.",
    "A storm hit the harbour town. The storm broke windows.\n\nThe council met after the storm and the mayor spoke.\n\nRepairs to the harbour wall began on Friday.\n\nThe mayor said repairs would take a month.",
    "Rail workers walked out over pay.\n\nThe union said pay had fallen for years, and the union would strike again.",
  ];
  const built = createEngine(bodies.map((b, i) => article(`a${i}`, b)));
  const { model: m, index: mIndex } = engineInternals(built);

  const reference = (a: number, terms: readonly string[]) => denseCosines(m, m.articleParagraphs.paragraphs(a) ?? [], terms);

  it("gives every paragraph of every article the reference cosine", () => {
    const questions = ["Why did the council close the harbour?", "What did fishermen say about the harbour at night?", "When did repairs begin?", "What did the union say about pay?", "storm storm mayor", "Who won the cup?"];
    let nonZero = 0;
    for (const question of questions) {
      const q = analyseQuestion(question, m);
      const cos = new ParagraphCosine(m, mIndex, q);
      bodies.forEach((_, a) => {
        const want = reference(a, q.terms);
        (m.articleParagraphs.paragraphs(a) ?? []).forEach((p, i) => {
          expect(cos.of(a, p).cosine).toBeCloseTo(want[i] as number, 12);
          if ((want[i] as number) > 0) nonZero++;
        });
      });
    }
    expect(nonZero).toBeGreaterThan(10);
  });
});

describe("answer types and typed answers", () => {
  it("takes the type of the question's first cue", () => {
    expect(answerTypeOf("How old was Manning when he played in the final?")).toBe("number");
    expect(answerTypeOf("What city was he in when he died?")).toBe("name");
    expect(answerTypeOf("Who won the final when it was first played?")).toBe("name");
    expect(answerTypeOf("When did the stadium open?")).toBe("date");
    expect(answerTypeOf("In what year did the stadium open?")).toBe("date");
    expect(answerTypeOf("How many tickets were sold?")).toBe("number");
    expect(answerTypeOf("Why was the final moved?")).toBe("reason");
    expect(answerTypeOf("Where was the final moved?")).toBe("name");
  });

  it("tags the question's verbs and common nouns", () => {
    const q = analyseQuestion("When did the city build the stadium?", model);
    const term = (word: string) => analyseQuestion(word, model).terms[0];
    expect(q.verbs).toEqual([term("build")]);
    expect(q.nouns).toEqual([term("city"), term("stadium")]);
  });

  it("answerNear is 1 only when an unasked year stands within three terms of an asked word", () => {
    const e = createEngine([
      article("near", "The stadium opened in 2014.\n\nIn 2014 many fans from distant towns bought tickets, and later the stadium opened."),
    ]);
    const internals = engineInternals(e);
    const ranked = rankCandidates(internals.model, internals.index, analyseQuestion("When did the stadium open?", internals.model), DEFAULT_RANK_OPTIONS).ranked;
    const near = (text: string) => ranked.find((r) => internals.model.sentences[r.id]?.text === text)?.features.answerNear;
    expect(near("The stadium opened in 2014.")).toBe(1);
    expect(near("In 2014 many fans from distant towns bought tickets, and later the stadium opened.")).toBe(0);
  });
});

describe("the relevance evidence", () => {
  // Weights that rank by length alone, so the top sentence is not the best match.
  const byLength = Object.fromEntries(FEATURE_NAMES.map((n) => [n, n === "length" ? 1 : 0])) as FeatureVector;
  const options = { ...DEFAULT_RANK_OPTIONS, weights: { lexical: byLength, meaning: byLength } };
  const q = "When was the new Super Bowl 50 final played?";

  it("reads the best-matching candidate, not the top-ranked one", () => {
    const analysis = analyseQuestion(q, model);
    const { ranked } = rankCandidates(model, index, analysis, options);
    const top = ranked[0]?.features.coverage ?? 0;
    const best = Math.max(...ranked.map((r) => r.features.coverage));
    expect(top).toBeLessThan(best);
    const evidence = evidenceOf(ranked, { articleOf: (id) => model.articleOf[id] ?? -1, articles: model.articles.length }, analysis, []);
    expect(evidence.topCoverage).toBe(top);
    expect(evidence.bestCoverage).toBe(best);
  });
});

describe("words no article uses", () => {
  it("are named as the question writes them, not as index terms", () => {
    const e = createEngine([article("only", "The ferry to Marlow was cancelled on Friday.")]);
    const r = e.ask("Who painted the famous Peruvian paintings?");
    expect(r.answered).toBe(false);
    if (!r.answered) expect(r.unknownTerms).toEqual(["painted", "famous", "Peruvian"]);
  });
});

describe("a question typed in capitals or without any", () => {
  it("is answered as the same question written with its names capitalised", () => {
    const e = createEngine([
      article("ferry", ["The harbour master, Ines Halvorsen, closed the port on Monday.", "“Nobody sails in this wind,” Halvorsen told reporters about the storm."].join("\n\n")),
    ]);
    const keys = (question: string) => {
      const r = e.ask(question);
      return r.answered ? r.answers.map((a) => a.text) : [`not found: ${r.reason} ${r.unknownTerms.join(" ")}`];
    };
    const written = keys("What did Halvorsen say about the storm?");
    expect(written[0]).toContain("Nobody sails");
    // In capitals every word read as an acronym, never a stop word; in lower case "halvorsen" was no name.
    expect(keys("WHAT DID HALVORSEN SAY ABOUT THE STORM")).toEqual(written);
    expect(keys("what did halvorsen say about the storm")).toEqual(written);
  });
});

describe("a question whose every match is suppressed", () => {
  it("is not found as a weak match, not as words the corpus lacks", () => {
    const e = createEngine([article("only", "The ferry to Marlow was cancelled on Friday.")]);
    const key = passageKey(engineInternals(e).model.sentences[0] as never);
    const r = e.ask("Why was the ferry to Marlow cancelled?", { suppressed: new Set([key]) });
    expect(r.answered).toBe(false);
    if (!r.answered) {
      expect(r.reason).toBe("weak-match");
      expect(r.unknownTerms).toEqual([]);
    }
  });
});

describe("the feature vector", () => {
  it("holds each registry feature under its own name, in registry order", () => {
    const { ranked } = rankCandidates(model, index, analyseQuestion(QUESTION, model), DEFAULT_RANK_OPTIONS);
    expect(ranked.length).toBeGreaterThan(2);
    for (const { features } of ranked) {
      expect(Object.keys(features)).toEqual(FEATURE_NAMES);
      for (const name of FEATURE_NAMES) expect(Number.isFinite(features[name])).toBe(true);
      // Values land under the right names: features defined from one another agree.
      expect(features.coverageSquared).toBe(features.coverage * features.coverage);
      expect(features.storyTop).toBe(features.story >= 1 ? 1 : 0);
      expect(features.meaning).toBe(0);
    }
    // The best candidate by BM25 reads 1 on the bm25 feature, the others less.
    expect(Math.max(...ranked.map((r) => r.features.bm25))).toBe(1);
  });
});
