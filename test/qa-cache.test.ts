/**
 * The on-disk index cache: built on first open, read on the next, rebuilt
 * when any corpus file (or aliases.txt) changes, and ignored when corrupt.
 * A warm start takes from the cache what a cold build computes (the
 * articles, the corpus statistics, the index, each article's features when
 * first read): what it restores must be exactly what a build gives, and a
 * part that does not fit is refused with a warning and rebuilt.
 * Each test works on its own temp copy of the corpus and its own cache dir.
 */
import { appendFile, cp, mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { articleLines, unpackFeaturesLine } from "../src/qa/cacheChecks.js";
import { engineInternals } from "../src/qa/engine.js";
import { openEngine, type AskResult, type QaEngine } from "../src/qa/index.js";

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const CORPUS = path.join(REPO, "corpus");

const QUESTIONS = [
  "Who was killed in Moscow?",
  "What does Oreshnik mean in English?",
  "What sounded in Kiev?",
  "What did Zelenskyy say about Putin?",
  "How many glide bombs has Russia launched on Ukraine?",
  "What did Biden say about NATO?",
  "the of and",
];

let root: string;
let count = 0;
beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), "citebot-qa-cache-"));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/** A fresh copy of the bundled corpus and an empty cache dir. */
async function setup(): Promise<{ corpusDir: string; cacheDir: string }> {
  const dir = path.join(root, `t${count++}`);
  const corpusDir = path.join(dir, "corpus");
  await cp(CORPUS, corpusDir, { recursive: true });
  return { corpusDir, cacheDir: path.join(dir, "cache") };
}

const answersOf = (engine: QaEngine): AskResult[] => QUESTIONS.map((q) => engine.ask(q, { limit: 50 }));
const cacheFiles = async (cacheDir: string) => (await readdir(cacheDir)).filter((n) => n.endsWith(".ndjson")).sort();

