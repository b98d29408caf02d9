/**
 * The quote index of the bundled corpus: attribution measured against the
 * hand-labelled set, the citation invariant on every quote, and the lookups
 * the bot will make.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parsePassageKey } from "../src/qa/answer/citation.js";
import { evaluateQuotes, findQuotes, type FindQuotesResult, LabelledSetSchema, type QuoteResult } from "../src/qa/quotes/index.js";
import { corpusIndex } from "./fixtures/quotes-helpers.js";

const labelled = LabelledSetSchema.parse(JSON.parse(readFileSync(new URL("./fixtures/quotes-labelled.json", import.meta.url), "utf8")));

function quotesOf(result: FindQuotesResult): QuoteResult[] {
  if (result.speaker === null) throw new Error(`unknown speaker ${result.query}`);
  return result.quotes;
}

describe("attribution on the labelled corpus", () => {
  it("reaches precision ≥ 0.95 and recall ≥ 0.90", async () => {
    const { index } = await corpusIndex();
    const report = evaluateQuotes(index, labelled.quotes);
    expect(report.wrong).toEqual([]);
    expect(report.precision).toBeGreaterThanOrEqual(0.95);
    expect(report.recall).toBeGreaterThanOrEqual(0.9);
  });

  it("keeps every quote's citation exact: the body at its offsets is the quote", async () => {
    const { index, articles } = await corpusIndex();
    expect(index.quotes.length).toBeGreaterThan(0);
    for (const q of index.quotes) {
      const article = articles.find((a) => a.id === q.citation.articleId);
      expect(article?.body.slice(q.citation.start, q.citation.end)).toBe(q.text);
      expect(q.citation.quote).toBe(q.text);
      expect(parsePassageKey(q.key)).toEqual({ articleId: q.citation.articleId, start: q.citation.start, end: q.citation.end });
      expect(q.citation.paragraph).toBeGreaterThanOrEqual(1);
      expect(q.citation.sentence).toBeGreaterThanOrEqual(1);
    }
  });

  it("takes titles and boilerplate for no quote", async () => {
    const { rejected } = await corpusIndex();
    expect(rejected.find((r) => r.text === "Results of the Year")?.reason).toBe("title");
    expect(rejected.find((r) => r.text === "red lines")?.reason).toBe("boilerplate");
  });

  it("survives a JSON round trip unchanged (it goes into the cache snapshot)", async () => {
    const { index } = await corpusIndex();
    expect(JSON.parse(JSON.stringify(index))).toEqual(index);
  });
});

describe("speakers", () => {
  it("has one record per person, with slug ids, spelling variants and honorific forms", async () => {
    const { index } = await corpusIndex();
    for (const s of index.speakers) expect(s.id).toMatch(/^[a-z0-9-]{1,40}$/);
    expect(new Set(index.speakers.map((s) => s.id)).size).toBe(index.speakers.length);
    const zelensky = index.speakers.filter((s) => /zelensk/i.test(s.name));
    expect(zelensky).toHaveLength(1);
    expect(zelensky[0]).toMatchObject({ id: "volodymyr-zelensky", name: "Volodymyr Zelensky" });
    expect(zelensky[0]?.aliases).toEqual(expect.arrayContaining(["Zelensky", "Volodymyr Zelenskyy", "Zelenskyy", "Zelenski"]));
    const putin = index.speakers.find((s) => s.id === "vladimir-putin");
    expect(putin?.roles).toContain("russian president");
    expect(index.speakers.find((s) => s.id === "donald-trump")?.aliases).toContain("Mr Trump");
    expect(index.speakers.find((s) => s.id === "giorgia-meloni")?.aliases).toContain("Ms Meloni");
  });

  it("lists unnamed sources as such, never merged into a person", async () => {
    const { index } = await corpusIndex();
    expect(index.unnamed).toEqual([{ label: "a European official", quotes: 1 }]);
    expect(index.speakers.some((s) => /official/i.test(s.name))).toBe(false);
  });
});

describe("findQuotes", () => {
  it("returns Zelensky's quotes from every article that has them, under either spelling", async () => {
    const { index, aliases } = await corpusIndex();
    const withQuotes = new Set(labelled.quotes.filter((l) => l.speaker === "Volodymyr Zelensky").map((l) => l.articleId));
    for (const typed of ["Zelensky", "zelenskyy", "Volodymyr Zelenskyy", "volodymyr-zelensky", "President Zelensky"]) {
      const result = findQuotes(index, { speaker: typed, limit: 25 }, aliases);
      expect(result.speaker).toEqual({ id: "volodymyr-zelensky", name: "Volodymyr Zelensky" });
      const quotes = quotesOf(result);
      expect(new Set(quotes.map((q) => q.citation.articleId))).toEqual(withQuotes);
      expect(quotes.map((q) => q.text)).toContain("Do you think it’s a sane person?");
    }
  });

  it("returns Putin's quotes with no one else's among them", async () => {
    const { index, aliases } = await corpusIndex();
    const result = findQuotes(index, { speaker: "Putin", limit: 25 }, aliases);
    const quotes = quotesOf(result);
    const theirs = labelled.quotes.filter((l) => l.speaker !== "Vladimir Putin").map((l) => l.text);
    expect(quotes.length).toBeGreaterThan(20);
    for (const q of quotes) {
      expect(q.attribution.speaker?.id).toBe("vladimir-putin");
      expect(theirs).not.toContain(q.text);
    }
    expect(quotes.map((q) => q.text)).not.toContain("President Putin wants to meet. He has said that even publicly and we have to get that war over with. That’s a bloody mess");
  });

  it("merges wire copy into one quote citing the earliest publication, with the others in alsoIn", async () => {
    const { index, aliases } = await corpusIndex();
    const all = quotesOf(findQuotes(index, { speaker: "Putin", limit: 25 }, aliases));
    const missiles = all.filter((q) => q.text === "There is no chance of shooting down these missiles");
    expect(missiles).toHaveLength(1);
    expect(missiles[0]?.citation.articleId).toBe("dpa-putin-high-tech-duel-kiev");
    expect(missiles[0]?.alsoIn.map((c) => c.articleId)).toEqual(["lbc-putin-high-tech-duel-kyiv"]);
    const lbc = missiles[0]?.alsoIn[0];
    expect(lbc && Date.parse(lbc.published)).toBeGreaterThan(Date.parse(missiles[0]?.citation.published ?? ""));
    const duel = all.find((q) => q.text === "high-tech duel");
    expect(new Set([duel?.citation.articleId, ...(duel?.alsoIn.map((c) => c.articleId) ?? [])]).size).toBe(4);
  });

  it("leaves out suppressed passage keys, citing the next occurrence instead", async () => {
    const { index, aliases } = await corpusIndex();
    const first = quotesOf(findQuotes(index, { speaker: "Putin", limit: 25 }, aliases)).find((q) => q.text === "There is no chance of shooting down these missiles");
    const suppressed = new Set([first?.key ?? ""]);
    const after = quotesOf(findQuotes(index, { speaker: "Putin", limit: 25, suppressed }, aliases)).find((q) => q.text === first?.text);
    expect(after?.citation.articleId).toBe("lbc-putin-high-tech-duel-kyiv");
    expect(after?.alsoIn).toEqual([]);
  });

  it("filters by outlet (case-insensitive substring) and by topic through the shared term pipeline", async () => {
    const { index, aliases } = await corpusIndex();
    const lbc = quotesOf(findQuotes(index, { speaker: "Putin", outlet: "lbc", limit: 25 }, aliases));
    expect(lbc.length).toBeGreaterThan(0);
    for (const q of lbc) expect(q.citation.outlet).toBe("LBC");
    const topic = quotesOf(findQuotes(index, { speaker: "Putin", topic: "compromises", limit: 25 }, aliases));
    expect(topic.length).toBeGreaterThan(0);
    expect(topic[0]?.text).toMatch(/compromise/i);
    const kyiv = quotesOf(findQuotes(index, { speaker: "Putin", topic: "Kiev", limit: 25 }, aliases));
    expect(kyiv.some((q) => q.text.includes("Kyiv"))).toBe(true);
  });

  it("pages with limit and offset, and reports the total", async () => {
    const { index, aliases } = await corpusIndex();
    const all = findQuotes(index, { speaker: "Putin", limit: 25 }, aliases);
    const page = findQuotes(index, { speaker: "Putin", limit: 5, offset: 5 }, aliases);
    if (all.speaker === null || page.speaker === null) throw new Error("Putin unknown");
    expect(page.total).toBe(all.total);
    expect(page.quotes.map((q) => q.key)).toEqual(all.quotes.slice(5, 10).map((q) => q.key));
  });

  it("answers an unknown speaker with the closest known ones, not an exception", async () => {
    const { index, aliases } = await corpusIndex();
    const result = findQuotes(index, { speaker: "Zelenskyi-Smith" }, aliases);
    expect(result.speaker).toBeNull();
    if (result.speaker !== null) return;
    expect(result.closest.length).toBeGreaterThan(0);
    expect(findQuotes(index, { speaker: "Putn" }, aliases)).toMatchObject({ speaker: null, closest: [{ id: "vladimir-putin" }] });
  });

  it("rejects an empty speaker as bad input", async () => {
    const { index } = await corpusIndex();
    expect(() => findQuotes(index, { speaker: "   " })).toThrow(/speaker is empty/);
  });
});
