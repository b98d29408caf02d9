/**
 * The sentence vectors of a corpus, filled in article by article. Sentences
 * are numbered globally (CorpusModel.sentences) and each article lists its
 * own in reading order (CorpusModel.articleSentences); the store keeps one
 * packed block per article and, per sentence, its article and row, so a
 * cosine is two array reads and one 512-term dot product.
 *
 * An article without vectors yet answers `undefined`: the caller ranks it
 * lexically rather than waiting.
 */
import { DIMENSIONS } from "./modelInfo.js";
import { type PackedVectors, packedCosine } from "./packed.js";

export class SentenceVectors {
  private readonly blocks: Array<PackedVectors | undefined>;
  private readonly articleOf: Int32Array;
  private readonly rowOf: Int32Array;
  private filled = 0;
  private sentencesFilled = 0;

  /** `articleSentences[a]` lists the global sentence ids of article a, in order. */
  constructor(private readonly articleSentences: readonly (readonly number[])[]) {
    let total = 0;
    for (const ids of articleSentences) for (const id of ids) total = Math.max(total, id + 1);
    this.articleOf = new Int32Array(total).fill(-1);
    this.rowOf = new Int32Array(total);
    articleSentences.forEach((ids, a) =>
      ids.forEach((id, row) => {
        this.articleOf[id] = a;
        this.rowOf[id] = row;
      }),
    );
    this.blocks = articleSentences.map(() => undefined);
  }

  get articles(): number {
    return this.blocks.length;
  }

  /** Articles whose vectors are in. */
  get articlesFilled(): number {
    return this.filled;
  }

  /** Bytes held by vectors (codes and factors), for memory reports. */
  get bytes(): number {
    return this.sentencesFilled * (DIMENSIONS + 4);
  }

  /** Number of sentences of article a (0 for an article the store does not have). */
  sentencesOf(a: number): number {
    return this.articleSentences[a]?.length ?? 0;
  }

  hasArticle(a: number): boolean {
    return this.blocks[a] !== undefined;
  }

  /** Store article a's vectors; throws if their number is not the article's number of sentences. */
  setArticle(a: number, packed: PackedVectors): void {
    const ids = this.articleSentences[a];
    if (!ids) throw new RangeError(`SentenceVectors: no article ${a} (there are ${this.blocks.length})`);
    if (packed.count !== ids.length || packed.codes.length !== packed.count * DIMENSIONS || packed.factors.length !== packed.count) {
      throw new RangeError(`SentenceVectors: article ${a} has ${ids.length} sentences, got ${packed.count} vectors`);
    }
    const before = this.blocks[a];
    if (!before) this.filled++;
    this.sentencesFilled += packed.count - (before?.count ?? 0);
    this.blocks[a] = packed;
  }

  /** Cosine of a unit question vector with a sentence; undefined until its article's vectors exist. */
  cosine(question: Float32Array, sentenceId: number): number | undefined {
    const block = this.blocks[this.articleOf[sentenceId] ?? -1];
    return block ? packedCosine(question, block, this.rowOf[sentenceId] as number) : undefined;
  }

  /** Cosines with every sentence of article a, in its order (for the article's best); undefined until it has vectors. */
  articleCosines(question: Float32Array, a: number): Float32Array | undefined {
    const block = this.blocks[a];
    if (!block) return undefined;
    const out = new Float32Array(block.count);
    for (let row = 0; row < block.count; row++) out[row] = packedCosine(question, block, row);
    return out;
  }
}
