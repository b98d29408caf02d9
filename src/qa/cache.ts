/**
 * The on-disk index cache: one JSON-lines file per corpus directory
 * (cacheLines.ts). After the header, the articles' front matter as parsed
 * (cacheArticles.ts); then each article's lines under a hash of its text
 * (with the library's code and the aliases): its analysis for answering, as
 * a head line and a features line (cacheChecks.ts), the people it names, its
 * last contribution to the quote index, and its NLP packed for quote reading
 * (articleEntry.ts). Then the sentence index (cacheIndex.ts), the corpus
 * statistics (corpus/statistics.ts) and the quote index quote by quote.
 *
 * The file's key hashes the library's code and every corpus file: when it
 * matches, the engine is restored without NLP, without parsing front matter
 * and without the articles' quote lines; each article's features are decoded
 * when a question first reads them. When it does not (an article was edited,
 * added or removed), unchanged articles are taken from their lines and only
 * the others analysed again; the corpus-wide parts (statistics, index,
 * speakers, attribution where what the corpus knows changed) are rebuilt. A
 * file that is unreadable or malformed is refused with a warning and
 * rebuilt: it holds nothing that cannot be derived again.
 */
import { createHash, randomBytes } from "node:crypto";
import { mkdir, readdir, readFile, rename, stat, unlink } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { articleFronts, restoreArticles } from "./cacheArticles.js";
import { readIndex, writeIndex } from "./cacheIndex.js";
import { type AnalysisHead, articleLines, featuresHash, readArticleHead, unpackFeaturesLine } from "./cacheChecks.js";
import { LineReader, RawJson, StaleCache, writeLines } from "./cacheLines.js";
import type { ArticleEntry } from "./articleEntry.js";
import { articleAnalyses, corpusSnapshot } from "./corpus/model.js";
import { statisticsFromPlain, statisticsToPlain } from "./corpus/statistics.js";
import type { CorpusFiles } from "./corpus/readCorpus.js";
import type { BuiltSnapshot, EngineSnapshot } from "./engine.js";
import type { Article } from "./types.js";

const QA_ROOT = path.dirname(fileURLToPath(import.meta.url));

let codeVersion: string | undefined;

/** Hash of the library's own source files: a code change invalidates every cache. */
async function libraryCodeHash(): Promise<string> {
  if (codeVersion) return codeVersion;
  const hash = createHash("sha256");
  const walk = async (dir: string): Promise<void> => {
    for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (/\.[cm]?[jt]s$/.test(entry.name)) hash.update(entry.name).update(await readFile(full));
    }
  };
  await walk(QA_ROOT);
  codeVersion = hash.digest("hex").slice(0, 16);
  return codeVersion;
}

export async function cacheKey(files: CorpusFiles): Promise<string> {
  const hash = createHash("sha256").update(await libraryCodeHash());
  for (const f of [...files.articles, ...(files.aliases ? [files.aliases] : [])]) hash.update(`\0${f.name}\0`).update(f.text);
  return hash.digest("hex").slice(0, 24);
}

/** Hash of each article as parsed (with the code and the aliases, which shape its analysis), in article order. */
export async function articleHashes(files: CorpusFiles, articles: readonly Article[]): Promise<string[]> {
  const base = createHash("sha256").update(await libraryCodeHash()).update(files.aliases?.text ?? "").digest("hex");
  return articles.map((a) => createHash("sha256").update(base).update(JSON.stringify(a)).digest("hex").slice(0, 24));
}

/** Version 6: the articles' front matter, then five lines per article (analysis head and features, packed: cacheChecks.ts; people; quote contribution; packed NLP); the corpus statistics after the index. */
const CACHE_VERSION = 6;

const HeaderSchema = z.object({
  format: z.literal("citebot-index"),
  version: z.literal(CACHE_VERSION),
  key: z.string(),
  articles: z.number().int().min(0),
  quotes: z.number().int().min(0),
});

const QuotesHeadSchema = z.object({ version: z.literal(1), speakers: z.array(z.object({ id: z.string(), name: z.string() }).loose()), unnamed: z.array(z.unknown()) });

/** A quote line's fields the check below reads (by hand, not zod: a warm start reads thousands). */
interface QuoteLine {
  key: string;
  text: string;
  citation: { articleId: string; start: number; end: number };
}

