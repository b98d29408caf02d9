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
}

/** How the engine was obtained, for start-time reports. */
export interface LoadInfo {
  fromCache: boolean;
  cacheFile?: string;
  articles: number;
  ms: number;
  /**
   * Set when the cache could not be written (the reason, in one line): the
   * engine serves all the same, but the next start builds again. Callers
   * show it; the library prints nothing.
   */
  warning?: string;
}

export const DEFAULT_CACHE_DIR = path.join(PROJECT_ROOT, ".cache");

/** Load, validate (throws CorpusError listing every problem) and index a corpus. */
export async function openEngine(options: OpenOptions): Promise<QaEngine & { readonly loadInfo: LoadInfo }> {
  const started = performance.now();
  const files = await readCorpusFiles(options.corpusDir);
  const { articles, aliases } = parseCorpusFiles(files);
  const cacheDir = options.cacheDir ?? DEFAULT_CACHE_DIR;
  const useCache = options.cache ?? true;
  const key = useCache ? await cacheKey(files) : "";
  const cached = useCache ? await readCache(cacheDir, files, key) : undefined;
  const engineOptions: EngineOptions = { aliases, rank: options.rank };
  const engine = cached ? restoreEngine(cached, engineOptions) : createEngine(articles, engineOptions);
  const loadInfo: LoadInfo = { fromCache: cached !== undefined, articles: articles.length, ms: 0 };
  if (useCache && !cached) {
    // A read-only disk must not stop answering (the cache is an optimisation),
    // but it must be said: every start would otherwise be a silent cold build.
    try {
      loadInfo.cacheFile = await writeCache(cacheDir, files, key, engine.snapshot());
    } catch (e) {
      loadInfo.warning = `cannot write the index cache in ${cacheDir} (${reasonOf(e)}); answering without it, and the next start builds the index again`;
    }
  }
  loadInfo.ms = performance.now() - started;
  return Object.assign(engine, { loadInfo });
}

function reasonOf(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  const message = e instanceof Error ? e.message : String(e);
  return (code && !message.startsWith(code) ? `${code}: ${message}` : message).split("\n")[0] as string;
}
