/**
 * Quote attribution against a labelled set.
 *
 *   npm run eval:quotes [-- --gold FILE] [--corpus DIR] [--json] [--misses]
 *
 * Two gold formats: the bundled corpus's labelled set (the default,
 * test/fixtures/quotes-labelled.json: exact quote text and speaker), and the
 * "starts" format of ../shared/wikinews-dev/quotes.json (article, opening
 * words, speaker label, not_speech), scored as src/qa/quotes/evaluate-gold.ts
 * says: precision, recall, lookup recall, by kind. `--misses` lists every
 * miss with the sentence it is in.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { openEngine } from "../src/qa/index.js";
import { engineInternals, quoteSources } from "../src/qa/engine.js";
import type { CorpusModel } from "../src/qa/corpus/model.js";
import { buildQuoteIndexWithRejects, evaluateQuotes, LabelledSetSchema } from "../src/qa/quotes/index.js";
import { evaluateGold, type GoldReport, GoldSetSchema } from "../src/qa/quotes/evaluate-gold.js";
import { quoteGroup } from "../src/qa/quotes/build.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
/** Targets from the issues. */
const TARGET = { precision: 0.95, recall: 0.9, lookupRecall: 0.9 } as const;
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** The sentence of an article where the gold quotation opens, for reading a miss. */
function sentenceOf(model: CorpusModel, articleId: string, starts: string): string {
  const a = model.byId.get(articleId);
  if (a === undefined) return "(article not in the corpus)";
  const ids = model.articleSentences[a] ?? [];
  const want = quoteGroup(starts);
  const prefix = want.split(" ").slice(0, 4).join(" ");
  for (const id of ids) {
    const s = model.sentences[id];
    if (s && quoteGroup(s.text).includes(prefix)) return s.text.replace(/\s+/g, " ");
  }
  return "(opening words not found in the article)";
}

function printGold(report: GoldReport, model: CorpusModel, misses: boolean): string[] {
  const out = [
    `labelled ${report.labelled}, returned and matched ${report.matched}, right ${report.right}`,
    `precision ${pct(report.precision)} (target ${pct(TARGET.precision)})   recall ${pct(report.recall)} (target ${pct(TARGET.recall)})   lookup recall ${pct(report.lookupRecall)} (target ${pct(TARGET.lookupRecall)})`,
    "by kind:                  labelled  recall  lookup",
  ];
  for (const [kind, b] of Object.entries(report.byKind).sort()) {
    out.push(`  ${kind.padEnd(24)} ${String(b.labelled).padStart(8)}  ${(b.right / b.labelled).toFixed(2).padStart(6)}  ${(b.lookup / b.labelled).toFixed(2).padStart(6)}`);
  }
  const count = (o: string) => report.items.filter((i) => i.outcome === o).length;
  out.push(`by outcome: right ${count("right")}, wrong speaker ${count("wrong-speaker")}, not returned ${count("not-found")}, not_speech returned ${report.notSpeech.length}, lookup failed ${report.items.filter((i) => !i.lookup).length}`);
  if (!misses) return out;
  out.push("", "misses:");
  for (const i of report.items) {
    if (i.outcome === "right" && i.lookup) continue;
    const what = i.outcome === "right" ? "lookup failed" : i.outcome === "wrong-speaker" ? `wrong speaker: ${i.found}` : "not returned";
    out.push(`- [${i.gold.article}] ${i.gold.speaker}: “${i.gold.starts}” ${what}${i.outcome !== "right" && !i.lookup ? "; lookup failed" : ""}`);
    out.push(`    ${sentenceOf(model, i.gold.article, i.gold.starts)}`);
  }
  for (const n of report.notSpeech) out.push(`- [${n.article}] not speech returned as a quote of ${n.found}: “${n.text}”`);
  return out;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { corpus: { type: "string" }, gold: { type: "string" }, labels: { type: "string" }, json: { type: "boolean" }, misses: { type: "boolean" } },
  });
  const corpusDir = values.corpus ?? path.join(ROOT, "corpus");
  const goldFile = values.gold ?? values.labels ?? path.join(ROOT, "test/fixtures/quotes-labelled.json");
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(goldFile, "utf8"));
  } catch (e) {
    throw new Error(`${goldFile}: cannot read a JSON gold file (${e instanceof Error ? e.message.split("\n")[0] : String(e)})`);
  }
  const engine = await openEngine({ corpusDir });
  const { model } = engineInternals(engine);
  const t0 = performance.now();
  const { index, rejected } = buildQuoteIndexWithRejects(quoteSources(model), model.aliases);
  const buildMs = performance.now() - t0;

  const starts = GoldSetSchema.safeParse(raw);
  if (starts.success) {
    const report = evaluateGold(index, starts.data);
    if (values.json) {
      process.stdout.write(`${JSON.stringify({ ...report, buildMs }, null, 2)}\n`);
    } else {
      process.stdout.write(`${printGold(report, model, values.misses === true).join("\n")}\nquote index built in ${buildMs.toFixed(0)} ms\n`);
    }
    if (report.precision < TARGET.precision || report.recall < TARGET.recall || report.lookupRecall < TARGET.lookupRecall) process.exitCode = 1;
    return;
  }
  const labels = LabelledSetSchema.safeParse(raw);
  if (!labels.success) {
    const issue = labels.error.issues[0];
    throw new Error(`${goldFile}: ${issue?.path.join(".")}: ${issue?.message} (expected {quotes: [{article, starts, speaker}]} or {quotes: [{articleId, text, speaker, kind}]})`);
  }
  const report = evaluateQuotes(index, labels.data.quotes);
  if (values.json) {
    process.stdout.write(`${JSON.stringify({ ...report, rejected }, null, 2)}\n`);
    return;
  }
  const out: string[] = [
    `quotes: ${report.labelled} labelled, ${report.extracted} extracted, ${report.correct} right`,
    `precision ${pct(report.precision)} (target ${pct(TARGET.precision)})   recall ${pct(report.recall)} (target ${pct(TARGET.recall)})`,
  ];
  const list = (title: string, items: Array<{ articleId: string; text: string; expected: string; found?: string }>) => {
    out.push(`${title}: ${items.length}`);
    for (const m of items) out.push(`  [${m.articleId}] “${m.text.slice(0, 80)}”  expected ${m.expected}${m.found ? `, found ${m.found}` : ""}`);
  };
  list("missed", report.missed);
  list("wrong speaker", report.wrong);
  list("extracted but not labelled", report.extra);
  out.push(`kind (full/partial) disagreements: ${report.kindMismatches.length}`);
  for (const k of report.kindMismatches) out.push(`  [${k.articleId}] “${k.text.slice(0, 60)}” labelled ${k.expected}, extracted ${k.found}`);
  if (values.misses !== false) {
    out.push(`quoted spans not taken as quotes: ${rejected.length}`);
    for (const r of rejected) out.push(`  [${r.articleId}] ${r.reason}: “${r.text.slice(0, 60)}”`);
  }
  process.stdout.write(`${out.join("\n")}\n`);
  if (report.precision < TARGET.precision || report.recall < TARGET.recall) process.exitCode = 1;
}

main().catch((error: unknown) => {
  process.stderr.write(`eval:quotes: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}\n`);
  process.exitCode = 1;
});
