/**
 * wink-nlp analyses packed for the cache: unpacking gives back exactly what
 * wink gave (tokens, offsets, tags, sentences, entities), and a damaged pack
 * is refused with MalformedPack rather than turned into wrong offsets.
 */
import { describe, expect, it } from "vitest";
import { MalformedPack, packAnalyses, unpackAnalyses } from "../src/qa/nlp/packedAnalysis.js";
import { analyse } from "../src/qa/nlp/wink.js";

const TEXTS = [
  "“We will not stop,” said Jane Doe, the union’s leader, on Thursday 3 March.",
  "MOSCOW (Reuters) - Erdoğan met Zelenskyy in Kyiv; 1,200 people, $5m and 40% were mentioned.",
  "Dr. J. Smith-Jones (RCMP) asked: 'Why?' … \t Nobody replied.",
];

describe("packed analyses", () => {
  it("unpack gives back exactly what wink gave, with null kept for texts not analysed", () => {
    const analyses = [analyse(TEXTS[0] as string), undefined, analyse(TEXTS[1] as string), analyse(TEXTS[2] as string)];
    const texts = [TEXTS[0], "", TEXTS[1], TEXTS[2]];
    const packed = JSON.parse(JSON.stringify(packAnalyses(analyses))) as ReturnType<typeof packAnalyses>;
    expect(unpackAnalyses(packed, (i) => texts[i])).toEqual(analyses);
  });

  it.each([
    ["a tag number out of range", (p: number[][]) => (p[0]![2] = 99)],
    ["a token past the end of its text", (p: number[][]) => (p[0]![1] = 9999)],
    ["a truncated token list", (p: number[][]) => p[0]!.pop()],
    ["a sentence over tokens that do not exist", (p: number[][]) => p[1]!.push(0, 9999)],
    ["a token offset that is not a number", (p: number[][]) => (p[0]![0] = Number.NaN)],
  ])("a pack with %s is refused", (_, damage) => {
    const text = TEXTS[0] as string;
    const packed = packAnalyses([analyse(text)]);
    damage(packed.texts[0] as unknown as number[][]);
    expect(() => unpackAnalyses(packed, () => text)).toThrow(MalformedPack);
  });

  it("a pack that is not one at all is refused", () => {
    expect(() => unpackAnalyses(JSON.parse('{"tags": 3}') as never, () => "x")).toThrow(MalformedPack);
    expect(() => unpackAnalyses({ tags: [], texts: [[[0, 1, 0, 0], [], []]] }, () => undefined)).toThrow(MalformedPack);
  });
});
