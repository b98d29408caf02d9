/**
 * Fill a SentenceVectors article by article in the background: cached
 * vectors are read first (no model, no thread), then the remaining articles
 * are encoded in a worker thread, each stored as soon as it is done and
 * written to its own cache file. The caller never waits: until an article's
 * vectors are in, `SentenceVectors` answers undefined for its sentences.
 *
 * Nothing here throws or rejects into the caller: a cache write that fails
 * is reported (onWarning, and the result) and the fill goes on; an article
 * the model cannot encode is reported and left lexical; a dead encoding
 * thread ends the fill with `error` set. `ready` always resolves.
 */
import { EMBED_DEFAULTS } from "./defaults.js";
import { pruneVectorFiles, readVectorFile, vectorFileName, writeVectorFile } from "./cacheFile.js";
import { EncoderWorker } from "./encoderWorker.js";
import { encoderModelId } from "./modelInfo.js";
import type { SentenceVectors } from "./vectors.js";

export interface VectorFillArticle {
  /** Hash of the article's sentence texts (articleVectorKey): the cache key. */
  key: string;
  /** The article's sentences in order, one per entry of articleSentences[a]; "" for one not worth encoding. */
  texts: readonly string[];
}

export interface VectorFillWarning {
  kind: "cache-write" | "cache-prune" | "encode";
  /** The article concerned; -1 for the cache directory as a whole. */
  article: number;
  reason: string;
}

export interface VectorFillOptions {
  /** Filled in place; article a of `articles` is article a of the store. */
  vectors: SentenceVectors;
  articles: readonly VectorFillArticle[];
  /** Directory of per-article vector files; none: encode everything, write nothing. */
  cacheDir?: string;
  /** Called as each article's vectors are stored. */
  onArticle?: (article: number, source: "cache" | "encoded") => void;
  /** Called for each problem that did not stop the fill. */
  onWarning?: (warning: VectorFillWarning) => void;
  /**
   * Once every article has its vectors, remove the other vector files in
   * cacheDir (an edited article's old ones). Only for a directory of this
   * corpus's vectors alone; default false.
   */
  prune?: boolean;
  /** Keep the process alive until the fill ends (benchmarks); default false, so a finished command exits. */
  holdProcess?: boolean;
}

export interface VectorFillProgress {
  total: number;
  /** Articles with vectors stored (fromCache + encoded). */
  done: number;
  fromCache: number;
  encoded: number;
  /** Articles left without vectors (encoding failed, or the fill stopped). */
  failed: number;
  cacheWriteFailures: number;
  /** Old vector files removed (the prune option). */
  pruned: number;
}

export interface VectorFillResult extends VectorFillProgress {
  ms: number;
  /** Whether an encoding thread was started (false when every article came from the cache). */
  encoderStarted: boolean;
  /** Why the fill ended early (a dead encoding thread, or stop()). */
  error?: string;
  /** The first warnings (at most 20; onWarning sees every one). */
  warnings: VectorFillWarning[];
}

export interface VectorFill {
  readonly ready: Promise<VectorFillResult>;
  progress(): VectorFillProgress;
  /**
   * Encode these articles next (e.g. those a question's candidates come
   * from): an article waiting in the queue moves to its front. Articles
   * already in, or not waiting, are left alone.
   */
  prioritise(articles: readonly number[]): void;
  /** End the fill early (the encoding thread is terminated); `ready` then resolves. */
  stop(): Promise<void>;
}

const KEPT_WARNINGS = 20;

