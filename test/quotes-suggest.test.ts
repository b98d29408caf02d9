/**
 * Autocomplete and speaker lookup: prefixes, typos and spelling variants find
 * the canonical speaker, most-quoted first.
 */
import { describe, expect, it } from "vitest";
import { editDistance, edits1 } from "../src/qa/nlp/edits.js";
import { closestSpeakers, lookupSpeaker, suggestSpeakers } from "../src/qa/quotes/index.js";
import { corpusIndex, quoteIndexOf } from "./fixtures/quotes-helpers.js";

describe("suggestSpeakers", () => {
  it.each(["zelenskyy", "zelenski", "Zelensky", "zel", "volodymyr"])("finds Zelensky from %j", async (typed) => {
    const { index } = await corpusIndex();
    expect(suggestSpeakers(index, typed, 3)[0]?.id).toBe("volodymyr-zelensky");
  });

  it.each(["puti", "Putin", "putn", "vladimir p", "Mr Putin"])("finds Putin from %j", async (typed) => {
    const { index } = await corpusIndex();
    expect(suggestSpeakers(index, typed, 3)[0]?.id).toBe("vladimir-putin");
  });

  it("lists the most-quoted first when nothing or little is typed, and only quoted speakers", async () => {
    const { index } = await corpusIndex();
    const all = suggestSpeakers(index, "", 10);
    expect(all[0]?.id).toBe("vladimir-putin");
    expect(all.map((s) => s.quoteCount)).toEqual([...all.map((s) => s.quoteCount)].sort((a, b) => b - a));
    expect(all.every((s) => s.quoteCount > 0)).toBe(true);
    expect(suggestSpeakers(index, "", 1)).toHaveLength(1);
  });

  it("suggests nothing for text far from every speaker", async () => {
    const { index } = await corpusIndex();
    expect(suggestSpeakers(index, "qqqqqq")).toEqual([]);
  });
});

describe("lookup and closest", () => {
  it("finds a person by first and last name with a middle name left out, in that order only", () => {
    const index = quoteIndexOf(["President Recep Tayyip Erdoğan visited the port on Monday.", "“We will act now,” Erdoğan said.", "“Not yet,” said Recep Ali Erdem."].join("\n"));
    expect(lookupSpeaker(index, "Recep Erdogan")?.name).toBe("Recep Tayyip Erdoğan");
    expect(lookupSpeaker(index, "Recep Erdem")?.name).toBe("Recep Ali Erdem");
    expect(lookupSpeaker(index, "Erdem Recep")).toBeUndefined();
  });

  it("looks up ids, names, surnames, variants and honorific forms exactly", async () => {
    const { index } = await corpusIndex();
    for (const typed of ["vladimir-putin", "Vladimir Putin", "putin", "POUTINE", "President Putin"]) expect(lookupSpeaker(index, typed)?.id).toBe("vladimir-putin");
    expect(lookupSpeaker(index, "Mr. Trump")?.id).toBe("donald-trump");
    expect(lookupSpeaker(index, "puti")).toBeUndefined();
  });

  it("names the closest speakers for an unknown name, including those not quoted", async () => {
    const { index } = await corpusIndex();
    expect(closestSpeakers(index, "Peskow", 3)[0]?.id).toBe("dmitry-peskov");
    expect(closestSpeakers(index, "Biden", 3)).toHaveLength(3);
  });

  it("counts transpositions as one edit", () => {
    expect(editDistance("ptuin", "putin")).toBe(1);
    expect(editDistance("zelenski", "zelensky")).toBe(1);
    expect(editDistance("", "abc")).toBe(3);
  });

  it("one edit model: every word edits1 generates is at most one slip away by editDistance, and the slips it misses are further", () => {
    for (const word of ["putin", "kyiv", "zelensky"]) {
      const near = new Set(edits1(word));
      for (const w of near) expect(editDistance(word, w), w).toBeLessThanOrEqual(1);
      for (const far of ["ptuni", `${word}xy`, word.slice(2)]) {
        expect(near.has(far)).toBe(false);
        expect(editDistance(word, far)).toBeGreaterThan(1);
      }
    }
  });
});
