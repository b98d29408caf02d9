/**
 * An article's analysis as the cache writes it, and the checks that read it
 * back. The cache is our own file, but a damaged one must cost a rebuild,
 * never a crash: every field the engine reads is checked for its type, by
 * hand rather than with zod (a warm start reads every sentence of the
 * corpus). The form is compact because a warm start decodes all of it:
 * paragraphs and sentences as number tuples under one article id, each
 * sentence's terms as numbers into the article's own list of terms. Parsing
 * the objects and strings of the plain form (every term written out again
 * in every sentence) was most of a warm start's time and garbage.
 */
import { createHash } from "node:crypto";
import type { ArticleAnalysis } from "./corpus/model.js";
import type { SentenceFeatures } from "./corpus/segment.js";
import type { BoilerplateReason, Paragraph } from "./types.js";

type Reason = BoilerplateReason | 0;

/** The written form of an ArticleAnalysis, its head line. */
export interface PackedHead {
  articleId: string;
  headlineTerms: string[];
  /** [index, start, end, boilerplate reason or 0]. */
  paragraphs: Array<[number, number, number, Reason]>;
  /** [paragraph, index, start, end, boilerplate reason or 0]. */
  sentences: Array<[number, number, number, number, Reason]>;
  /** The hash of the features line (featuresHash). */
  features: string;
}

/** The features line. */
export interface PackedFeatures {
  /** Every term the sentences' features use, once: features number into it. */
  vocab: string[];
  /** [words, terms, proper, entities as [type, terms]]. */
  features: Array<[number, number[], number[], Array<[string, number[]]>]>;
}

/** An analysis without its sentences' features (restored from a head line). */
export type AnalysisHead = Omit<ArticleAnalysis, "features">;

/** The hash a head line records of its features line's bytes. */
export const featuresHash = (bytes: Buffer | string) => createHash("sha1").update(bytes).digest("base64").slice(0, 16);

/** One article line for the cache, `{ hash, analysis }` with the analysis packed, and its features line after it. */
export function articleLines(a: ArticleAnalysis, articleId: string, hash: string): string {
  const numbers = new Map<string, number>();
  const n = (t: string) => {
    let k = numbers.get(t);
    if (k === undefined) numbers.set(t, (k = numbers.size));
    return k;
  };
  const packed = a.features.map((f): PackedFeatures["features"][number] => [f.words, f.terms.map(n), f.proper.map(n), f.entities.map((e) => [e.type, e.terms.map(n)])]);
  const features = JSON.stringify({ vocab: [...numbers.keys()], features: packed } satisfies PackedFeatures);
  const head: PackedHead = {
    articleId,
    headlineTerms: a.headlineTerms,
    paragraphs: a.paragraphs.map((p) => [p.index, p.start, p.end, p.boilerplate ?? 0]),
    sentences: a.sentences.map((s) => [s.paragraph, s.index, s.start, s.end, s.boilerplate ?? 0]),
    features: featuresHash(features),
  };
  // Two lines in one string: the cache keeps them together, and writes them back together.
  return `${JSON.stringify({ hash, analysis: head })}\n${features}`;
}

const isCount = (x: unknown): x is number => Number.isInteger(x) && (x as number) >= 0;
const isReason = (x: unknown): x is Reason => x === 0 || (typeof x === "string" && x !== "");

function isStringList(x: unknown): x is string[] {
  if (!Array.isArray(x)) return false;
  for (const s of x) if (typeof s !== "string") return false;
  return true;
}

/** Counts tuples: `[n0, n1, ..., reason]` with `counts` leading counts. */
function isTuple(x: unknown, counts: number): x is unknown[] {
  if (!Array.isArray(x) || x.length !== counts + 1 || !isReason(x[counts])) return false;
  for (let i = 0; i < counts; i++) if (!isCount(x[i])) return false;
  return true;
}

