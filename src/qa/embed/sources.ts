/**
 * What the fill encodes for a corpus: each article's sentences in order,
 * keyed by a hash of their texts. Page furniture (boilerplate sentences,
 * never cited) is passed as "" so it costs no encoding and scores 0.
 */
import type { CorpusModel } from "../corpus/model.js";
import { articleVectorKey } from "./cacheFile.js";
import type { VectorFillArticle } from "./fill.js";

export function vectorFillArticles(model: Pick<CorpusModel, "articleSentences" | "sentences">): VectorFillArticle[] {
  return model.articleSentences.map((ids) => {
    const texts = ids.map((id) => {
      const s = model.sentences[id];
      return s && !s.boilerplate ? s.text : "";
    });
    return { key: articleVectorKey(texts), texts };
  });
}
