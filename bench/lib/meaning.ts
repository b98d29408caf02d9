/**
 * Sentence meaning for the fitting benchmark, through the same encoder and
 * vector store the engine uses: each corpus's sentence vectors filled (and
 * cached under .cache/vectors, like the engine's), questions encoded in
 * batches, and a question's meaning against any corpus.
 */
import type { CorpusModel } from "../../src/qa/corpus/model.js";
import { loadEncoder, SentenceVectors, startVectorFill, vectorFillArticles } from "../../src/qa/embed/index.js";
import { DEFAULT_CACHE_DIR } from "../../src/qa/index.js";
import { vectorCacheDir } from "../../src/qa/meaning.js";
import type { QuestionMeaning } from "../../src/qa/rank/features.js";

/** Every sentence vector of a corpus; `key` names the corpus (its directory or file). */
export async function corpusVectors(model: CorpusModel, key: string): Promise<SentenceVectors> {
  const vectors = new SentenceVectors(model.articleSentences);
  const fill = startVectorFill({ vectors, articles: vectorFillArticles(model), cacheDir: vectorCacheDir(DEFAULT_CACHE_DIR, key), holdProcess: true });
  const result = await fill.ready;
  if (result.error) throw new Error(`sentence vectors of ${key}: ${result.error}`);
  return vectors;
}

/** Question vectors, by question text. */
export async function questionVectors(texts: readonly string[]): Promise<Map<string, Float32Array>> {
  const encoder = await loadEncoder();
  const distinct = [...new Set(texts)];
  const out = new Map<string, Float32Array>();
  for (let i = 0; i < distinct.length; i += 64) {
    const batch = distinct.slice(i, i + 64);
    (await encoder.encode(batch)).forEach((v, j) => out.set(batch[j] as string, v));
  }
  return out;
}

export function meaningOf(vectors: SentenceVectors, question: Float32Array | undefined): QuestionMeaning | undefined {
  return question ? { cosine: (id) => vectors.cosine(question, id) } : undefined;
}