export function startVectorFill(options: VectorFillOptions): VectorFill {
  const started = performance.now();
  const modelId = encoderModelId();
  const { vectors, articles, cacheDir } = options;
  const progress: VectorFillProgress = { total: articles.length, done: 0, fromCache: 0, encoded: 0, failed: 0, cacheWriteFailures: 0, pruned: 0 };
  const warnings: VectorFillWarning[] = [];
  let encoder: EncoderWorker | undefined;
  let stopped: string | undefined;
  /** Articles still to encode, next first; filled once the cache has been read. */
  const queue: number[] = [];
  /** Asked for before the queue existed. */
  const urgent: number[] = [];
  let queued = false;

  const warn = (w: VectorFillWarning) => {
    if (warnings.length < KEPT_WARNINGS) warnings.push(w);
    options.onWarning?.(w);
  };

  async function readCached(): Promise<number[]> {
    const misses: number[] = [];
    let next = 0;
    const reader = async () => {
      while (next < articles.length && !stopped) {
        const a = next++;
        const article = articles[a] as VectorFillArticle;
        const packed = cacheDir ? await readVectorFile(cacheDir, modelId, article.key) : undefined;
        if (packed && packed.count === article.texts.length) {
          vectors.setArticle(a, packed);
          progress.fromCache++;
          progress.done++;
          options.onArticle?.(a, "cache");
        } else misses.push(a);
      }
    };
    await Promise.all(Array.from({ length: EMBED_DEFAULTS.cacheReadsInFlight }, reader));
    return misses.sort((x, y) => x - y);
  }

  async function encodeOne(worker: EncoderWorker, a: number): Promise<void> {
    const article = articles[a] as VectorFillArticle;
    let packed;
    try {
      packed = await worker.encodePacked(article.texts);
    } catch (e) {
      if (stopped) return;
      // A dead thread fails every article: end the fill rather than warn for each.
      if (!worker.alive) throw e;
      progress.failed++;
      warn({ kind: "encode", article: a, reason: (e as Error).message });
      return;
    }
    if (stopped) return;
    vectors.setArticle(a, packed);
    progress.encoded++;
    progress.done++;
    options.onArticle?.(a, "encoded");
    if (cacheDir) {
      await writeVectorFile(cacheDir, modelId, article.key, packed).catch((e: unknown) => {
        progress.cacheWriteFailures++;
        warn({ kind: "cache-write", article: a, reason: `cannot write vectors to ${cacheDir}: ${e instanceof Error ? e.message : String(e)}` });
      });
    }
  }

  async function run(): Promise<VectorFillResult> {
    let error: string | undefined;
    try {
      const wrong = articles.findIndex((article, a) => article.texts.length !== vectors.sentencesOf(a));
      if (articles.length !== vectors.articles || wrong >= 0) {
        throw new Error(
          wrong >= 0
            ? `vector fill: article ${wrong} has ${articles[wrong]?.texts.length} texts but ${vectors.sentencesOf(wrong)} sentences in the store`
            : `vector fill: ${articles.length} articles given for a store of ${vectors.articles}`,
        );
      }
      const misses = await readCached();
      if (misses.length > 0 && !stopped) {
        encoder = await EncoderWorker.start({ holdProcess: options.holdProcess });
        const worker = encoder;
        const first = urgent.filter((a) => misses.includes(a));
        queue.push(...new Set(first), ...misses.filter((a) => !first.includes(a)));
        queued = true;
        const feeder = async () => {
          for (let a = queue.shift(); a !== undefined && !stopped; a = queue.shift()) await encodeOne(worker, a);
        };
        await Promise.all(Array.from({ length: EMBED_DEFAULTS.articlesInFlight }, feeder));
      }
    } catch (e) {
      error = e instanceof Error ? e.message : String(e);
    } finally {
      await encoder?.close();
    }
    error ??= stopped;
    progress.failed = progress.total - progress.done;
    if (options.prune && cacheDir && !error && progress.failed === 0) {
      const keep = new Set(articles.map((a) => vectorFileName(modelId, a.key)));
      progress.pruned = await pruneVectorFiles(cacheDir, keep).catch((e: unknown) => {
        warn({ kind: "cache-prune", article: -1, reason: `cannot remove old vectors from ${cacheDir}: ${e instanceof Error ? e.message : String(e)}` });
        return 0;
      });
    }
    const result: VectorFillResult = { ...progress, ms: performance.now() - started, encoderStarted: encoder !== undefined, warnings };
    if (error) result.error = error;
    return result;
  }

  const ready = run();
  return {
    ready,
    progress: () => ({ ...progress }),
    prioritise(wanted) {
      for (const a of [...wanted].reverse()) {
        if (vectors.hasArticle(a)) continue;
        const at = queue.indexOf(a);
        if (at > 0) queue.unshift(...queue.splice(at, 1));
        else if (at < 0 && !queued) urgent.unshift(a);
      }
    },
    async stop() {
      stopped ??= "the fill was stopped";
      await encoder?.close();
      await ready;
    },
  };
}
