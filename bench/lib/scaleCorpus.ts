/**
 * Corpora of a chosen size for the scale benchmark, made by cycling through
 * source articles. Every pass after the first varies each article
 * deterministically (id, headline, and every proper noun in it), so the number
 * of distinct people and terms grows with the corpus as it would with real
 * news, instead of the same names recurring in ever more copies.
 */
import { existsSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Article } from "../../src/qa/index.js";

/** A source article and how many citable sentences it holds (counted once, on the original). */
export interface SizedArticle {
  article: Article;
  sentences: number;
}

const SYLLABLES = ["an", "ek", "ov", "ir", "ul", "es", "ota", "ina", "ard", "el", "is", "un", "ar", "om", "ez", "ia"];
/** Calendar words are capitalised but are not names; varying them would only add noise terms. */
const CALENDAR = new Set(
  "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December".split(" "),
);

function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Lower-case words of the sources: a capitalised word also written in lower case is not a name. */
export function commonWords(articles: readonly Article[]): Set<string> {
  const words = new Set<string>();
  for (const a of articles) for (const m of a.body.matchAll(/\b[a-z]+\b/g)) words.add(m[0]);
  return words;
}

/** The `pass`-th variant of a proper noun; pass 0 is the original. */
export function varyName(word: string, pass: number): string {
  if (pass === 0) return word;
  const h = fnv1a(`${word}#${pass}`);
  return word + (SYLLABLES[h & 15] as string) + (SYLLABLES[(h >>> 4) & 15] as string);
}

const PROPER = /\b[A-Z][a-z]{2,}\b/g;

/** One article as it appears in pass `pass`: same text and shape, other names. */
export function varyArticle(article: Article, pass: number, common: ReadonlySet<string>): Article {
  if (pass === 0) return article;
  const vary = (text: string) => text.replace(PROPER, (w) => (common.has(w.toLowerCase()) || CALENDAR.has(w) ? w : varyName(w, pass)));
  const id = `${article.id.slice(0, 34).replace(/-+$/, "")}-v${pass}`;
  const headline = vary(article.headline);
  return {
    ...article,
    id,
    headline: headline === article.headline ? `${headline} (${pass})` : headline,
    body: vary(article.body),
    file: `${id}.md`,
  };
}

/**
 * Articles holding at least `target` citable sentences (estimated from the
 * originals' counts): every source article once, then varied passes.
 */
export function scaleCorpus(sources: readonly SizedArticle[], target: number): Article[] {
  if (sources.every((s) => s.sentences <= 0)) throw new Error("the sources hold no citable sentences");
  const common = commonWords(sources.map((s) => s.article));
  const out: Article[] = [];
  let total = 0;
  for (let pass = 0; total < target; pass++) {
    for (const s of sources) {
      if (total >= target) break;
      out.push(varyArticle(s.article, pass, common));
      total += s.sentences;
    }
  }
  return out;
}

/** Write articles as a corpus directory in the project's file format. */
export function writeCorpus(dir: string, articles: readonly Article[]): void {
  for (const a of articles) {
    const front = [`id: ${a.id}`, `headline: ${JSON.stringify(a.headline)}`, `outlet: ${JSON.stringify(a.outlet)}`, `published: ${a.published}`];
    writeFileSync(path.join(dir, `${a.id}.md`), `---\n${front.join("\n")}\n---\n${a.body}`);
  }
}

/** "5k" → 5000, "1.5m" → 1500000, "800" → 800. */
export function parseSize(text: string): number {
  const m = /^(\d+(?:\.\d+)?)([km]?)$/i.exec(text.trim());
  if (!m) throw new Error(`--sizes: expected sizes such as 5k,20k,100k, got "${text}"`);
  const scale = m[2]?.toLowerCase() === "k" ? 1e3 : m[2]?.toLowerCase() === "m" ? 1e6 : 1;
  return Math.round(Number(m[1]) * scale);
}

export const isDirectory = (p: string) => existsSync(p) && statSync(p).isDirectory();
