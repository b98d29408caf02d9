/**
 * A warm start takes from the cache what a cold build computes: the
 * articles (front matter as parsed, bodies cut from the files again) and the
 * corpus statistics. What it restores must be exactly what a build gives,
 * and a cache whose parts do not fit is refused with a warning and rebuilt.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { articleLines, unpackFeaturesLine } from "../src/qa/cacheChecks.js";
import { engineInternals } from "../src/qa/engine.js";
import { openEngine, type QaEngine } from "../src/qa/index.js";

const CORPUS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../corpus");

let root: string;
let count = 0;
beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), "citebot-qa-warm-"));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

async function setup(): Promise<{ corpusDir: string; cacheDir: string }> {
  const dir = path.join(root, `t${count++}`);
  const corpusDir = path.join(dir, "corpus");
  await cp(CORPUS, corpusDir, { recursive: true });
  return { corpusDir, cacheDir: path.join(dir, "cache") };
}

/** Everything a start derives from the corpus, as plain values (key order included: articles are hashed as JSON). */
function derived(engine: QaEngine) {
  const { model, index, quotes } = engineInternals(engine);
  return {
    articles: JSON.stringify(model.articles),
    df: [...model.df],
    names: [...model.names],
    citableCount: model.citableCount,
    paragraphDf: [...model.paragraphTable.df],
    paragraphAverageLength: model.paragraphTable.averageLength,
    paragraphCount: model.paragraphTable.count,
    articleFrequencies: model.articleFrequencies.map((f) => ({ df: [...f.df], sentences: f.sentences })),
    features: model.sentences.map((s) => model.features(s.id)),
    index: index.toPlain(),
    quotes,
  };
}

const QUESTIONS = ["Who was killed in Moscow?", "What did Zelenskyy say about Putin?", "How many glide bombs has Russia launched on Ukraine?"];
const answers = (engine: QaEngine) => QUESTIONS.map((q) => engine.ask(q, { limit: 10 }));

describe("a warm start", () => {
  it("restores the articles, the statistics and the quote index exactly as a cold build makes them", async () => {
    const dirs = await setup();
    const cold = await openEngine(dirs);
    const warm = await openEngine(dirs);
    expect(warm.loadInfo.fromCache).toBe(true);
    const fresh = await openEngine({ corpusDir: dirs.corpusDir, cache: false });
    expect(derived(warm)).toEqual(derived(fresh));
    expect(derived(cold)).toEqual(derived(fresh));
    expect(answers(warm)).toEqual(answers(fresh));
    expect(warm.summary).toEqual(fresh.summary);
  });

  /** Edit the cache file's lines (0 is the header, 1 the articles' front matter, then five lines per article). */
  async function damage(edit: (lines: string[]) => void) {
    const dirs = await setup();
    const file = (await openEngine(dirs)).loadInfo.cacheFile as string;
    const lines = (await readFile(file, "utf8")).split("\n");
    edit(lines);
    await writeFile(file, lines.join("\n"));
    const reopened = await openEngine(dirs);
    return { dirs, reopened };
  }

  it.each([
    ["the articles' front matter", (lines: string[]) => (lines[1] = '{"articles":"none"}'), /articles' line does not fit/],
    ["an article missing from the front matter", (lines: string[]) => (lines[1] = JSON.stringify({ articles: (JSON.parse(lines[1] as string) as { articles: unknown[] }).articles.slice(1) })), /articles' line does not fit/],
    ["two articles' analyses swapped", (lines: string[]) => ([lines[2], lines[3], lines[7], lines[8]] = [lines[7] as string, lines[8] as string, lines[2] as string, lines[3] as string]), /is not its article's/],
    ["an article's features changed after they were written", (lines: string[]) => {
      lines[3] = (lines[3] as string).replace("[", "[ ");
    }, /features line of article 1 does not match its hash/],
    ["the index's postings out of order", (lines: string[]) => {
      const head = lines.findIndex((l) => l.startsWith('{"version":2,"endian"'));
      const docsLine = head + 3; // after the head: one line of terms, one of offsets
      const bytes = Buffer.from(JSON.parse(lines[docsLine] as string) as string, "base64");
      const docs = new Int32Array(bytes.buffer, bytes.byteOffset, bytes.length / 4).reverse();
      lines[docsLine] = JSON.stringify(Buffer.from(docs.buffer, docs.byteOffset, docs.byteLength).toString("base64"));
    }, /malformed index postings/],
    ["the index cut short", (lines: string[]) => {
      const head = lines.findIndex((l) => l.startsWith('{"version":2,"endian"'));
      lines.splice(head + 3, 1);
    }, /is damaged/],
    ["the corpus statistics", (lines: string[]) => {
      const at = lines.findIndex((l) => l.startsWith('{"version":1,"citableCount"'));
      lines[at] = JSON.stringify({ ...(JSON.parse(lines[at] as string) as object), df: [1, 2] });
    }, /malformed corpus statistics/],
  ])("with %s damaged is refused with a warning and rebuilt", async (_what, edit, reason) => {
    const { dirs, reopened } = await damage(edit);
    expect(reopened.loadInfo.fromCache).toBe(false);
    expect(reopened.loadInfo.warning).toMatch(reason);
    expect(reopened.loadInfo.warning).toMatch(/is damaged .*; it is rebuilt$/);
    const fresh = await openEngine({ corpusDir: dirs.corpusDir, cache: false });
    expect(derived(reopened)).toEqual(derived(fresh));
    // The rebuilt file restores whole again.
    const next = await openEngine(dirs);
    expect(next.loadInfo.fromCache).toBe(true);
    expect(next.loadInfo.warning).toBeUndefined();
  });
});

describe("an article's features line", () => {
  it("is refused when a sentence numbers a term its article does not list", () => {
    const analysis = { paragraphs: [], sentences: [], headlineTerms: [], features: [{ terms: ["ferri", "late"], proper: [], entities: [{ type: "CARDINAL" as const, terms: ["late"] }], words: 4 }] };
    const featuresLine = articleLines(analysis, "a", "h").split("\n")[1] as string;
    expect(unpackFeaturesLine(featuresLine, 1)).toEqual(analysis.features);
    expect(unpackFeaturesLine(featuresLine, 2)).toBeUndefined();
    const line = JSON.parse(featuresLine) as { vocab: string[]; features: Array<[number, number[]]> };
    (line.features[0] as [number, number[]])[1][0] = line.vocab.length;
    expect(unpackFeaturesLine(JSON.stringify(line), 1)).toBeUndefined();
    expect(unpackFeaturesLine("{not json", 1)).toBeUndefined();
  });
});
