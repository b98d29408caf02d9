/**
 * Plain-text rendering of answers for a terminal, and the JSON shape of
 * `--json` / `--batch` output.
 */
import { truncate } from "../common/truncate.js";
import { UNKNOWN_TERM_LENGTH, UNKNOWN_TERMS_SHOWN } from "../common/unknown-terms.js";
import type { AskResult, Citation } from "../qa/index.js";

// Article text is untrusted and a terminal obeys control characters: ESC
// sequences can clear the screen, move the cursor or set the window title,
// bidirectional overrides reorder what is shown. Whole escape sequences go
// (CSI and OSC, 7- and 8-bit), then any other control becomes a space.
const ESCAPE_SEQUENCE = /(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]|(?:\x1b\]|\x9d)[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?|\x1b[@-_]?/g;
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
const BIDI = /[\u202a-\u202e\u2066-\u2069]/g;

/** Text from the corpus made safe to print on a terminal (for people only; `--json` keeps it exact). */
export function terminalSafe(text: string): string {
  return text.replace(ESCAPE_SEQUENCE, "").replace(BIDI, "").replace(CONTROL, " ");
}

/** "The Epoch Times, “Headline” (2024-12-19), paragraph 3, sentence 12" */
export function describeCitation(c: Citation): string {
  const safe = terminalSafe;
  const headline = c.headlineSupplied ? `[${safe(c.headline)}]` : `“${safe(c.headline)}”`;
  const by = c.author ? ` by ${safe(c.author)}` : "";
  const url = c.url ? ` <${safe(c.url)}>` : "";
  return `${safe(c.outlet)}, ${headline}${by} (${safe(c.published.slice(0, 10))}), paragraph ${c.paragraph}, sentence ${c.sentence}, characters ${c.start}-${c.end}${url}`;
}

export function formatForPerson(result: AskResult): string {
  if (!result.answered) {
    const lines = ["Not found in the corpus."];
    if (result.unknownTerms.length > 0) lines.push(`The corpus never mentions: ${terminalSafe(result.unknownTerms.slice(0, UNKNOWN_TERMS_SHOWN).map((t) => truncate(t, UNKNOWN_TERM_LENGTH)).join(", "))}.`);
    if (result.nearest.length > 0) {
      lines.push("Closest articles:");
      for (const a of result.nearest) lines.push(terminalSafe(`  - ${a.outlet}, “${a.headline}” (${a.published.slice(0, 10)})`));
    }
    return lines.join("\n");
  }
  const lines: string[] = result.confidence === "low" ? [LOW_CONFIDENCE, ""] : [];
  result.answers.forEach((a, i) => lines.push(`[${i + 1}] “${terminalSafe(a.text)}”`));
  lines.push("");
  result.answers.forEach((a, i) => {
    lines.push(`[${i + 1}] ${describeCitation(a.citation)}`);
    for (const other of a.alsoIn) lines.push(`    also in: ${describeCitation(other)}`);
  });
  if (result.total > result.answers.length) lines.push(`(${result.total - result.answers.length} more passages: use --limit)`);
  return lines.join("\n");
}

/** Said before the passages when none clearly answers, as in Discord and chat. */
export const LOW_CONFIDENCE = "No passage answers this directly. The closest passages:";

/** The `--json` object: {question, answered, answers: [{text, score, citation, alsoIn}], nearest?}. */
export function toJson(result: AskResult): Record<string, unknown> {
  if (!result.answered) {
    return { question: result.question, answered: false, reason: result.reason, unknownTerms: result.unknownTerms, answers: [], nearest: result.nearest };
  }
  return {
    question: result.question,
    answered: true,
    confidence: result.confidence,
    total: result.total,
    answers: result.answers.map((a) => ({ text: a.text, score: a.score, citation: a.citation, alsoIn: a.alsoIn, highlights: a.highlights, key: a.key })),
  };
}
