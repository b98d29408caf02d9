/**
 * The on-disk index cache. The key hashes the code of the answering library
 * and every corpus file, so an edit to either rebuilds the index. A cache
 * file that is unreadable or malformed is ignored and rebuilt: it holds
 * nothing that cannot be derived again.
 */
import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, rename, unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import type { CorpusFiles } from "./corpus/readCorpus.js";
import type { EngineSnapshot } from "./engine.js";

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

const SnapshotSchema = z.object({
  corpus: z.object({
    articles: z.array(z.object({ id: z.string(), body: z.string() }).loose()),
    paragraphs: z.array(z.array(z.object({ start: z.number(), end: z.number() }).loose())),
    sentences: z.array(z.object({ id: z.number(), articleId: z.string(), start: z.number(), end: z.number() }).loose()),
    features: z.array(z.object({ terms: z.array(z.string()) }).loose()),
    headlineTerms: z.array(z.array(z.string())),
  }),
  index: z.string(),
  quotes: z.object({
    version: z.literal(1),
    speakers: z.array(z.object({ id: z.string(), name: z.string() }).loose()),
    quotes: z.array(z.object({ key: z.string(), text: z.string(), citation: z.object({ articleId: z.string(), start: z.number(), end: z.number() }).loose() }).loose()),
    unnamed: z.array(z.unknown()),
  }),
});

const prefixOf = (dir: string) => createHash("sha256").update(path.resolve(dir)).digest("hex").slice(0, 8);

export async function readCache(cacheDir: string, files: CorpusFiles, key: string): Promise<EngineSnapshot | undefined> {
  try {
    const raw: unknown = JSON.parse(await readFile(path.join(cacheDir, `index-${prefixOf(files.dir)}-${key}.json`), "utf8"));
    const parsed = SnapshotSchema.safeParse(raw);
    if (!parsed.success || parsed.data.corpus.sentences.length !== parsed.data.corpus.features.length) return undefined;
    // A cached quote must still match its article at its offsets, or the cache is stale.
    const bodies = new Map(parsed.data.corpus.articles.map((a) => [a.id, a.body] as const));
    const exact = parsed.data.quotes.quotes.every((q) => bodies.get(q.citation.articleId)?.slice(q.citation.start, q.citation.end) === q.text);
    return exact ? (raw as EngineSnapshot) : undefined;
  } catch {
    return undefined;
  }
}

/** Write atomically (temp file + rename) and drop this corpus's older cache files. */
export async function writeCache(cacheDir: string, files: CorpusFiles, key: string, snapshot: EngineSnapshot): Promise<string> {
  await mkdir(cacheDir, { recursive: true });
  const prefix = `index-${prefixOf(files.dir)}-`;
  const target = path.join(cacheDir, `${prefix}${key}.json`);
  const temp = `${target}.${process.pid}.tmp`;
  await writeFile(temp, JSON.stringify(snapshot));
  await rename(temp, target);
  for (const name of await readdir(cacheDir)) {
    if (name.startsWith(prefix) && name !== path.basename(target)) await unlink(path.join(cacheDir, name)).catch(() => undefined);
  }
  return target;
}
