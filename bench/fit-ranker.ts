/**
 * Fit the ranking weights and the confidence models, report them honestly,
 * and (with --write) store them in src/qa/rank/weights.json with their
 * provenance.
 *
 *   npx tsx bench/fit-ranker.ts --qa QA.json --corpus DIR [--squad FILE] [--write] [--cases-cache FILE] [--ablation]
 *
 * Data: the paraphrased question set (answerable and unanswerable questions
 * over its corpus) and, with --squad, the "fit" half of SQuAD's questions
 * (the holdout half is only reported). Off-topic questions for the relevance
 * model come from pairing sets: SQuAD questions asked of the question set's
 * corpus and the other way round.
 *
 * Every figure on the question set is cross-validated by article (5 folds;
 * all questions about one article in one fold): the weights and models
 * scored on a fold never saw its articles. The fitted figures, from models
 * trained on everything, are printed apart and never quoted as quality.
 */
import { execSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { createEngine, openEngine } from "../src/qa/index.js";
import { parseCorpusFiles, readCorpusFiles } from "../src/qa/corpus/readCorpus.js";
import { engineInternals } from "../src/qa/engine.js";
import { Speech } from "../src/qa/rank/speech.js";
import { type Evidence, mayBeHigh, mostlyUnknown, plainlyRelevant } from "../src/qa/rank/confidence.js";
import { FEATURE_NAMES, type FeatureVector, MEANING_FEATURES } from "../src/qa/rank/features.js";
import { scoreOf } from "../src/qa/rank/weights.js";
import { type Case, collectCase, evidenceFor } from "./lib/cases.js";
import { fitLogistic, fitRanking, foldOf, logistic, type LogisticRow, type RankRow } from "./lib/fit.js";
import { corpusVectors, meaningOf, questionVectors } from "./lib/meaning.js";
import { hits, isAnswerable, readQaSet } from "./lib/qaset.js";
import { containsGold, readSquad } from "./lib/squad.js";

const { values } = parseArgs({
  options: {
    qa: { type: "string" },
    corpus: { type: "string" },
    squad: { type: "string" },
    write: { type: "boolean", default: false },
    epochs: { type: "string", default: "300" },
    "squad-share": { type: "string", default: "1" },
    /** Weight of SQuAD's fit half in the confidence model, as a share of the question set's total weight (0: the question set alone). */
    "confidence-squad": { type: "string", default: "0.3" },
    "min-precision": { type: "string", default: "0.87" },
    "max-not-found": { type: "string", default: "0.02" },
    /** Keep the collected cases in this file and reuse them (while only the fitting changes). */
    "cases-cache": { type: "string" },
    /** Print hit@1 with each feature's fitted weight zeroed, then stop. */
    ablation: { type: "boolean", default: false },
  },
});
if (!values.qa || !values.corpus) throw new Error("--qa FILE --corpus DIR are required");
const EPOCHS = Number(values.epochs);
type FullCase = ReturnType<typeof collectCase>;
type Set = "lexical" | "meaning";

// ---- collect
const cacheFile = values["cases-cache"];
const revive = (c: FullCase): FullCase => ({ ...c, analysis: { ...c.analysis, weight: new Map(c.analysis.weight as unknown as Array<[string, number]>) } });
let cases: FullCase[] = [];
let squadCases: FullCase[] = [];
let offTopic: FullCase[] = [];
let oneArticle: FullCase[] = [];
if (cacheFile && existsSync(cacheFile)) {
  const saved = JSON.parse(readFileSync(cacheFile, "utf8")) as { cases: FullCase[]; squadCases: FullCase[]; offTopic: FullCase[]; oneArticle?: FullCase[] };
  if (!saved.oneArticle) throw new Error(`${cacheFile}: written before one-article corpora were collected; delete it to collect again`);
  cases = saved.cases.map(revive);
  squadCases = saved.squadCases.map(revive);
  offTopic = saved.offTopic.map(revive);
  oneArticle = saved.oneArticle.map(revive);
} else {
  ({ cases, squadCases, offTopic, oneArticle } = await collect());
  if (cacheFile) {
    const plain = (c: FullCase) => ({ ...c, analysis: { ...c.analysis, weight: [...c.analysis.weight] } });
    writeFileSync(cacheFile, JSON.stringify({ cases: cases.map(plain), squadCases: squadCases.map(plain), offTopic: offTopic.map(plain), oneArticle: oneArticle.map(plain) }));
  }
}

async function collect(): Promise<{ cases: FullCase[]; squadCases: FullCase[]; offTopic: FullCase[]; oneArticle: FullCase[] }> {
  const wnEngine = await openEngine({ corpusDir: values.corpus as string, cache: false });
  const wn = engineInternals(wnEngine);
  const wnSpeech = new Speech(wn.quotes, wn.model.aliases);
  const wnQuestions = readQaSet(values.qa as string);
  const wnVectors = await corpusVectors(wn.model, values.corpus as string);
  const squadSet = values.squad ? readSquad(values.squad) : undefined;
  const qv = await questionVectors([...wnQuestions.map((q) => q.q), ...(squadSet?.questions.map((q) => q.question) ?? [])]);
  const cases: FullCase[] = wnQuestions.map((q) =>
    collectCase(wn.model, wn.index, {
      question: q.q,
      source: "qa",
      article: isAnswerable(q) ? q.article : `unanswerable:${q.q}`,
      kind: isAnswerable(q) ? "answerable" : q.kind,
      isGold: (t) => (isAnswerable(q) ? hits(t, q.any) : false),
      meaning: meaningOf(wnVectors, qv.get(q.q)),
    }, wnSpeech),
  );
  const squadCases: FullCase[] = [];
  const offTopic: FullCase[] = [];
  if (values.squad && squadSet) {
    const set = squadSet;
    const sq = engineInternals(createEngine(set.articles));
    const sqSpeech = new Speech(sq.quotes, sq.model.aliases);
    const sqVectors = await corpusVectors(sq.model, values.squad);
    for (const q of set.questions) {
      squadCases.push(
        collectCase(sq.model, sq.index, { question: q.question, source: "squad", article: q.articleId, kind: "answerable", split: q.split, isGold: (t) => containsGold(t, q.answers), meaning: meaningOf(sqVectors, qv.get(q.question)) }, sqSpeech),
      );
    }
    // Off-topic pairings: each set's questions against the other's corpus.
    set.questions.filter((_, i) => i % 9 === 0).forEach((q) => {
      offTopic.push(collectCase(wn.model, wn.index, { question: q.question, source: "squad→qa", article: `off:${q.id}`, kind: "off-topic", isGold: () => false, meaning: meaningOf(wnVectors, qv.get(q.question)) }, wnSpeech));
    });
    for (const q of wnQuestions.filter(isAnswerable)) {
      offTopic.push(collectCase(sq.model, sq.index, { question: q.q, source: "qa→squad", article: `off:${q.article}`, kind: "off-topic", isGold: () => false, meaning: meaningOf(sqVectors, qv.get(q.q)) }, sqSpeech));
    }
  }
  // A user may drop in a single article: each article alone, asked its own questions, the set's off-topic
  // ones and a few SQuAD questions (off-topic there too). All of them fall in that article's fold.
  const oneArticle: FullCase[] = [];
  const { articles, aliases } = parseCorpusFiles(await readCorpusFiles(values.corpus as string));
  const offTopicQuestions = wnQuestions.filter((q) => !isAnswerable(q) && q.kind === "off-topic").map((q) => q.q);
  const squadSample = (squadSet?.questions ?? []).filter((_, i) => i % 97 === 0).map((q) => q.question);
  for (const [n, article] of articles.entries()) {
    const own = wnQuestions.filter(isAnswerable).filter((q) => q.article === article.id);
    if (own.length === 0) continue;
    const one = engineInternals(createEngine([article], { aliases }));
    const speech = new Speech(one.quotes, one.model.aliases);
    const vectors = await corpusVectors(one.model, `${values.corpus as string}#${article.id}`);
    const ask = (question: string, kind: string, source: string, isGold: (t: string) => boolean) =>
      oneArticle.push(collectCase(one.model, one.index, { question, source, article: article.id, kind, isGold, meaning: meaningOf(vectors, qv.get(question)) }, speech));
    for (const q of own) ask(q.q, "answerable", "qa-one", (t) => hits(t, q.any));
    for (const q of offTopicQuestions) ask(q, "off-topic", "qa-one", () => false);
    squadSample.filter((_, i) => i % articles.length === n % articles.length || i % 7 === n % 7).forEach((q) => ask(q, "off-topic", "squad→one", () => false));
  }
  return { cases, squadCases, offTopic, oneArticle };
}
console.log(`cases: ${cases.length} from the question set (${cases.filter((c) => c.kind === "answerable").length} answerable), ${squadCases.length} SQuAD, ${offTopic.length} off-topic pairings, ${oneArticle.length} on one-article corpora (${oneArticle.filter((c) => c.kind === "answerable").length} answerable)`);

// ---- ranking
const names = (set: Set) => FEATURE_NAMES.filter((n) => set === "meaning" || !MEANING_FEATURES.includes(n));
const toRow = (c: Case, set: Set, weight: number): RankRow => ({
  candidates: c[set].map((x) => Float64Array.from(names(set), (n) => x.features[n])),
  gold: c[set].map((x) => x.gold),
  weight,
});
const toVector = (set: Set, w: Float64Array): FeatureVector =>
  Object.fromEntries(FEATURE_NAMES.map((n) => [n, Math.round((w[names(set).indexOf(n)] ?? 0) * 1000) / 1000])) as FeatureVector;
const answerable = cases.filter((c) => c.kind === "answerable");
const squadFit = squadCases.filter((c) => c.split === "fit");
function fitWeights(set: Set, train: readonly Case[]): FeatureVector {
  const share = Number(values["squad-share"]);
  const wnCount = train.length || 1;
  const sqWeight = squadFit.length > 0 ? (share * wnCount) / squadFit.length : 0;
  const rows = [...train.map((c) => toRow(c, set, 1)), ...squadFit.map((c) => toRow(c, set, sqWeight))];
  return toVector(set, fitRanking(rows, names(set).length, { epochs: EPOCHS, rate: 0.05, l2: 1e-4 }));
}
function rankOf(c: Case, set: Set, w: FeatureVector): number {
  const order = c[set].map((x, i) => ({ s: scoreOf(x.features, w), gold: x.gold, i })).sort((a, b) => b.s - a.s || a.i - b.i);
  return order.findIndex((x) => x.gold);
}
const at = (ranks: number[], k: number) => ranks.filter((r) => r >= 0 && r < k).length / (ranks.length || 1);

const folds = [0, 1, 2, 3, 4];
const fold = (c: Case) => foldOf(c.article);
const cvWeights: Record<Set, FeatureVector[]> = { lexical: [], meaning: [] };
const report: Record<string, unknown> = {};
for (const set of ["lexical", "meaning"] as const) {
  const ranks: number[] = [];
  for (const k of folds) {
    const w = fitWeights(set, answerable.filter((c) => fold(c) !== k));
    cvWeights[set].push(w);
    for (const c of answerable.filter((x) => fold(x) === k)) ranks.push(rankOf(c, set, w));
  }
  const all = fitWeights(set, answerable);
  const fitted = answerable.map((c) => rankOf(c, set, all));
  const holdout = squadCases.filter((c) => c.split === "holdout").map((c) => rankOf(c, set, all));
  report[set] = { cvHit1: at(ranks, 1), cvHit5: at(ranks, 5), fittedHit1: at(fitted, 1), squadHoldoutHit1: holdout.length ? at(holdout, 1) : null, weights: all };
  console.log(`${set.padEnd(8)} ranking: question set hit@1 ${at(ranks, 1).toFixed(3)} hit@5 ${at(ranks, 5).toFixed(3)} (cross-validated by article; fitted ${at(fitted, 1).toFixed(3)})  SQuAD holdout hit@1 ${holdout.length ? at(holdout, 1).toFixed(3) : "-"}  candidates hold the answer: ${(answerable.filter((c) => c[set].some((x) => x.gold)).length / answerable.length).toFixed(3)}`);
}

// ---- ablation: what each feature adds to the fitted ranking
if (values.ablation) {
  const holdout = squadCases.filter((c) => c.split === "holdout");
  console.log("\nablation (fitted weights, one feature's weight set to 0; hit@1 on the question set (fitted) and SQuAD holdout):");
  for (const set of ["lexical", "meaning"] as const) {
    const w = (report[set] as { weights: FeatureVector }).weights;
    const base = { qa: at(answerable.map((c) => rankOf(c, set, w)), 1), squad: holdout.length ? at(holdout.map((c) => rankOf(c, set, w)), 1) : 0 };
    console.log(`${set}: all features ${base.qa.toFixed(3)} / ${base.squad.toFixed(3)}`);
    for (const n of names(set)) {
      const without = { ...w, [n]: 0 };
      const qa = at(answerable.map((c) => rankOf(c, set, without)), 1);
      const squad = holdout.length ? at(holdout.map((c) => rankOf(c, set, without)), 1) : 0;
      console.log(`  without ${n.padEnd(22)} ${qa.toFixed(3)} (${(qa - base.qa >= 0 ? "+" : "") + (qa - base.qa).toFixed(3)})  ${squad.toFixed(3)} (${(squad - base.squad >= 0 ? "+" : "") + (squad - base.squad).toFixed(3)})`);
    }
  }
  process.exit(0);
}

// ---- confidence and relevance
const CONFIDENCE_INPUTS: ReadonlyArray<keyof Evidence> = ["topShare", "margin", "topCoverage", "bestCoverage", "topMeaning", "bestMeaning", "meaningTop3", "topStory", "storyStrength", "agreement", "typed", "hasType", "article", "headline", "topParagraph", "topNames", "topVerbs", "topNouns", "hasNames", "unknownShare", "unknownNames"];
const RELEVANCE_INPUTS: ReadonlyArray<keyof Evidence> = ["bestCoverage", "bestMeaning", "meaningTop3", "storyStrength", "topMeaning", "article", "headline", "topParagraph", "topNames", "hasNames", "general", "unknownShare", "unknownNames", "fewArticles"];
/**
 * Words alone do not tell an off-topic question from a paraphrase on a corpus of one article: trained on
 * one-article corpora too, the lexical model answered "What is the capital of Peru?" over the bundled five
 * articles. So only the meaning model learns small corpora (and reads fewArticles); the lexical one learns
 * the whole corpus, as before, and its one-article figures are reported as they fall.
 */
const ONE_ARTICLE = new Set(["qa-one", "squad→one"]);
const relevanceInputs = (set: Set): ReadonlyArray<keyof Evidence> => (set === "meaning" ? RELEVANCE_INPUTS : RELEVANCE_INPUTS.filter((k) => k !== "fewArticles"));
/** Refused before either model is asked (answer/ask.ts): no word to search for, or none the corpus knows. */
const refusedOutright = (c: FullCase) => c.noTerms || c.unknown.length === c.analysis.terms.length;
const relevanceRows = (set: Set, pool: readonly FullCase[], ev: (c: FullCase) => { evidence: Evidence }): LogisticRow[] =>
  pool
    .filter((c) => c.kind !== "adversarial" && (set === "meaning" || !ONE_ARTICLE.has(c.source)))
    .map((c) => ({ x: pick(ev(c).evidence, relevanceInputs(set)), y: c.kind === "answerable", weight: c.kind === "answerable" ? 1 : 0.5 }));
const pick = (e: Evidence, inputs: ReadonlyArray<keyof Evidence>) => inputs.map((k) => e[k]);
const OPTS = { epochs: 400, rate: 0.05, l2: 1e-3 };
const asModel = (w: Float64Array, inputs: ReadonlyArray<keyof Evidence>, bar: number) => ({
  bias: Math.round((w[0] ?? 0) * 1000) / 1000,
  weights: Object.fromEntries(inputs.map((k, i) => [k, Math.round((w[i + 1] ?? 0) * 1000) / 1000])),
  bar: Math.round(bar * 1000) / 1000,
});
const everything = [...cases, ...offTopic, ...oneArticle];
// People ask both ways: paraphrasing (the question set) and copying the article's words (SQuAD). The
// confidence model may learn from both; its bar and its reported figures come from the question set alone.
const squadConfWeight = squadFit.length > 0 ? (Number(values["confidence-squad"]) * cases.length) / squadFit.length : 0;
const confidenceRows = (pool: readonly FullCase[], ev: (c: FullCase) => { evidence: Evidence; topGold: boolean }): LogisticRow[] =>
  pool.flatMap((c) => {
    const weight = c.source === "qa" ? 1 : c.source === "squad" && c.split === "fit" ? squadConfWeight : 0;
    if (weight === 0) return [];
    const e = ev(c);
    return [{ x: pick(e.evidence, CONFIDENCE_INPUTS), y: e.topGold, weight }];
  });
const models: Record<string, unknown> = { confidence: {}, relevance: {} };
for (const set of ["lexical", "meaning"] as const) {
  const oofConf: Array<{ c: FullCase; p: number; top: boolean }> = [];
  const oofRel: Array<{ c: FullCase; p: number }> = [];
  for (const k of folds) {
    const w = cvWeights[set][k] as FeatureVector;
    const ev = (c: FullCase) => evidenceFor(c, set, w);
    const train = everything.filter((c) => fold(c) !== k);
    const test = everything.filter((c) => fold(c) === k);
    const confRows = confidenceRows([...train, ...squadFit.filter((c) => fold(c) !== k)], ev);
    const relRows = relevanceRows(set, train, ev);
    const conf = fitLogistic(confRows, CONFIDENCE_INPUTS.length, OPTS);
    const rel = fitLogistic(relRows, relevanceInputs(set).length, OPTS);
    for (const c of test) {
      const e = ev(c);
      // A passage the gate keeps from "high" counts as below every bar.
      if (c.source === "qa") oofConf.push({ c, p: mayBeHigh(e.evidence) ? logistic(conf, pick(e.evidence, CONFIDENCE_INPUTS)) : 0, top: e.topGold });
      // A passage holding the question's words is relevant before the model is asked; a question the corpus mostly does not know is not.
      oofRel.push({ c, p: refusedOutright(c) ? 0 : plainlyRelevant(e.evidence) ? 1 : mostlyUnknown(e.evidence, c.articles) ? 0 : logistic(rel, pick(e.evidence, relevanceInputs(set))) });
    }
  }
  // Relevance bar: the highest that refuses at most max-not-found of the answerable questions (cross-validated).
  const ans = oofRel.filter((x) => x.c.kind === "answerable" && x.c.source === "qa").map((x) => x.p).sort((a, b) => a - b);
  const min = ans[Math.floor(ans.length * Number(values["max-not-found"]))] ?? 0;
  const refusedBy = (kind: string, source?: string) => {
    const xs = oofRel.filter((x) => x.c.kind === kind && (source === undefined || x.c.source === source));
    return `${xs.filter((x) => x.p < min).length}/${xs.length}`;
  };
  // High-confidence bar: the lowest whose answers (not refused) reach min-precision. A question the corpus cannot
  // answer that still gets a high answer is a wrong high answer to whoever asked it, so it counts against the bar.
  const passes = (x: { c: FullCase }) => (oofRel.find((r) => r.c === x.c)?.p ?? 1) >= min;
  const shown = oofConf.filter((x) => x.c.kind === "answerable" && passes(x));
  const unanswerable = oofConf.filter((x) => x.c.kind !== "answerable" && passes(x));
  let high = 1;
  for (const t of [...new Set(shown.map((x) => Math.round(x.p * 1000) / 1000))].sort((a, b) => a - b)) {
    const above = shown.filter((x) => x.p >= t);
    const wrong = unanswerable.filter((x) => x.p >= t).length;
    if (above.length >= 5 && above.filter((x) => x.top).length / (above.length + wrong) >= Number(values["min-precision"])) {
      high = t;
      break;
    }
  }
  const highs = shown.filter((x) => x.p >= high);
  if (process.env.CURVE) for (const t of [0.5, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9]) {
    const above = shown.filter((x) => x.p >= t);
    console.log(`  ${set} bar ${t}: high ${above.length}, precision ${(above.filter((x) => x.top).length / (above.length || 1)).toFixed(3)}, adversarial ${oofConf.filter((x) => x.c.kind === "adversarial" && x.p >= t).length}`);
  }
  const advHigh = oofConf.filter((x) => x.c.kind === "adversarial" && x.p >= high && (oofRel.find((r) => r.c === x.c)?.p ?? 1) >= min).length;
  console.log(
    `${set.padEnd(8)} not-found bar ${min.toFixed(3)}: refuses answerable ${refusedBy("answerable", "qa")}, off-topic ${refusedBy("off-topic", "qa")} (set) ${refusedBy("off-topic", "squad→qa")} (SQuAD→set) ${refusedBy("off-topic", "qa→squad")} (set→SQuAD), adversarial ${refusedBy("adversarial")}`,
  );
  console.log(`${set.padEnd(8)} one-article corpora at that bar: refuses answerable ${refusedBy("answerable", "qa-one")}, off-topic ${refusedBy("off-topic", "qa-one")} (set) ${refusedBy("off-topic", "squad→one")} (SQuAD)`);
  console.log(`${set.padEnd(8)} high bar ${high.toFixed(3)}: ${highs.length}/${answerable.length} answerable high, precision ${(highs.filter((x) => x.top).length / (highs.length || 1)).toFixed(3)}; adversarial high ${advHigh}  (all cross-validated by article)`);
  // Final models on everything, with the full-data ranking weights.
  const w = (report[set] as { weights: FeatureVector }).weights;
  const ev = (c: FullCase) => evidenceFor(c, set, w);
  const conf = fitLogistic(confidenceRows([...cases, ...squadFit], ev), CONFIDENCE_INPUTS.length, OPTS);
  const rel = fitLogistic(relevanceRows(set, everything, ev), relevanceInputs(set).length, OPTS);
  (models.confidence as Record<string, unknown>)[set] = asModel(conf, CONFIDENCE_INPUTS, high);
  (models.relevance as Record<string, unknown>)[set] = asModel(rel, relevanceInputs(set), min);
  report[`${set}Confidence`] = { notFoundBar: min, highBar: high, highShare: highs.length / answerable.length, highPrecision: highs.filter((x) => x.top).length / (highs.length || 1), adversarialHigh: advHigh };
}

if (values.write) {
  const commit = execSync("git rev-parse --short HEAD").toString().trim();
  const strip = (r: unknown) => {
    const { weights: _w, ...rest } = r as Record<string, unknown>;
    return rest;
  };
  const file = {
    about: "Ranking weights (listwise logistic regression over each question's candidates) and the confidence models. Written by bench/fit-ranker.ts; do not edit by hand.",
    provenance: {
      script: "bench/fit-ranker.ts",
      data: `${values.qa} over ${values.corpus} and over each of its articles alone${values.squad ? `, and the fit half of ${values.squad}` : ""}; squad-share ${values["squad-share"]}, confidence-squad ${values["confidence-squad"]}, ${EPOCHS} epochs`,
      commit,
      date: new Date().toISOString().slice(0, 10),
      scores: { lexical: strip(report.lexical), meaning: strip(report.meaning), lexicalConfidence: report.lexicalConfidence, meaningConfidence: report.meaningConfidence },
    },
    lexical: (report.lexical as { weights: FeatureVector }).weights,
    meaning: (report.meaning as { weights: FeatureVector }).weights,
    confidence: models.confidence,
    relevance: models.relevance,
  };
  writeFileSync(new URL("../src/qa/rank/weights.json", import.meta.url), `${JSON.stringify(file, null, 1)}\n`);
  console.log("wrote src/qa/rank/weights.json");
}
