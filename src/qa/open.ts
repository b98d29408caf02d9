/**
 * Open a corpus directory as an engine, through the on-disk cache. This is
 * the library's only file I/O; everything it calls is pure.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { articleHashes, cacheKey, readCache, writeCache } from "./cache.js";
import { parseAliasFile, parseCorpusFiles, readCorpusFiles } from "./corpus/readCorpus.js";
import { attachMeaning, buildEngine, type EngineOptions, type EngineSnapshot, engineInternals, restoreEngine } from "./engine.js";
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
  /** Articles run through the NLP: all on a first start, those edited or added since on a later one, none when restored. */
  analysed: number;
  ms: number;
  /** The sentence-meaning fill, when asked for: await `meaning.ready` to rank every article by meaning. */
  meaning?: Meaning;
  /** Corpus files skipped for their size, one line each naming the file: warnings for whoever runs it. */
  skipped: string[];
  /**
   * Set when the cache could not be written (the reason, in one line): the
   * engine serves all the same, but the next start builds again; or when the
   * cache file was damaged and the index was rebuilt. Callers show it; the
   * library prints nothing.
   */
  warning?: string;
}

export const DEFAULT_CACHE_DIR = path.join(PROJECT_ROOT, ".cache");

/** Load, validate (throws CorpusError listing every problem) and index a corpus. */
export async function openEngine(options: OpenOptions): Promise<QaEngine & { readonly loadInfo: LoadInfo }> {
  const started = performance.now();
  const files = await readCorpusFiles(options.corpusDir, { maxFileBytes: options.maxFileBytes });
  const cacheDir = options.cacheDir ?? DEFAULT_CACHE_DIR;
  const useCache = options.cache ?? true;
  const key = useCache ? await cacheKey(files) : "";
  const read = useCache ? await readCache(cacheDir, files, key) : undefined;
  const cached = read?.restored;
  // A cache of these very files gives their articles: the front matter is validated only when a file changed.
  const { articles, aliases } = cached ? { articles: cached.articles, aliases: parseAliasFile(files) } : parseCorpusFiles(files);
  const hashes = useCache && !cached ? await articleHashes(files, articles) : [];
  const hashOf = new Map(articles.map((a, i) => [a.id, hashes[i] ?? ""] as const));
  const engineOptions: EngineOptions = { aliases, rank: options.rank };
  // The built snapshot is let go once written: the engine does not need it to serve.
  const built = cached ? undefined : buildEngine(articles, { ...engineOptions, reuse: (a) => read?.entries.get(hashOf.get(a.id) ?? "") });
  const engine = built?.engine ?? restoreEngine((cached as { snapshot: EngineSnapshot }).snapshot, engineOptions);
  const loadInfo: LoadInfo = { fromCache: cached !== undefined, articles: articles.length, analysed: built?.analysed ?? 0, ms: 0, skipped: files.skipped };
  if (read?.damaged) loadInfo.warning = read.damaged;
  if (useCache && built) {
    // A read-only disk must not stop answering (the cache is an optimisation),
    // but it must be said: every start would otherwise be a silent cold build.
    try {
      loadInfo.cacheFile = await writeCache(cacheDir, files, key, built.snapshot, hashes);
    } catch (e) {
      loadInfo.warning = `${loadInfo.warning ? `${loadInfo.warning}; ` : ""}cannot write the index cache in ${cacheDir} (${reasonOf(e)}); answering without it, and the next start builds the index again`;
    }
  }
  if (options.meaning) {
    const meaning = Meaning.start(engineInternals(engine).model, { cacheDir, corpusKey: options.corpusDir, cache: useCache, keepAlive: options.keepAlive, onWarning: options.onWarning });
    attachMeaning(engine, meaning);
    loadInfo.meaning = meaning;
  }
  loadInfo.ms = performance.now() - started;
  return Object.assign(engine, { loadInfo });
}

function reasonOf(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  const message = e instanceof Error ? e.message : String(e);
  return (code && !message.startsWith(code) ? `${code}: ${message}` : message).split("\n")[0] as string;
}
