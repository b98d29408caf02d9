/** Fitting lists of markdown lines into one embed field or description. */
import { shareBudget, truncate } from "../render/index.js";

/**
 * Every line, joined with newlines, within `max` characters: short lines are
 * kept whole and the long ones share what is left, cut at a word boundary.
 * Lines must be cuttable at spaces without breaking markup (user text last).
 */
export function fitLines(lines: readonly string[], max: number): string {
  const joined = lines.join("\n");
  if (joined.length <= max) return joined;
  const shares = shareBudget(max - Math.max(0, lines.length - 1), lines.map((line) => line.length));
  return lines.map((line, i) => truncate(line, shares[i] ?? 0)).join("\n");
}

/** Whole lines while they fit in `max`, then "…and N more". Each line is first cut to `lineMax`. */
export function joinWithin(lines: readonly string[], max: number, lineMax = max): string {
  const cut = lines.map((line) => truncate(line, Math.min(lineMax, max)));
  const joined = cut.join("\n");
  if (joined.length <= max) return joined;
  let out = "";
  for (const [i, line] of cut.entries()) {
    const candidate = i === 0 ? line : `${out}\n${line}`;
    const tail = `\n…and ${cut.length - i - 1} more`;
    if (candidate.length + tail.length > max) return `${out}\n…and ${cut.length - i} more`.trimStart();
    out = candidate;
  }
  return out;
}

/**
 * The newest lines (the last ones) while they fit in `max`, after a line saying how many earlier
 * ones were left out: in a decision log the latest entry is the one that says where things stand.
 * Each line is first cut to `lineMax`.
 */
export function latestWithin(lines: readonly string[], max: number, lineMax = max): string {
  const cut = lines.map((line) => truncate(line, Math.min(lineMax, max)));
  if (cut.join("\n").length <= max) return cut.join("\n");
  const kept: string[] = [];
  for (let i = cut.length - 1; i >= 0; i--) {
    const note = `…${i} earlier (see /review history)`;
    if ([note, cut[i]!, ...kept].join("\n").length > max) break;
    kept.unshift(cut[i]!);
  }
  return [`…${cut.length - kept.length} earlier (see /review history)`, ...kept].join("\n");
}