describe("openEngine with a cache directory", () => {
  let reference: AskResult[];
  beforeAll(async () => {
    reference = answersOf(await openEngine({ corpusDir: CORPUS, cache: false }));
  });

  it("builds and writes on first open, reads on the second, and answers identically", async () => {
    const dirs = await setup();
    const first = await openEngine(dirs);
    expect(first.loadInfo.fromCache).toBe(false);
    expect(first.loadInfo.articles).toBe(5);
    expect(first.loadInfo.cacheFile).toBeDefined();
    const file = first.loadInfo.cacheFile as string;
    expect(path.dirname(file)).toBe(dirs.cacheDir);
    expect((await stat(file)).size).toBeGreaterThan(1000);
    expect(await cacheFiles(dirs.cacheDir)).toEqual([path.basename(file)]);

    expect(first.loadInfo.analysed).toBe(5);
    const second = await openEngine(dirs);
    expect(second.loadInfo.fromCache).toBe(true);
    expect(second.loadInfo.analysed).toBe(0);
    expect(second.loadInfo.cacheFile).toBeUndefined();
    expect(await cacheFiles(dirs.cacheDir)).toEqual([path.basename(file)]);

    expect(answersOf(first)).toEqual(reference);
    expect(answersOf(second)).toEqual(reference);
    expect(second.summary).toEqual(first.summary);
    expect(second.articles).toEqual(first.articles);
    // context() works on a restored engine too.
    const r = second.ask("Who is Austin Tice?");
    if (!r.answered) throw new Error("not answered");
    const key = r.answers[0]?.key as string;
    expect(second.context(key)).toEqual(first.context(key));
  });

  it.each([
    ["an article's body", "lbc-putin-high-tech-duel-kyiv.md", "\nThe Kremlin also said the duel offer stood until the new year.\n"],
    ["an article's front matter only", "dpa-putin-high-tech-duel-kiev.md", null],
    ["aliases.txt", "aliases.txt", "\nOreshnik = Hazel\n"],
  ])("editing %s rebuilds, and the new cache replaces the old", async (what, name, appended) => {
    const dirs = await setup();
    const first = await openEngine(dirs);
    expect(first.loadInfo.fromCache).toBe(false);
    const oldFile = first.loadInfo.cacheFile as string;
    expect((await openEngine(dirs)).loadInfo.fromCache).toBe(true);

    const file = path.join(dirs.corpusDir, name);
    if (appended !== null) await appendFile(file, appended);
    else await writeFile(file, (await readFile(file, "utf8")).replace("outlet: ", "outlet: Edited "));

    const rebuilt = await openEngine(dirs);
    expect(rebuilt.loadInfo.fromCache).toBe(false);
    // Only the edited article goes through the NLP again; aliases change every article's terms.
    expect(rebuilt.loadInfo.analysed).toBe(what === "aliases.txt" ? 5 : 1);
    expect(answersOf(rebuilt)).toEqual(answersOf(await openEngine({ corpusDir: dirs.corpusDir, cache: false })));
    expect(rebuilt.loadInfo.cacheFile).toBeDefined();
    expect(rebuilt.loadInfo.cacheFile).not.toBe(oldFile);
    expect(await cacheFiles(dirs.cacheDir)).toEqual([path.basename(rebuilt.loadInfo.cacheFile as string)]);
    expect((await openEngine(dirs)).loadInfo.fromCache).toBe(true);
  });

  it("the rebuilt engine answers from the edited text, and so does the next cached open", async () => {
    const dirs = await setup();
    await openEngine(dirs);
    await appendFile(path.join(dirs.corpusDir, "aliases.txt"), "\nOreshnik = Hazelnut\n");
    await appendFile(path.join(dirs.corpusDir, "lbc-putin-high-tech-duel-kyiv.md"), "\nThe Kremlin said the Oreshnik could reach Lisbon within twenty minutes.\n");
    for (const expected of [false, true]) {
      const engine = await openEngine(dirs);
      expect(engine.loadInfo.fromCache).toBe(expected);
      const r = engine.ask("How fast could the Hazelnut reach Lisbon?");
      if (!r.answered) throw new Error(`not answered: ${r.reason}`);
      expect(r.answers[0]?.text).toBe("The Kremlin said the Oreshnik could reach Lisbon within twenty minutes.");
    }
  });

  it("adding or removing an article rebuilds", async () => {
    const dirs = await setup();
    await openEngine(dirs);
    await writeFile(
      path.join(dirs.corpusDir, "extra.md"),
      "---\nid: extra\nheadline: Extra\noutlet: Extra Outlet\npublished: 2025-02-01\n---\nA brand new sentence about the Baltic Sea cable.\n",
    );
    const added = await openEngine(dirs);
    expect(added.loadInfo.fromCache).toBe(false);
    expect(added.loadInfo.articles).toBe(6);
    expect(added.loadInfo.analysed).toBe(1);
    await rm(path.join(dirs.corpusDir, "extra.md"));
    const removed = await openEngine(dirs);
    expect(removed.loadInfo.fromCache).toBe(false);
    expect(removed.loadInfo.articles).toBe(5);
    expect(removed.loadInfo.analysed).toBe(0);
    expect(removed.ask("What about the Baltic Sea cable?").answered).toBe(false);
  });

  it.each([
    ["garbage", "this is not json {"],
    ["truncated JSON", null],
    ["valid JSON of the wrong shape", JSON.stringify({ corpus: { articles: [] }, index: 42 })],
    ["an empty file", ""],
  ])("a corrupt cache file (%s) is ignored and rebuilt", async (_, content) => {
    const dirs = await setup();
    const first = await openEngine(dirs);
    const file = first.loadInfo.cacheFile as string;
    const good = await readFile(file, "utf8");
    await writeFile(file, content ?? good.slice(0, Math.floor(good.length / 2)));

    const rebuilt = await openEngine(dirs);
    expect(rebuilt.loadInfo.fromCache).toBe(false);
    expect(rebuilt.loadInfo.cacheFile).toBe(file);
    // Said, in one line naming the file, but no obstacle.
    expect(rebuilt.loadInfo.warning).toMatch(/^the index cache .* is damaged \(.+\); it is rebuilt$/);
    expect(rebuilt.loadInfo.warning).toContain(file);
    expect(answersOf(rebuilt)).toEqual(reference);
    expect(await readFile(file, "utf8")).toBe(good);
    expect((await openEngine(dirs)).loadInfo.fromCache).toBe(true);
  });

  it("cache: false neither reads nor writes", async () => {
    const dirs = await setup();
    const engine = await openEngine({ ...dirs, cache: false });
    expect(engine.loadInfo.fromCache).toBe(false);
    expect(engine.loadInfo.cacheFile).toBeUndefined();
    await expect(readdir(dirs.cacheDir)).rejects.toMatchObject({ code: "ENOENT" });
  });

  it("an unwritable cache location is reported as a warning with its reason, and does not stop answering", async () => {
    const dirs = await setup();
    const blocker = path.join(root, `blocker-${count}`);
    await writeFile(blocker, "a file where the cache directory should be");
    const cacheDir = path.join(blocker, "cache");
    const engine = await openEngine({ corpusDir: dirs.corpusDir, cacheDir });
    expect(engine.loadInfo.fromCache).toBe(false);
    expect(engine.loadInfo.cacheFile).toBeUndefined();
    expect(engine.loadInfo.warning).toContain(`cannot write the index cache in ${cacheDir}`);
    expect(engine.loadInfo.warning).toMatch(/ENOTDIR|EEXIST/);
    expect(engine.loadInfo.warning).not.toContain("\n");
    expect(answersOf(engine)).toEqual(reference);
  });

  it("a rewrite leaves another start's fresh temp file alone (it may be mid-write), and removes the old cache file", async () => {
    const dirs = await setup();
    const old = (await openEngine(dirs)).loadInfo.cacheFile as string;
    const prefix = path.basename(old).replace(/[0-9a-f]+\.ndjson$/, "");
    const theirs = path.join(dirs.cacheDir, `${prefix}0123abcd.ndjson.4242-deadbeef.tmp`);
    await writeFile(theirs, "another process is writing this");
    await appendFile(path.join(dirs.corpusDir, "lbc-putin-high-tech-duel-kyiv.md"), "\nOne more sentence.\n");
    const rebuilt = await openEngine(dirs);
    expect(rebuilt.loadInfo.warning).toBeUndefined();
    expect(await readFile(theirs, "utf8")).toBe("another process is writing this");
    expect(await cacheFiles(dirs.cacheDir)).toEqual([path.basename(rebuilt.loadInfo.cacheFile as string)]);
  });

  it("a successful write carries no warning", async () => {
    const engine = await openEngine(await setup());
    expect(engine.loadInfo.cacheFile).toBeDefined();
    expect(engine.loadInfo.warning).toBeUndefined();
  });

  it("two corpus directories share a cache dir without clobbering each other", async () => {
    const a = await setup();
    const b = await setup();
    const cacheDir = path.join(root, "shared-cache");
    const fa = (await openEngine({ corpusDir: a.corpusDir, cacheDir })).loadInfo.cacheFile;
    const fb = (await openEngine({ corpusDir: b.corpusDir, cacheDir })).loadInfo.cacheFile;
    expect(fa).not.toBe(fb);
    expect(await cacheFiles(cacheDir)).toHaveLength(2);
    expect((await openEngine({ corpusDir: a.corpusDir, cacheDir })).loadInfo.fromCache).toBe(true);
    expect((await openEngine({ corpusDir: b.corpusDir, cacheDir })).loadInfo.fromCache).toBe(true);
  });

  it("a corpus that fails validation throws before any cache is touched", async () => {
    const dirs = await setup();
    await openEngine(dirs);
    await appendFile(path.join(dirs.corpusDir, "aliases.txt"), "\nnot an alias line\n");
    await expect(openEngine(dirs)).rejects.toMatchObject({ name: "CorpusError" });
    expect(await cacheFiles(dirs.cacheDir)).toHaveLength(1);
  });
});

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


describe("a warm start", () => {
  it("restores the articles, the statistics and the quote index exactly as a cold build makes them", async () => {
    const dirs = await setup();
    const cold = await openEngine(dirs);
    const warm = await openEngine(dirs);
    expect(warm.loadInfo.fromCache).toBe(true);
    const fresh = await openEngine({ corpusDir: dirs.corpusDir, cache: false });
    expect(derived(warm)).toEqual(derived(fresh));
    expect(derived(cold)).toEqual(derived(fresh));
    expect(answersOf(warm)).toEqual(answersOf(fresh));
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
    ["a quote line", (lines: string[]) => {
      const head = lines.findIndex((l) => l.startsWith('{"version":1,"speakers"'));
      lines[head + 1] = JSON.stringify({ ...(JSON.parse(lines[head + 1] as string) as object), citation: { articleId: "x" } });
    }, /a malformed quote line/],
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
