/**
 * Plain-text rendering of answers for a terminal, and the JSON shape of
 * `--json` / `--batch` output.
 */
import type { AskResult, Citation } from "../qa/index.js";

/** "The Epoch Times, “Headline” (2024-12-19), paragraph 3, sentence 12" */
export function describeCitation(c: Citation): string {
  const headline = c.headlineSupplied ? `[${c.headline}]` : `“${c.headline}”`;
  const by = c.author ? ` by ${c.author}` : "";
  const url = c.url ? ` <${c.url}>` : "";
  return `${c.outlet}, ${headline}${by} (${c.published.slice(0, 10)}), paragraph ${c.paragraph}, sentence ${c.sentence}, characters ${c.start}-${c.end}${url}`;
}

export function formatForPerson(result: AskResult): string {
  if (!result.answered) {
    const lines = ["Not found in the corpus."];
    if (result.unknownTerms.length > 0) lines.push(`The corpus never mentions: ${result.unknownTerms.join(", ")}.`);
    if (result.nearest.length > 0) {
      lines.push("Closest articles:");
      for (const a of result.nearest) lines.push(`  - ${a.outlet}, “${a.headline}” (${a.published.slice(0, 10)})`);
    }
    return lines.join("\n");
  }
  const lines: string[] = [];
  result.answers.forEach((a, i) => lines.push(`[${i + 1}] “${a.text}”`));
  lines.push("");
  result.answers.forEach((a, i) => {
    lines.push(`[${i + 1}] ${describeCitation(a.citation)}`);
    for (const other of a.alsoIn) lines.push(`    also in: ${describeCitation(other)}`);
  });
  if (result.total > result.answers.length) lines.push(`(${result.total - result.answers.length} more passages: use --limit)`);
  return lines.join("\n");
}

/** The `--json` object: {question, answered, answers: [{text, score, citation, alsoIn}], nearest?}. */
export function toJson(result: AskResult): Record<string, unknown> {
  if (!result.answered) {
    return { question: result.question, answered: false, reason: result.reason, unknownTerms: result.unknownTerms, answers: [], nearest: result.nearest };
  }
  return {
    question: result.question,
    answered: true,
    total: result.total,
    answers: result.answers.map((a) => ({ text: a.text, score: a.score, citation: a.citation, alsoIn: a.alsoIn, highlights: a.highlights, key: a.key })),
  };
}
