/**
 * Open a corpus directory as an engine, through the on-disk cache. This is
 * the library's only file I/O; everything it calls is pure.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { cacheKey, readCache, writeCache } from "./cache.js";
import { parseCorpusFiles, readCorpusFiles } from "./corpus/readCorpus.js";
import { attachMeaning, createEngine, type EngineOptions, engineInternals, restoreEngine } from "./engine.js";
import { Meaning } from "./meaning.js";
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
  /**
   * Rank by sentence meaning too: corpus vectors are filled in a worker
   * thread after the engine is returned (cached per article under cacheDir)
   * and questions are encoded by `answer`. Default false.
   */
  meaning?: boolean;
  /** The vector fill keeps the process alive until it ends: for a command that awaits `loadInfo.meaning.ready`. Default false. */
  keepAlive?: boolean;
  /** Problems that do not stop answering, one line each (e.g. a vector file that cannot be written). */
  onWarning?: (message: string) => void;
  /** Largest corpus file read, in bytes; larger ones are skipped (see LoadInfo.skipped). Default 2 MB. */
  maxFileBytes?: number;
}

/** How the engine was obtained, for start-time reports. */
export interface LoadInfo {
  fromCache: boolean;
  cacheFile?: string;
  articles: number;
  ms: number;
  /** The sentence-meaning fill, when asked for: await `meaning.ready` to rank every article by meaning. */
  meaning?: Meaning;
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
  if (options.meaning) {
    const meaning = Meaning.start(engineInternals(engine).model, { cacheDir, corpusKey: options.corpusDir, cache: useCache, keepAlive: options.keepAlive, onWarning: options.onWarning });
    attachMeaning(engine, meaning);
    loadInfo.meaning = meaning;
  }
  return Object.assign(engine, { loadInfo });
}
