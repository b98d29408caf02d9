/** Hashes of quoted text, stored with every cited passage. */
import { createHash } from "node:crypto";

/**
 * sha256 (lowercase hex) of a passage's quoted text, exactly as quoted (UTF-8,
 * no normalisation). Stored with each recorded passage so a later reviewer can
 * tell whether the article text at those offsets is still what was quoted.
 */
export function passageHash(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/** The shape of a cited passage the store needs; `Answer` from src/qa fits it. */
export interface CitedPassage {
  text: string;
  citation: { articleId: string; start: number; end: number };
}

/**
 * The `passages` argument of `Store.recordAnswer` for the passages an answer
 * showed (pass `"attribution"` for quote attributions).
 */
export function passagesForRecord(
  passages: readonly CitedPassage[],
  kind: "passage" | "attribution" = "passage",
): Array<{ articleId: string; start: number; end: number; textHash: string; kind: "passage" | "attribution" }> {
  return passages.map((p) => ({
    articleId: p.citation.articleId,
    start: p.citation.start,
    end: p.citation.end,
    textHash: passageHash(p.text),
    kind,
  }));
}
