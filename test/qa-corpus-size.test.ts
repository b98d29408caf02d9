/**
 * A per-file size limit on corpus files: a file far larger than any real
 * article (by default over 2 MB; settable when opening) is refused with one
 * line naming it and its size, and the rest of the corpus loads. Invented
 * articles in a temporary directory.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, expect, test } from "vitest";
import { CorpusError, openEngine } from "../src/qa/index.js";

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
let dir: string;

function article(id: string, body: string): string {
  return ["---", `id: ${id}`, `headline: "The ${id} story"`, "outlet: Tern Gazette", "published: 2025-02-01", "---", body, ""].join("\n");
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "citebot-corpus-size-"));
  writeFileSync(path.join(dir, "a-terns.md"), article("terns", "The tern colony nested on the breakwater in April."));
  writeFileSync(path.join(dir, "b-huge.md"), article("huge", "The heron census counted herons again. ".repeat(60_000)));
  writeFileSync(path.join(dir, "c-puffins.md"), article("puffins", "The puffin ferry sailed twice a day in summer and once in winter."));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("a file over the default limit is refused in one line naming it, and the rest loads", async () => {
  const engine = await openEngine({ corpusDir: dir, cache: false });
  expect(engine.articles.map((a) => a.id)).toEqual(["terns", "puffins"]);
  expect(engine.loadInfo.skipped).toHaveLength(1);
  const [line = ""] = engine.loadInfo.skipped;
  expect(line).not.toContain("\n");
  expect(line).toMatch(/b-huge\.md/);
  expect(line).toMatch(/2\.\d MB.*limit of 2 MB/);
  const result = engine.ask("Where did the tern colony nest?");
  expect(result.answered && result.answers[0]?.citation.articleId).toBe("terns");
});

test("the limit is settable when opening", async () => {
  const terns = statSync(path.join(dir, "a-terns.md")).size;
  const puffins = statSync(path.join(dir, "c-puffins.md")).size;
  expect(puffins).toBeGreaterThan(terns);
  const engine = await openEngine({ corpusDir: dir, cache: false, maxFileBytes: puffins });
  expect(engine.articles.map((a) => a.id)).toEqual(["terns", "puffins"]);
  const strict = await openEngine({ corpusDir: dir, cache: false, maxFileBytes: terns });
  expect(strict.articles.map((a) => a.id)).toEqual(["terns"]);
  expect(strict.loadInfo.skipped.map((line) => line.split(":")[0])).toEqual([path.join(dir, "b-huge.md"), path.join(dir, "c-puffins.md")]);
});

test("when every article is over the limit, opening fails with those lines", async () => {
  await expect(openEngine({ corpusDir: dir, cache: false, maxFileBytes: 10 })).rejects.toThrow(CorpusError);
  await expect(openEngine({ corpusDir: dir, cache: false, maxFileBytes: 10 })).rejects.toThrow(/a-terns\.md.*limit of 10 bytes/);
});

test("the ask CLI prints the refusal as one line on stderr and answers from the rest", async () => {
  const run = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(path.join(REPO, "node_modules/.bin/tsx"), ["src/cli/ask.ts", "--corpus", dir, "Where did the tern colony nest?"], { cwd: REPO });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (c: string) => (stdout += c));
    child.stderr.setEncoding("utf8").on("data", (c: string) => (stderr += c));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
  expect(run.code).toBe(0);
  expect(run.stderr.trim().split("\n")).toEqual([expect.stringMatching(/^ask: .*b-huge\.md.*limit of 2 MB/)]);
  expect(run.stdout).toContain("The tern colony nested on the breakwater in April.");
}, 60_000);
