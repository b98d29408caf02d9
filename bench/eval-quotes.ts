/**
 * Precision and recall of quote attribution on the bundled corpus, against
 * the hand-labelled set in test/fixtures/quotes-labelled.json.
 *
 *   npm run eval:quotes [-- --corpus DIR] [--labels FILE] [--json]
 *
 * Lists every miss, wrong attribution and extra quote, and the quoted spans
 * that were rejected (with why), so a reader can judge each.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { openEngine } from "../src/qa/index.js";
import { buildQuoteIndexWithRejects, evaluateQuotes, LabelledSetSchema } from "../src/qa/quotes/index.js";
import { engineInternals, quoteSources } from "../src/qa/engine.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
/** Targets from the issue. */
const TARGET = { precision: 0.95, recall: 0.9 } as const;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { corpus: { type: "string" }, labels: { type: "string" }, json: { type: "boolean" } },
  });
  const corpusDir = values.corpus ?? path.join(ROOT, "corpus");
  const labelsFile = values.labels ?? path.join(ROOT, "test/fixtures/quotes-labelled.json");
  const labels = LabelledSetSchema.safeParse(JSON.parse(await readFile(labelsFile, "utf8")));
  if (!labels.success) throw new Error(`${labelsFile}: ${labels.error.issues[0]?.path.join(".")}: ${labels.error.issues[0]?.message}`);

  const engine = await openEngine({ corpusDir });
  const { model } = engineInternals(engine);
  const { index, rejected } = buildQuoteIndexWithRejects(quoteSources(model), model.aliases);
  const report = evaluateQuotes(index, labels.data.quotes);
  if (values.json) {
    process.stdout.write(`${JSON.stringify({ ...report, rejected }, null, 2)}\n`);
    return;
  }
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
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
  out.push(`quoted spans not taken as quotes: ${rejected.length}`);
  for (const r of rejected) out.push(`  [${r.articleId}] ${r.reason}: “${r.text.slice(0, 60)}”`);
  process.stdout.write(`${out.join("\n")}\n`);
  if (report.precision < TARGET.precision || report.recall < TARGET.recall) process.exitCode = 1;
}

main().catch((error: unknown) => {
  process.stderr.write(`eval:quotes: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}\n`);
  process.exitCode = 1;
});
