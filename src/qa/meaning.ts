/**
 * Sentence meaning attached to an engine: corpus vectors filled in the
 * background (embed/fill.ts, a worker thread, cached per article) and a
 * question encoder on the answering thread. The engine never waits for
 * the fill: a question whose candidates lack vectors is ranked lexically.
 */
import { createHash } from "node:crypto";
import path from "node:path";
import type { CorpusModel } from "./corpus/model.js";
import { type Encoder, loadEncoder, SentenceVectors, startVectorFill, type VectorFill, type VectorFillResult, vectorFillArticles } from "./embed/index.js";
import type { QuestionMeaning } from "./rank/features.js";

export interface MeaningOptions {
  /** The engine cache directory; vectors go in a folder of it per corpus. */
  cacheDir: string;
  /** Identifies the corpus (its directory), so two corpora never prune each other's vectors. */
  corpusKey: string;
  /** Write and read vector files. Default true. */
  cache?: boolean;
  /** The fill keeps the process alive until it ends: for a command that waits for it. Default false. */
  keepAlive?: boolean;
  /** Problems that do not stop answering (a vector file that cannot be written), one line each. */
  onWarning?: (message: string) => void;
}

/**
 * Where one corpus's vector files live: a folder of the cache directory per
 * corpus, so pruning one corpus's stale files never touches another's.
 */
export function vectorCacheDir(cacheDir: string, corpusKey: string): string {
  return path.join(cacheDir, "vectors", createHash("sha256").update(path.resolve(corpusKey)).digest("hex").slice(0, 16));
}

export class Meaning {
  /**
   * Loaded when the first question comes, not at start-up: building the
   * model holds the answering thread for a few hundred milliseconds, which
   * at start-up delayed everything else, signals included (a bot stopped
   * just after it was ready could miss its clean shutdown).
   */
  private encoder?: Promise<Encoder | undefined>;

  private constructor(
    private readonly vectors: SentenceVectors,
    private readonly fill: VectorFill,
    private readonly onWarning: (message: string) => void,
  ) {}

  static start(model: CorpusModel, options: MeaningOptions): Meaning {
    const vectors = new SentenceVectors(model.articleSentences);
    const onWarning = options.onWarning ?? (() => {});
    const fill = startVectorFill({
      vectors,
      articles: vectorFillArticles(model),
      cacheDir: options.cache === false ? undefined : vectorCacheDir(options.cacheDir, options.corpusKey),
      prune: options.cache !== false,
      holdProcess: options.keepAlive ?? false,
      onWarning: (w) => onWarning(`sentence vectors${w.article >= 0 ? ` of ${model.articles[w.article]?.file ?? `article ${w.article}`}` : ""}: ${w.kind} failed (${w.reason})`),
    });
    return new Meaning(vectors, fill, onWarning);
  }

  /** The question's meaning against the corpus, or undefined when the encoder is unavailable. */
  async of(question: string): Promise<QuestionMeaning | undefined> {
    this.encoder ??= loadEncoder().catch((e: unknown) => {
      this.onWarning(`sentence meaning is off: the question encoder did not load (${e instanceof Error ? e.message.split("\n")[0] : String(e)})`);
      return undefined;
    });
    const encoder = await this.encoder;
    if (!encoder) return undefined;
    const [vector] = await encoder.encode([question]);
    if (!vector) return undefined;
    return { cosine: (id) => this.vectors.cosine(vector, id) };
  }

  /** Resolves when every article has vectors (or the fill ended early; see its result). */
  get ready(): Promise<VectorFillResult> {
    return this.fill.ready;
  }

  async stop(): Promise<void> {
    await this.fill.stop();
  }
}
