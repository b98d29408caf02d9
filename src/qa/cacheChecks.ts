/**
 * Shape checks for the cache's article lines. The cache is our own file, but
 * a damaged one must cost a rebuild, never a crash: every field the engine
 * reads is checked for its type. Written by hand rather than with zod because
 * a warm start checks every sentence of the corpus (zod took about a third of
 * reading the file at 100,000 sentences).
 */
import type { ArticleAnalysis } from "./corpus/model.js";

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === "object" && x !== null && !Array.isArray(x);
const isCount = (x: unknown) => Number.isInteger(x) && (x as number) >= 0;

function isStringList(x: unknown): boolean {
  if (!Array.isArray(x)) return false;
  for (const s of x) if (typeof s !== "string") return false;
  return true;
}

function isFeatures(f: unknown): boolean {
  if (!isObject(f) || !isStringList(f.terms) || !isStringList(f.proper) || !Array.isArray(f.entities) || !isCount(f.words)) return false;
  for (const e of f.entities as unknown[]) if (!isObject(e) || typeof e.type !== "string" || !isStringList(e.terms)) return false;
  return true;
}

function isAnalysis(a: unknown): a is ArticleAnalysis {
  if (!isObject(a) || !Array.isArray(a.paragraphs) || !Array.isArray(a.sentences) || !Array.isArray(a.features) || !isStringList(a.headlineTerms)) return false;
  if (a.features.length !== a.sentences.length) return false;
  for (const p of a.paragraphs as unknown[]) if (!isObject(p) || !isCount(p.start) || !isCount(p.end) || !isCount(p.index) || typeof p.articleId !== "string") return false;
  for (const s of a.sentences as unknown[]) {
    if (!isObject(s) || typeof s.articleId !== "string" || !isCount(s.start) || !isCount(s.end) || !isCount(s.paragraph) || !isCount(s.index)) return false;
  }
  for (const f of a.features as unknown[]) if (!isFeatures(f)) return false;
  return true;
}

/** An article line: `{ hash, analysis }`. */
export function isArticleLine(x: unknown): x is { hash: string; analysis: ArticleAnalysis } {
  return isObject(x) && typeof x.hash === "string" && isAnalysis(x.analysis);
}

/** Every paragraph and sentence of an analysis names article `id`: a line restored as article i must be article i's. */
export function isAnalysisOf(a: ArticleAnalysis, id: string): boolean {
  for (const p of a.paragraphs) if (p.articleId !== id) return false;
  for (const s of a.sentences) if (s.articleId !== id) return false;
  return true;
}
