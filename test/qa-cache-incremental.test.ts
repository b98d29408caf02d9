/**
 * The per-article cache after an edit: only the edited article goes through
 * the NLP, every other article's quote reading and attribution come from the
 * cache unless what the corpus knows about its people changed, and the
 * result is the very engine a fresh build gives. A damaged entry costs its
 * article a fresh analysis, never a crash or a wrong answer.
 */
import { appendFile, cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { engineInternals } from "../src/qa/engine.js";
import { openEngine, type QaEngine } from "../src/qa/index.js";

const CORPUS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../corpus");

let root: string;
let count = 0;
beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), "citebot-qa-incremental-"));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

async function setup(files?: Record<string, string>): Promise<{ corpusDir: string; cacheDir: string }> {
  const dir = path.join(root, `t${count++}`);
  const corpusDir = path.join(dir, "corpus");
  if (files) {
    await cp(path.join(CORPUS, "aliases.txt"), path.join(corpusDir, "aliases.txt"));
    for (const [name, text] of Object.entries(files)) await writeFile(path.join(corpusDir, name), text);
  } else {
    await cp(CORPUS, corpusDir, { recursive: true });
  }
  return { corpusDir, cacheDir: path.join(dir, "cache") };
}

/** Everything the engine serves from: the quote index, the sentence index and the sentences' features. */
function servedFrom(engine: QaEngine) {
  const { quotes, index, model } = engineInternals(engine);
  return { quotes, index: index.toPlain(), features: model.sentences.map((s) => model.features(s.id)) };
}

const article = (id: string, headline: string, body: string) => `---\nid: ${id}\nheadline: "${headline}"\noutlet: Test Wire\npublished: 2025-03-01\n---\n${body}\n`;

describe("a restart after editing one article", () => {
  it("analyses that article alone and serves exactly what a fresh build serves", async () => {
    const dirs = await setup();
    await openEngine(dirs);
    await appendFile(path.join(dirs.corpusDir, "lbc-putin-high-tech-duel-kyiv.md"), '\n"We will answer in kind," said Maria Zakharova, the foreign ministry spokeswoman.\n');
    const restarted = await openEngine(dirs);
    expect(restarted.loadInfo.fromCache).toBe(false);
    expect(restarted.loadInfo.analysed).toBe(1);
    const fresh = await openEngine({ corpusDir: dirs.corpusDir, cache: false });
    expect(servedFrom(restarted)).toEqual(servedFrom(fresh));
    expect(restarted.findQuotes({ speaker: "Zakharova" })).toEqual(fresh.findQuotes({ speaker: "Zakharova" }));
  });

  it("attributes another article's quote again when the edit changes what the corpus knows about its people", async () => {
    const dirs = await setup({
      "a.md": article("rally-report", "Rally in the capital", 'Jane Doe spoke at the rally on Saturday.\n\n"We will build the bridge before winter," the union leader said.'),
      "b.md": article("talks-report", "Talks go on", "Jane Doe said the talks with the ministry would continue next week."),
    });
    const before = await openEngine(dirs);
    expect(engineInternals(before).quotes.quotes.map((q) => q.speakerId)).toEqual([null]);
    // Only b.md changes, but it gives Jane Doe the title a.md's quote is attributed by.
    const b = path.join(dirs.corpusDir, "b.md");
    await writeFile(b, (await readFile(b, "utf8")).replace("Jane Doe said", "Union leader Jane Doe said"));
    const restarted = await openEngine(dirs);
    expect(restarted.loadInfo.analysed).toBe(1);
    expect(engineInternals(restarted).quotes.quotes.map((q) => [q.citation.articleId, q.speakerId])).toEqual([["rally-report", "jane-doe"]]);
    expect(servedFrom(restarted)).toEqual(servedFrom(await openEngine({ corpusDir: dirs.corpusDir, cache: false })));
  });

  it("a damaged quote reading in the cache costs its article a fresh analysis, and nothing else", async () => {
    const dirs = await setup();
    const file = (await openEngine(dirs)).loadInfo.cacheFile as string;
    const lines = (await readFile(file, "utf8")).split("\n");
    // Line 0 is the header, line 1 the articles' front matter; then five lines per article: analysis head, features, people, contribution, reading.
    const first = JSON.parse(lines[2] as string) as { analysis: { articleId: string } };
    const damagedId = first.analysis.articleId;
    lines[5] = '{"quotes": "not a list"}';
    lines[6] = '{"nlp":{"tags":[],"texts":[[[0,9999,0,0],[],[]]]},"index":{}}';
    await writeFile(file, lines.join("\n"));
    // Edit another article, so the damaged one is restored from its entry rather than the whole file.
    const other = engineInternals(await openEngine({ corpusDir: dirs.corpusDir, cache: false })).model.articles.find((a) => a.id !== damagedId);
    await appendFile(path.join(dirs.corpusDir, other?.file as string), "\nThe Kremlin said nothing more on Friday.\n");
    const restarted = await openEngine(dirs);
    expect(restarted.loadInfo.warning).toBeUndefined();
    expect(restarted.loadInfo.analysed).toBe(2);
    expect(servedFrom(restarted)).toEqual(servedFrom(await openEngine({ corpusDir: dirs.corpusDir, cache: false })));
    // The next start restores the rewritten cache whole.
    expect((await openEngine(dirs)).loadInfo.fromCache).toBe(true);
  });
});

describe("a cache file of another version", () => {
  it("is replaced without a warning", async () => {
    const dirs = await setup();
    const file = (await openEngine(dirs)).loadInfo.cacheFile as string;
    const lines = (await readFile(file, "utf8")).split("\n");
    lines[0] = JSON.stringify({ ...(JSON.parse(lines[0] as string) as object), version: 2 });
    await writeFile(file, lines.join("\n"));
    const reopened = await openEngine(dirs);
    expect(reopened.loadInfo.fromCache).toBe(false);
    expect(reopened.loadInfo.warning).toBeUndefined();
    expect(reopened.loadInfo.cacheFile).toBeDefined();
    expect((await openEngine(dirs)).loadInfo.fromCache).toBe(true);
  });
});
