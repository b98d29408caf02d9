/**
 * The sentence encoder (real model) and the int8 vector store, on invented
 * news sentences.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { DIMENSIONS, type Encoder, loadEncoder, packVectors, SentenceVectors } from "../src/qa/embed/index.js";
import { decodeVectorFile, encodeVectorFile } from "../src/qa/embed/cacheFile.js";

const FIRE = "Most of the guests died of smoke inhalation after the hotel caught fire.";
const RATES = "The central bank raised interest rates by half a point on Tuesday.";
const DOCTOR = "Police held the ophthalmologist for spreading rumours about a new virus.";
const STRIKER = "The club signed a Brazilian striker for twelve million euros.";

let encoder: Encoder;
beforeAll(async () => {
  encoder = await loadEncoder();
});

const dotOf = (a: Float32Array, b: Float32Array) => a.reduce((s, x, i) => s + x * (b[i] as number), 0);

describe("encoder", () => {
  it("gives one unit vector of 512 per text, in order, and the zero vector for an empty text", async () => {
    const vectors = await encoder.encode([FIRE, "", RATES]);
    expect(vectors).toHaveLength(3);
    for (const v of vectors) expect(v).toHaveLength(DIMENSIONS);
    expect(dotOf(vectors[0]!, vectors[0]!)).toBeCloseTo(1, 5);
    expect(dotOf(vectors[2]!, vectors[2]!)).toBeCloseTo(1, 5);
    expect(vectors[1]!.every((x) => x === 0)).toBe(true);
    // Order is kept though batches are taken by length.
    const [alone] = await encoder.encode([RATES]);
    expect(dotOf(alone!, vectors[2]!)).toBeCloseTo(1, 4);
  });

  it("scores a paraphrased answer above unrelated sentences", async () => {
    const cases = [
      { question: "What killed most of the victims in the hotel blaze?", answer: FIRE },
      { question: "Why was the eye doctor detained?", answer: DOCTOR },
      { question: "How much did the team pay for its new forward?", answer: STRIKER },
      { question: "Did borrowing get more expensive this week?", answer: RATES },
    ];
    const sentences = [FIRE, RATES, DOCTOR, STRIKER];
    const sv = await encoder.encode(sentences);
    const qv = await encoder.encode(cases.map((c) => c.question));
    cases.forEach((c, i) => {
      const scores = sv.map((v) => dotOf(qv[i]!, v));
      const right = scores[sentences.indexOf(c.answer)]!;
      for (const [j, s] of scores.entries()) if (sentences[j] !== c.answer) expect(right, `${c.question} vs ${sentences[j]}`).toBeGreaterThan(s + 0.1);
    });
  });
});

describe("SentenceVectors", () => {
  it("answers undefined until an article is in, then the cosine of the stored int8 vector", async () => {
    // Two articles; sentence ids are global and article 1's come first.
    const articleSentences = [[2, 3, 4], [0, 1]];
    const store = new SentenceVectors(articleSentences);
    const texts = [FIRE, RATES, DOCTOR];
    const floats = await encoder.encode(texts);
    const [q] = await encoder.encode(["What killed most of the victims in the hotel blaze?"]);
    expect(store.hasArticle(0)).toBe(false);
    expect(store.cosine(q!, 2)).toBeUndefined();
    const packed = packVectors(floats);
    store.setArticle(0, packed);
    expect(store.hasArticle(0)).toBe(true);
    expect(store.hasArticle(1)).toBe(false);
    expect(store.cosine(q!, 0)).toBeUndefined();
    expect(store.articlesFilled).toBe(1);
    expect(store.bytes).toBe(3 * (DIMENSIONS + 4));
    articleSentences[0]!.forEach((id, row) => {
      // Exactly the cosine with the stored codes...
      let direct = 0;
      for (let i = 0; i < DIMENSIONS; i++) direct += q![i]! * packed.codes[row * DIMENSIONS + i]!;
      expect(store.cosine(q!, id)).toBeCloseTo(direct * packed.factors[row]!, 6);
      // ...and within quantisation error of the float cosine.
      expect(Math.abs(store.cosine(q!, id)! - dotOf(q!, floats[row]!))).toBeLessThan(0.01);
    });
    expect([...store.articleCosines(q!, 0)!].map((c) => c.toFixed(5))).toEqual(articleSentences[0]!.map((id) => store.cosine(q!, id)!.toFixed(5)));
    expect(store.articleCosines(q!, 1)).toBeUndefined();
  });

  it("refuses vectors whose number is not the article's number of sentences", () => {
    const store = new SentenceVectors([[0, 1]]);
    expect(() => store.setArticle(0, packVectors([new Float32Array(DIMENSIONS).fill(0.1)]))).toThrow(/article 0 has 2 sentences, got 1/);
    expect(() => store.setArticle(5, packVectors([]))).toThrow(/no article 5/);
  });
});

describe("vector cache file", () => {
  const packed = packVectors([Float32Array.from({ length: DIMENSIONS }, (_, i) => Math.sin(i)), new Float32Array(DIMENSIONS)]);

  it("round-trips the codes and factors", () => {
    const back = decodeVectorFile(encodeVectorFile("m1", "k1", packed), "m1", "k1");
    expect(back?.count).toBe(2);
    expect([...back!.codes]).toEqual([...packed.codes]);
    expect([...back!.factors]).toEqual([...packed.factors]);
  });

  it("is a miss for another model or key, or a truncated file", () => {
    const bytes = encodeVectorFile("m1", "k1", packed);
    expect(decodeVectorFile(bytes, "m2", "k1")).toBeUndefined();
    expect(decodeVectorFile(bytes, "m1", "k2")).toBeUndefined();
    expect(decodeVectorFile(bytes.subarray(0, bytes.length - 1), "m1", "k1")).toBeUndefined();
    expect(decodeVectorFile(Buffer.from("not a vector file"), "m1", "k1")).toBeUndefined();
  });
});
