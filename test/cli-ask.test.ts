/**
 * The `ask` CLI as a child process: --json shape, --batch (one JSON object
 * per line, corpus loaded once), --corpus DIR, and one-line errors with a
 * non-zero exit and no stack trace.
 */
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { cp, mkdir, mkdtemp, readdir, rm, unlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { openEngine, type QaEngine } from "../src/qa/index.js";

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const TSX = path.join(REPO, "node_modules/.bin/tsx");
const CLI = "src/cli/ask.ts";
const CORPUS = path.join(REPO, "corpus");
const REPO_CACHE = path.join(REPO, ".cache");

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Run the CLI; `feed` writes stdin (and may wait on output) before it is closed. */
function ask(args: string[], feed?: (child: ReturnType<typeof spawn>, lines: AsyncIterable<string>) => Promise<void>): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, [CLI, ...args], { cwd: REPO, stdio: ["pipe", "pipe", "pipe"], env: { ...process.env, NO_COLOR: "1" } });
    let stdout = "";
    let stderr = "";
    const waiting: Array<(line: string) => void> = [];
    const buffered: string[] = [];
    let partial = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
      partial += chunk;
      const parts = partial.split("\n");
      partial = parts.pop() ?? "";
      for (const line of parts) {
        const w = waiting.shift();
        if (w) w(line);
        else buffered.push(line);
      }
    });
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    const lines: AsyncIterable<string> = {
      [Symbol.asyncIterator]: () => ({
        next: () => {
          const line = buffered.shift();
          if (line !== undefined) return Promise.resolve({ value: line, done: false });
          return new Promise((res) => waiting.push((l) => res({ value: l, done: false })));
        },
      }),
    };
    if (feed) feed(child, lines).then(() => child.stdin?.end(), reject);
    else child.stdin?.end();
  });
}

const Citation = z.strictObject({
  articleId: z.string().regex(/^[a-z0-9-]{1,40}$/),
  headline: z.string().min(1),
  headlineSupplied: z.boolean(),
  outlet: z.string().min(1),
  published: z.string().regex(/^\d{4}-\d{2}-\d{2}/),
  author: z.string().optional(),
  url: z.string().optional(),
  paragraph: z.number().int().min(1),
  sentence: z.number().int().min(1),
  start: z.number().int().min(0),
  end: z.number().int().min(1),
  quote: z.string().min(1),
});
const AnswerJson = z.object({
  text: z.string().min(1),
  score: z.number(),
  citation: Citation,
  alsoIn: z.array(Citation),
  highlights: z.array(z.object({ start: z.number().int(), end: z.number().int() })),
  key: z.string(),
});
const Nearest = z.object({ articleId: z.string(), headline: z.string(), outlet: z.string(), published: z.string(), score: z.number(), url: z.string().optional() });
const Answered = z.object({ question: z.string(), answered: z.literal(true), confidence: z.enum(["high", "low"]), total: z.number().int().min(1), answers: z.array(AnswerJson).min(1) });
const Refused = z.object({
  question: z.string(),
  answered: z.literal(false),
  reason: z.enum(["no-terms", "unknown-terms", "weak-match"]),
  unknownTerms: z.array(z.string()),
  answers: z.array(z.never()),
  nearest: z.array(Nearest),
});
const BatchError = z.strictObject({ question: z.string(), answered: z.literal(false), error: z.string(), answers: z.array(z.never()) });
const Output = z.union([Answered, Refused]);

/** One line on stderr starting "ask:", no stack trace, non-zero exit, nothing on stdout. */
function expectOneLineError(run: Run, pattern: RegExp): void {
  expect(run.code).not.toBe(0);
  expect(run.code).not.toBeNull();
  expect(run.stdout).toBe("");
  expect(run.stderr.endsWith("\n")).toBe(true);
  const lines = run.stderr.trimEnd().split("\n");
  expect(lines, run.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(/^ask: /);
  expect(lines[0]).toMatch(pattern);
  expect(run.stderr).not.toContain("    at ");
}

let tmp: string;
let bundled: QaEngine;
const tempCorpora: string[] = [];

/** A temp corpus directory; its entry in the repo's .cache is removed after the tests. */
async function tempCorpus(files: Record<string, string>): Promise<string> {
  const dir = path.join(tmp, `corpus-${tempCorpora.length}`);
  tempCorpora.push(dir);
  await mkdir(dir);
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, name), text);
  return dir;
}

beforeAll(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), "citebot-cli-ask-"));
  bundled = await openEngine({ corpusDir: CORPUS, cache: false });
});

afterAll(async () => {
  // The CLI caches every corpus it opens under .cache/index-<hash of dir>-*.json: drop the temp ones.
  const names = await readdir(REPO_CACHE).catch(() => [] as string[]);
  for (const dir of tempCorpora) {
    const prefix = `index-${createHash("sha256").update(path.resolve(dir)).digest("hex").slice(0, 8)}-`;
    for (const n of names) if (n.startsWith(prefix)) await unlink(path.join(REPO_CACHE, n)).catch(() => undefined);
  }
  await rm(tmp, { recursive: true, force: true });
});

