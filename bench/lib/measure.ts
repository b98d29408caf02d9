/**
 * Answer-quality figures for a set of questions against one engine.
 */
import type { QaEngine } from "../../src/qa/index.js";
import { engineInternals } from "../../src/qa/engine.js";
import { analyseQuestion } from "../../src/qa/rank/question.js";
import { RankTally } from "./rankTally.js";
import { containsGold, percentile, type SquadQuestion } from "./squad.js";

export interface QualityFigures {
  questions: number;
  hit1: number;
  hit3: number;
  hit5: number;
  mrr10: number;
  articleHit1: number;
  refused: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  /** Plain minisearch (stop words + stemming, no re-ranking) top-1, same questions. */
  baselineHit1: number;
}

export async function measure(engine: QaEngine, questions: readonly SquadQuestion[]): Promise<QualityFigures> {
  const { model, index } = engineInternals(engine);
  const tally = new RankTally();
  let art = 0, refused = 0, base = 0;
  const times: number[] = [];
  for (const q of questions) {
    const t0 = performance.now();
    const r = await engine.answer(q.question, { limit: 10 });
    times.push(performance.now() - t0);
    if (!r.answered) {
      refused++;
    } else {
      tally.add(r.answers.findIndex((a) => containsGold(a.text, q.answers)));
      if (r.answers[0]?.citation.articleId === q.articleId) art++;
    }
    const plain = index.query(analyseQuestion(q.question, model).terms, 1)[0];
    if (plain && containsGold(model.sentences[plain.id]?.text ?? "", q.answers)) base++;
  }
  const n = questions.length || 1;
  times.sort((a, b) => a - b);
  const r4 = (x: number) => Math.round(x * 10000) / 10000;
  return {
    questions: questions.length,
    ...tally.figures(questions.length),
    articleHit1: r4(art / n),
    refused: r4(refused / n),
    p50Ms: r4(percentile(times, 50)),
    p95Ms: r4(percentile(times, 95)),
    p99Ms: r4(percentile(times, 99)),
    baselineHit1: r4(base / n),
  };
}
