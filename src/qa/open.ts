/**
 * Open a corpus directory as an engine, through the on-disk cache. This is
 * the library's only file I/O; everything it calls is pure.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { cacheKey, readCache, writeCache } from "./cache.js";
import { parseCorpusFiles, readCorpusFiles } from "./corpus/readCorpus.js";
import { createEngine, type EngineOptions, restoreEngine } from "./engine.js";
import type { QaEngine } from "./types.js";

/** The project root, for the default cache location. */
const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

export interface OpenOptions {
  /** Directory of article files (and aliases.txt). */
  corpusDir: string;
  /** Where the index cache lives. Default `.cache/` in the project. */
  cacheDir?: string;
  /** Read and write the cache. Default true. */
  cache?: boolean;
  /** Ranking tunables, for benchmarks. */
  rank?: EngineOptions["rank"];
  /** Largest corpus file read, in bytes; larger ones are skipped (see LoadInfo.skipped). Default 2 MB. */
  maxFileBytes?: number;
}

/** How the engine was obtained, for start-time reports. */
export interface LoadInfo {
  fromCache: boolean;
  cacheFile?: string;
  articles: number;
  ms: number;
  /** Corpus files skipped for their size, one line each naming the file: warnings for whoever runs it. */
  skipped: string[];
}

export const DEFAULT_CACHE_DIR = path.join(PROJECT_ROOT, ".cache");

/** Load, validate (throws CorpusError listing every problem) and index a corpus. */
export async function openEngine(options: OpenOptions): Promise<QaEngine & { readonly loadInfo: LoadInfo }> {
  const started = performance.now();
  const files = await readCorpusFiles(options.corpusDir, { maxFileBytes: options.maxFileBytes });
  const { articles, aliases } = parseCorpusFiles(files);
  const cacheDir = options.cacheDir ?? DEFAULT_CACHE_DIR;
  const useCache = options.cache ?? true;
  const key = useCache ? await cacheKey(files) : "";
  const cached = useCache ? await readCache(cacheDir, files, key) : undefined;
  const engineOptions: EngineOptions = { aliases, rank: options.rank };
  const engine = cached ? restoreEngine(cached, engineOptions) : createEngine(articles, engineOptions);
  let cacheFile: string | undefined;
  if (useCache && !cached) {
    // A read-only disk must not stop answering; the cache is an optimisation.
    cacheFile = await writeCache(cacheDir, files, key, engine.snapshot()).catch(() => undefined);
  }
  const loadInfo: LoadInfo = { fromCache: cached !== undefined, articles: articles.length, ms: performance.now() - started, skipped: files.skipped };
  if (cacheFile) loadInfo.cacheFile = cacheFile;
  return Object.assign(engine, { loadInfo });
}