/** The terms numbered `ids` in `vocab`, or undefined when one is out of range. */
function termsOf(ids: unknown, vocab: readonly string[]): string[] | undefined {
  if (!Array.isArray(ids)) return undefined;
  const out: string[] = new Array<string>(ids.length);
  for (let i = 0; i < ids.length; i++) {
    const t = vocab[ids[i] as number];
    if (t === undefined || !isCount(ids[i])) return undefined;
    out[i] = t;
  }
  return out;
}

function unpackFeatures(x: unknown, vocab: readonly string[]): SentenceFeatures | undefined {
  if (!Array.isArray(x) || x.length !== 4 || !isCount(x[0]) || !Array.isArray(x[3])) return undefined;
  const terms = termsOf(x[1], vocab);
  const proper = termsOf(x[2], vocab);
  if (!terms || !proper) return undefined;
  const entities: SentenceFeatures["entities"] = [];
  for (const e of x[3] as unknown[]) {
    const eTerms = Array.isArray(e) && e.length === 2 && typeof e[0] === "string" ? termsOf(e[1], vocab) : undefined;
    if (!eTerms) return undefined;
    entities.push({ type: (e as [SentenceFeatures["entities"][number]["type"]])[0], terms: eTerms });
  }
  return { terms, proper, entities, words: x[0] };
}

/** The analysis head a packed one stands for, or undefined when it is not of that shape (the cache is then rebuilt). */
function unpackHead(x: unknown): AnalysisHead | undefined {
  const p = x as Partial<Record<keyof PackedHead, unknown>> | null;
  if (typeof p !== "object" || p === null || typeof p.articleId !== "string" || !isStringList(p.headlineTerms)) return undefined;
  if (!Array.isArray(p.paragraphs) || !Array.isArray(p.sentences)) return undefined;
  const articleId = p.articleId;
  const out: AnalysisHead = { paragraphs: [], sentences: [], headlineTerms: p.headlineTerms };
  // The same fields in the same order as segmentation makes them.
  for (const t of p.paragraphs as unknown[]) {
    if (!isTuple(t, 3)) return undefined;
    const paragraph: Paragraph = { articleId, index: t[0] as number, start: t[1] as number, end: t[2] as number };
    if (t[3] !== 0) paragraph.boilerplate = t[3] as BoilerplateReason;
    out.paragraphs.push(paragraph);
  }
  for (const t of p.sentences as unknown[]) {
    if (!isTuple(t, 4)) return undefined;
    const sentence: AnalysisHead["sentences"][number] = { articleId, paragraph: t[0] as number, index: t[1] as number, start: t[2] as number, end: t[3] as number };
    if (t[4] !== 0) sentence.boilerplate = t[4] as BoilerplateReason;
    out.sentences.push(sentence);
  }
  return out;
}

/** An article's head line: its hash, article id, analysis head and the hash of its features line; undefined when malformed. */
export function readArticleHead(x: unknown): { hash: string; articleId: string; head: AnalysisHead; features: string } | undefined {
  const line = x as { hash?: unknown; analysis?: { articleId?: unknown; features?: unknown } } | null;
  if (typeof line !== "object" || line === null || typeof line.hash !== "string" || typeof line.analysis?.features !== "string") return undefined;
  const head = unpackHead(line.analysis);
  return head && { hash: line.hash, articleId: line.analysis.articleId as string, head, features: line.analysis.features };
}

/** The features of a features line holding `count` sentences, or undefined when it does not fit. */
export function unpackFeaturesLine(text: string, count: number): SentenceFeatures[] | undefined {
  let x: Partial<Record<keyof PackedFeatures, unknown>> | null;
  try {
    x = JSON.parse(text) as typeof x;
  } catch {
    return undefined;
  }
  if (typeof x !== "object" || x === null || !isStringList(x.vocab) || !Array.isArray(x.features) || x.features.length !== count) return undefined;
  const out: SentenceFeatures[] = [];
  for (const f of x.features as unknown[]) {
    const features = unpackFeatures(f, x.vocab);
    if (!features) return undefined;
    out.push(features);
  }
  return out;
}