function isQuoteLine(x: unknown): x is QuoteLine {
  const q = x as Partial<QuoteLine> | null;
  const c = q?.citation;
  return typeof q === "object" && q !== null && typeof q.key === "string" && typeof q.text === "string" && typeof c === "object" && c !== null && typeof c.articleId === "string" && typeof c.start === "number" && typeof c.end === "number";
}

const prefixOf = (dir: string) => `index-${createHash("sha256").update(path.resolve(dir)).digest("hex").slice(0, 8)}-`;

/** What a cache file offers: the whole engine and its articles when its key matches, else the entries of unchanged articles. */
export interface CacheRead {
  restored?: { snapshot: EngineSnapshot; articles: Article[] };
  /** Article entries by their article's hash (articleHashes): an article whose hash is here is not analysed again. */
  entries: ReadonlyMap<string, ArticleEntry>;
  /** Set when the file was there but damaged (one line, for a warning). */
  damaged?: string;
}

/** This corpus's newest cache file, if any (there is normally one: writing removes the others). */
async function newestFile(cacheDir: string, prefix: string): Promise<string | undefined> {
  const names = (await readdir(cacheDir).catch(() => [] as string[])).filter((n) => n.startsWith(prefix) && n.endsWith(".ndjson"));
  const dated = await Promise.all(names.map(async (n) => ({ n, t: (await stat(path.join(cacheDir, n)).catch(() => undefined))?.mtimeMs ?? 0 })));
  const best = dated.sort((a, b) => b.t - a.t)[0];
  return best && path.join(cacheDir, best.n);
}

/**
 * Read this corpus's cache file. With the same key (the same code and the
 * same bytes in every corpus file) it restores the articles and the whole
 * engine; otherwise it gives the entries of the articles it holds.
 */
export async function readCache(cacheDir: string, files: CorpusFiles, key: string): Promise<CacheRead> {
  const entries = new Map<string, ArticleEntry>();
  const file = await newestFile(cacheDir, prefixOf(files.dir));
  if (!file) return { entries };
  const reader = new LineReader(file);
  try {
    const first = await reader.next();
    // A file another version of the code wrote is simply replaced; only a damaged one is worth a warning.
    if ((first as { format?: unknown } | null)?.format === "citebot-index" && (first as { version?: unknown }).version !== CACHE_VERSION) return { entries };
    const header = HeaderSchema.parse(first);
    // The same key restores the whole engine, which needs no article's reading for quotes: those lines are passed over.
    const whole = header.key === key;
    const articles = whole ? restoreArticles(await reader.next(), files) : undefined;
    if (!whole) await reader.skip();
    else if (!articles || articles.length !== header.articles) throw new StaleCache("the articles' line does not fit the corpus files");
    const heads: AnalysisHead[] = [];
    const featureLines: Array<string | undefined> = [];
    for (let i = 0; i < header.articles; i++) {
      const text = await reader.nextRaw();
      const line = readArticleHead(parseOrUndefined(text));
      if (!line) throw new StaleCache(`article line ${i + 1} is malformed`);
      const bytes = await reader.nextBytes();
      if (featuresHash(bytes) !== line.features) throw new StaleCache(`the features line of article ${i + 1} does not match its hash`);
      // The quote lines (people, contribution, reading) are checked when used (articleEntry.ts); the reading only if needed.
      if (articles) {
        if (line.articleId !== (articles[i] as Article).id) throw new StaleCache(`article line ${i + 1} is not its article's`);
        for (let k = 0; k < 3; k++) await reader.skip();
        heads.push(line.head);
        featureLines.push(bytes.toString("utf8"));
        continue;
      }
      const featuresText = bytes.toString("utf8");
      const features = unpackFeaturesLine(featuresText, line.head.sentences.length);
      if (!features) throw new StaleCache(`the features line of article ${i + 1} is malformed`);
      const people = await reader.nextRaw();
      const previous = await reader.nextRaw();
      const reading = await reader.nextRaw();
      entries.set(line.hash, { analysis: { ...line.head, features }, quotes: { people, reading }, previous: parseOrUndefined(previous), line: `${text}\n${featuresText}` });
    }
    // Another key: only the unchanged articles' entries are of use.
    if (!articles) return { entries };
    const index = await readIndex(reader);
    const statistics = statisticsFromPlain(await reader.next());
    if (!statistics) throw new StaleCache("malformed corpus statistics");
    const quotesHead = await reader.next();
    QuotesHeadSchema.parse(quotesHead);
    const quotes = { ...(quotesHead as object), quotes: [] as unknown[] };
    const bodies = new Map(articles.map((a) => [a.id, a.body] as const));
    for (let i = 0; i < header.quotes; i++) {
      const raw = await reader.next();
      if (!isQuoteLine(raw)) throw new StaleCache("a malformed quote line");
      // A cached quote must still match its article at its offsets, or the cache is stale.
      if (bodies.get(raw.citation.articleId)?.slice(raw.citation.start, raw.citation.end) !== raw.text) throw new StaleCache("a cached quote no longer matches its article");
      quotes.quotes.push(raw);
    }
    if ((await reader.next()) !== "end") throw new StaleCache("the cache file does not end where its header says");
    // An article's features are decoded when a question first reads them; their bytes were checked against the hash above.
    const features = (a: number) => {
      const decoded = unpackFeaturesLine(featureLines[a] ?? "", heads[a]?.sentences.length ?? 0);
      featureLines[a] = undefined;
      if (!decoded) throw new Error(`the cached features of article ${articles[a]?.id ?? a} do not fit it`);
      return decoded;
    };
    const snapshot = { corpus: corpusSnapshot(articles, heads, features), index, quotes: quotes as unknown as EngineSnapshot["quotes"], statistics };
    return { restored: { snapshot, articles }, entries };
  } catch (e) {
    // Unreadable, truncated or malformed: whatever article lines were valid may still be reused.
    const reason = e instanceof StaleCache ? e.message : e instanceof z.ZodError ? "a header of the wrong shape" : e instanceof Error ? e.message.split("\n")[0] : String(e);
    return { entries, damaged: `the index cache ${file} is damaged (${reason}); it is rebuilt` };
  } finally {
    reader.close();
  }
}

function parseOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

const STALE_TEMP_MS = 10 * 60 * 1000;

/** Write atomically (temp file + rename) and drop this corpus's other cache files. */
export async function writeCache(cacheDir: string, files: CorpusFiles, key: string, snapshot: BuiltSnapshot, hashes: readonly string[]): Promise<string> {
  await mkdir(cacheDir, { recursive: true });
  const prefix = prefixOf(files.dir);
  const target = path.join(cacheDir, `${prefix}${key}.ndjson`);
  const temp = `${target}.${process.pid}-${randomBytes(4).toString("hex")}.tmp`;
  const { quotes, ...quotesHead } = snapshot.quotes;
  const analyses = articleAnalyses(snapshot.corpus);
  await writeLines(temp, async (put) => {
    await put({ format: "citebot-index", version: CACHE_VERSION, key, articles: analyses.length, quotes: quotes.length });
    await put(articleFronts(snapshot.corpus.articles));
    for (const [i, analysis] of analyses.entries()) {
      const quotes = snapshot.articleQuotes[i];
      const line = snapshot.articleLines[i];
      // Two lines: the article's analysis head and its features (cacheChecks.ts).
      await put(new RawJson(line ?? articleLines(analysis, snapshot.corpus.articles[i]?.id ?? "", hashes[i] ?? "")));
      await put(new RawJson(quotes?.people ?? "[]"));
      await put(snapshot.contributions[i] ?? null);
      await put(new RawJson(quotes?.reading ?? "null"));
    }
    await writeIndex(put, snapshot.index);
    await put(statisticsToPlain(snapshot.statistics));
    await put(quotesHead);
    for (const q of quotes) await put(q);
    await put("end");
  });
  await rename(temp, target);
  for (const name of await readdir(cacheDir)) {
    if (!name.startsWith(prefix) || name === path.basename(target)) continue;
    const file = path.join(cacheDir, name);
    // Another process may be writing its temp file right now (two starts at once); only an old one is debris.
    if (name.endsWith(".tmp") && Date.now() - ((await stat(file).catch(() => undefined))?.mtimeMs ?? 0) < STALE_TEMP_MS) continue;
    await unlink(file).catch(() => undefined);
  }
  return target;
}