function parseLines(stdout: string): unknown[] {
  expect(stdout.endsWith("\n")).toBe(true);
  return stdout.trimEnd().split("\n").map((l) => JSON.parse(l) as unknown);
}

describe.concurrent("ask --json", () => {
  it("an answered question: the documented shape, exact quotes, --limit, a question in several words", async () => {
    const run = await ask(["--json", "--limit", "4", "Who", "was", "killed", "in", "Moscow?"]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    const [out, ...rest] = parseLines(run.stdout);
    expect(rest).toEqual([]);
    const r = Answered.parse(out);
    expect(r.question).toBe("Who was killed in Moscow?");
    expect(r.answers).toHaveLength(4);
    expect(r.total).toBeGreaterThanOrEqual(r.answers.length);
    expect(r.answers[0]?.text).toContain("Igor Kirillov");
    for (const a of r.answers) {
      expect(a.citation.quote).toBe(a.text);
      for (const c of [a.citation, ...a.alsoIn]) {
        const body = bundled.articles.find((x) => x.id === c.articleId)?.body;
        expect(body?.slice(c.start, c.end)).toBe(c.quote);
      }
      expect(a.key).toBe(`${a.citation.articleId}:${a.citation.start}-${a.citation.end}`);
    }
    // The same as the library gives with sentence meaning, once every article has its vectors.
    const withMeaning = await openEngine({ corpusDir: CORPUS, cache: false, meaning: true });
    try {
      expect((await withMeaning.loadInfo.meaning?.ready)?.error).toBeUndefined();
      const lib = await withMeaning.answer("Who was killed in Moscow?", { limit: 4 });
      expect(lib.answered && lib.answers.map((a) => a.key)).toEqual(r.answers.map((a) => a.key));
      expect(lib.answered && lib.confidence).toBe(r.confidence);
    } finally {
      await withMeaning.close();
    }
  });

  it("--lexical answers by words alone, as the library's ask does", async () => {
    const run = await ask(["--json", "--lexical", "--limit", "4", "Who was killed in Moscow?"]);
    const r = Answered.parse(parseLines(run.stdout)[0]);
    const lib = bundled.ask("Who was killed in Moscow?", { limit: 4 });
    expect(lib.answered && lib.answers.map((a) => a.key)).toEqual(r.answers.map((a) => a.key));
  });

  it("a refused question: answered false, a reason, nearest articles, no answers", async () => {
    const run = await ask(["--json", "What did Biden say about the Mona Lisa?"]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    const r = Refused.parse(parseLines(run.stdout)[0]);
    expect(r.reason).toBe("unknown-terms");
    expect(r.unknownTerms).toEqual(["Biden", "Mona", "Lisa"]);
    expect(r.nearest.length).toBeGreaterThan(0);
    for (const n of r.nearest) expect(bundled.articles.map((a) => a.id)).toContain(n.articleId);
  });

  it("without --json: the quotes and their citations as text", async () => {
    const run = await ask(["Who is Austin Tice?"]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    expect(run.stdout).toContain("“The Russian president said he planned to speak to Assad and the new Syrian rulers about the fate of missing U.S. journalist Austin Tice.”");
    expect(run.stdout).toContain("The Epoch Times");
    expect(run.stdout).toContain("by Chris Summers");
    expect(run.stdout).toMatch(/paragraph \d+, sentence \d+, characters \d+-\d+/);
  });
});

describe("ask --batch", () => {
  it("one JSON object per non-blank line, in order; a bad line is reported in place", async () => {
    const long = "x".repeat(2001);
    const longest = `Who is Austin Tice? ${"x".repeat(2000)}`.slice(0, 2000);
    const file = path.join(tmp, "batch.txt");
    await writeFile(file, ["Who is Austin Tice?", "", "the of and", "   ", long, "What is Pokrovsk?", "What did Biden say about the Mona Lisa?", longest].join("\n") + "\n");
    const run = await ask(["--batch", file, "--limit", "2"]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    const out = parseLines(run.stdout);
    expect(out).toHaveLength(6);
    const [tice, stop, tooLong, pokrovsk, biden, exactly2000] = out;
    // Exactly 2,000 characters is a question, not an error.
    expect(Output.parse(exactly2000).question).toBe(longest);
    expect(Answered.parse(tice).answers[0]?.text).toContain("Austin Tice");
    expect(Refused.parse(stop).reason).toBe("no-terms");
    const err = BatchError.parse(tooLong);
    expect(err.error).toBe("the question is too long: at most 2000 characters");
    expect(err.question).toBe(long.slice(0, 200));
    const p = Answered.parse(pokrovsk);
    expect(p.answers.length).toBeLessThanOrEqual(2);
    expect(p.answers[0]?.text).toContain("Pokrovsk, a major road and rail hub");
    expect(Refused.parse(biden).unknownTerms).toEqual(["Biden", "Mona", "Lisa"]);
    for (const o of out) expect(Output.or(BatchError).safeParse(o).success).toBe(true);
  });

  it("the corpus is loaded once: questions keep being answered after the corpus directory is deleted", async () => {
    const dir = await tempCorpus({});
    await cp(CORPUS, dir, { recursive: true });
    const run = await ask(["--batch", "-", "--corpus", dir], async (child, lines) => {
      const it = lines[Symbol.asyncIterator]();
      child.stdin?.write("Who is Austin Tice?\n");
      const first = await it.next();
      expect(Answered.parse(JSON.parse(first.value as string)).answered).toBe(true);
      await rm(dir, { recursive: true, force: true });
      child.stdin?.write("What is Pokrovsk?\nWhat does Oreshnik mean in English?\n");
    });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const out = parseLines(run.stdout).map((o) => Answered.parse(o));
    expect(out.map((o) => o.question)).toEqual(["Who is Austin Tice?", "What is Pokrovsk?", "What does Oreshnik mean in English?"]);
    expect(out[2]?.answers[0]?.text).toContain("hazel tree in English");
  });
});

describe.concurrent("ask --corpus DIR", () => {
  it("answers from the given corpus only", async () => {
    const dir = await tempCorpus({
      "baltic-cable.md":
        "---\nid: baltic-cable\nheadline: Cable cut in the Baltic\noutlet: Test Wire\npublished: 2025-01-02\nurl: https://example.com/baltic\n---\nFinnish police seized the tanker Eagle S after the Estlink 2 cable was damaged on Christmas Day.\nThe ship sails under the flag of the Cook Islands.\n",
      "aliases.txt": "Estlink = EstLink\n",
    });
    const batch = path.join(dir, "questions.txt");
    await writeFile(batch, "Which tanker did Finnish police seize?\nWho killed Igor Kirillov?\n");
    const run = await ask(["--corpus", dir, "--batch", batch]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const [tanker, kirillov] = parseLines(run.stdout);
    const r = Answered.parse(tanker);
    expect(r.answers[0]?.citation).toMatchObject({
      articleId: "baltic-cable",
      outlet: "Test Wire",
      url: "https://example.com/baltic",
      paragraph: 1,
      sentence: 1,
      start: 0,
      quote: "Finnish police seized the tanker Eagle S after the Estlink 2 cable was damaged on Christmas Day.",
    });
    // The bundled corpus is not consulted.
    expect(Refused.parse(kirillov).reason).toBe("unknown-terms");
  });

  it("a corpus with a bad file: one line naming the file and field", async () => {
    const dir = await tempCorpus({ "bad.md": "---\nid: bad\noutlet: O\npublished: 2024-12-19\n---\nSome text.\n" });
    expectOneLineError(await ask(["--corpus", dir, "anything"]), /^ask: bad\.md: field "headline": expected a value \(the field is required\)$/);
  });

  it("a corpus with several bad files: every problem listed, no stack trace", async () => {
    const dir = await tempCorpus({
      "a.md": "---\nid: a\noutlet: O\npublished: 2024-12-19\n---\nSome text.\n",
      "b.md": "no front matter\n",
    });
    const run = await ask(["--corpus", dir, "anything"]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr.trimEnd().split("\n")).toEqual([
      "ask: 2 problems in the corpus:",
      'a.md: field "headline": expected a value (the field is required)',
      'b.md: expected the file to start with a "---" front-matter line',
    ]);
  });
});

describe.concurrent("bad input: one line on stderr, non-zero exit, no stack trace", () => {
  it("empty question", async () => {
    expectOneLineError(await ask(["--json", ""]), /^ask: the question is empty/);
  });

  it("2,001 characters", async () => {
    expectOneLineError(await ask(["--json", "a".repeat(2001)]), /^ask: the question is too long: at most 2000 characters$/);
  });

  it("a corpus directory that does not exist", async () => {
    const missing = path.join(tmpdir(), "citebot-no-such-corpus-dir");
    expectOneLineError(await ask(["--corpus", missing, "Who was killed in Moscow?"]), new RegExp(`${missing}: cannot read the corpus directory \\(ENOENT\\)`));
  });

  it("a missing batch file", async () => {
    const missing = path.join(tmpdir(), "citebot-no-such-batch.txt");
    expectOneLineError(await ask(["--batch", missing]), new RegExp(`${missing}: cannot read the batch file \\(ENOENT\\)`));
  });

  it("a bad --limit", async () => {
    expectOneLineError(await ask(["--limit", "0", "Who was killed?"]), /--limit: expected a whole number from 1 to 50, got "0"/);
  });

  it("a question together with --batch", async () => {
    expectOneLineError(await ask(["--batch", "x.txt", "Who was killed?"]), /give either a question or --batch FILE, not both/);
  });
});
