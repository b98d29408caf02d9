/**
 * Answer-quality figures for a question set in the qa.json format
 * (bench/lib/qaset.ts) against one engine: hit@k over answerable questions
 * (low- and high-confidence answers alike), how often an answerable question
 * is answered "not found", how reliable a high-confidence answer is, what
 * becomes of unanswerable questions by kind, latency, and a plain-minisearch
 * baseline over the same sentences in the same run.
 */
import type { AskResult, QaEngine } from "../../src/qa/index.js";
import { engineInternals } from "../../src/qa/engine.js";
import { analyseQuestion } from "../../src/qa/rank/question.js";
import { hits, isAnswerable, type QaQuestion } from "./qaset.js";
import { RankTally } from "./rankTally.js";
import { percentile } from "./squad.js";

export type Outcome = "not-found" | "low" | "high";

export interface QaFigures {
  answerable: number;
  hit1: number;
  hit3: number;
  hit5: number;
  mrr10: number;
  articleHit1: number;
  /** Answerable questions answered "not found". */
  notFound: number;
  notFoundShare: number;
  /** Answerable questions answered with high confidence, and the share of those whose top passage hits. */
  highShare: number;
  highPrecision: number;
  /** Unanswerable questions by kind, by outcome. */
  unanswerable: Record<string, Record<Outcome, number>>;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  baseline: { hit1: number; hit3: number; hit5: number };
}

export interface QaMiss {
  question: string;
  expected: string[];
  article: string;
  outcome: Outcome;
  /** 1-based rank of the first hit among the first 10 passages, if any. */
  goldRank?: number;
  top?: { articleId: string; text: string };
  reason?: string;
}

export type Asker = (question: string) => Promise<AskResult> | AskResult;

const outcomeOf = (r: AskResult): Outcome => (!r.answered ? "not-found" : r.confidence === "high" ? "high" : "low");

export async function measureQa(engine: QaEngine, questions: readonly QaQuestion[], ask: Asker): Promise<{ figures: QaFigures; misses: QaMiss[]; outcomes: Outcome[] }> {
  const { model, index } = engineInternals(engine);
  const tally = new RankTally();
  const base = new RankTally();
  let art = 0, notFound = 0, high = 0, highHit = 0;
  const unanswerable: Record<string, Record<Outcome, number>> = {};
  const times: number[] = [];
  const misses: QaMiss[] = [];
  const outcomes: Outcome[] = [];
  for (const q of questions) {
    const t0 = performance.now();
    const r = await ask(q.q);
    times.push(performance.now() - t0);
    const outcome = outcomeOf(r);
    outcomes.push(outcome);
    if (!isAnswerable(q)) {
      const byKind = (unanswerable[q.kind] ??= { "not-found": 0, low: 0, high: 0 });
      byKind[outcome]++;
      continue;
    }
    const plain = index.query(analyseQuestion(q.q, model).terms, 5).findIndex((h) => hits(model.sentences[h.id]?.text ?? "", q.any));
    base.add(plain);
    if (!r.answered) {
      notFound++;
      misses.push({ question: q.q, expected: q.any, article: q.article, outcome, reason: r.reason });
      continue;
    }
    const rank = r.answers.findIndex((a) => hits(a.text, q.any));
    tally.add(rank);
    if (r.answers[0]?.citation.articleId === q.article) art++;
    if (outcome === "high") {
      high++;
      if (rank === 0) highHit++;
    }
    if (rank !== 0) {
      const top = r.answers[0];
      const miss: QaMiss = { question: q.q, expected: q.any, article: q.article, outcome };
      if (rank > 0) miss.goldRank = rank + 1;
      if (top) miss.top = { articleId: top.citation.articleId, text: top.text };
      misses.push(miss);
    }
  }
  const n = questions.filter(isAnswerable).length || 1;
  const r4 = (x: number) => Math.round(x * 10000) / 10000;
  times.sort((a, b) => a - b);
  return {
    figures: {
      answerable: questions.filter(isAnswerable).length,
      ...tally.figures(n),
      articleHit1: r4(art / n),
      notFound,
      notFoundShare: r4(notFound / n),
      highShare: r4(high / n),
      highPrecision: r4(high > 0 ? highHit / high : 0),
      unanswerable,
      p50Ms: r4(percentile(times, 50)),
      p95Ms: r4(percentile(times, 95)),
      p99Ms: r4(percentile(times, 99)),
      baseline: (({ hit1, hit3, hit5 }) => ({ hit1, hit3, hit5 }))(base.figures(n)),
    },
    misses,
    outcomes,
  };
}
