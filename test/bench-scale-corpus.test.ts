/**
 * The scale benchmark's corpora: cycled from source articles, each pass after
 * the first with other ids, headlines and proper nouns, so that people and
 * terms grow with the corpus; every article must still be a valid corpus file.
 */
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseSize, scaleCorpus, varyArticle, writeCorpus, commonWords } from "../bench/lib/scaleCorpus.js";
import { type Article, parseArticleFile } from "../src/qa/index.js";

const article = (id: string, headline: string, body: string): Article => ({
  id,
  headline,
  headlineSupplied: false,
  outlet: "Invented Outlet",
  published: "2025-03-01",
  body,
  file: `${id}.md`,
});

const HARBOUR = article(
  "01-a-long-invented-identifier-near-limit",
  "Mayor Lindqvist opens the harbour",
  "Mayor Ines Lindqvist opened the new harbour in Portavel on Monday.\n\nThe harbour cost more than planned, Lindqvist said.",
);
const FERRY = article("ferry", "A new ferry", "The ferry to Osterholm runs twice a day, said captain Arno Beck.");

describe("scale corpora", () => {
  it("pass 0 is the source itself; later passes vary names, never common words or calendar words", () => {
    const common = commonWords([HARBOUR, FERRY]);
    expect(varyArticle(HARBOUR, 0, common)).toBe(HARBOUR);
    const v = varyArticle(HARBOUR, 3, common);
    expect(v.body).not.toContain("Lindqvist ");
    expect(v.body).toMatch(/Lindqvist[a-z]+ opened the new harbour in Portavel[a-z]+ on Monday\./);
    expect(v.body.split(/\s+/).length).toBe(HARBOUR.body.split(/\s+/).length);
    // "The" is written in lower case elsewhere, so it is a common word, not a name.
    expect(v.body).toContain("\n\nThe harbour cost more than planned");
    expect(v.headline).not.toBe(HARBOUR.headline);
  });

  it("varies deterministically: the same pass gives the same names, another pass others", () => {
    const common = commonWords([HARBOUR, FERRY]);
    expect(varyArticle(HARBOUR, 2, common)).toEqual(varyArticle(HARBOUR, 2, common));
    expect(varyArticle(HARBOUR, 2, common).body).not.toBe(varyArticle(HARBOUR, 5, common).body);
  });

  it("reaches the target size by whole articles, with unique ids, and every file parses", async () => {
    const articles = scaleCorpus(
      [
        { article: HARBOUR, sentences: 2 },
        { article: FERRY, sentences: 1 },
      ],
      20,
    );
    expect(articles.length).toBe(13); // 6 passes of 3 sentences, then the 2-sentence article brings it to 20
    expect(new Set(articles.map((a) => a.id)).size).toBe(articles.length);
    const dir = await mkdtemp(path.join(tmpdir(), "citebot-scale-corpus-"));
    try {
      writeCorpus(dir, articles);
      const names = await readdir(dir);
      expect(names).toHaveLength(13);
      for (const name of names) {
        const parsed = parseArticleFile(await readFile(path.join(dir, name), "utf8"), name);
        expect(parsed.ok ? "" : parsed.errors.join("; ")).toBe("");
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("reads sizes as 5k, 1.5m or plain numbers, and refuses anything else in one line", () => {
    expect([parseSize("5k"), parseSize("1.5m"), parseSize("800")]).toEqual([5000, 1_500_000, 800]);
    expect(() => parseSize("lots")).toThrow(/--sizes: expected sizes such as 5k,20k,100k, got "lots"/);
  });
});
