/**
 * The ask CLI's text for a person is printed on a terminal, where control
 * characters from an article (ESC sequences that clear the screen or set the
 * window title, bidirectional overrides) would act instead of showing. They
 * are taken out of the text for people; `--json` keeps the article's text
 * exactly. Invented articles, through the real engine.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { formatForPerson, toJson } from "../src/cli/format.js";
import { openEngine, type QaEngine } from "../src/qa/index.js";

const CLEAR = "\x1b[2J\x1b[H";
const TITLE = "\x1b]0;pwned\x07";
const SENTENCE = `The lighthouse keeper ${CLEAR}counted ${TITLE}forty gulls\u202e on the pier\x9b31m at dawn.`;

let dir: string;
let engine: QaEngine;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "citebot-cli-format-"));
  const head = ["---", "id: gulls", `headline: ${JSON.stringify(`Gulls ${TITLE}counted`)}`, `outlet: ${JSON.stringify(`Pier ${CLEAR}Post`)}`, "published: 2025-01-01", "---"];
  writeFileSync(path.join(dir, "gulls.md"), [...head, "Officials met on Monday.", SENTENCE, ""].join("\n"));
  engine = await openEngine({ corpusDir: dir, cacheDir: path.join(dir, ".cache") });
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const CONTROLS = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

test("text for a person carries no control characters from the articles", () => {
  const result = engine.ask("How many gulls did the lighthouse keeper count?");
  expect(result.answered && result.answers[0]?.text).toBe(SENTENCE);
  const text = formatForPerson(result);
  expect(text).not.toMatch(CONTROLS);
  expect(text).toMatch(/The lighthouse keeper +counted +forty gulls +on the pier +at dawn\./);
  expect(text).toMatch(/Pier +Post, “Gulls +counted”/);
});

test("--json keeps the article's text exactly, controls and all", () => {
  const result = engine.ask("How many gulls did the lighthouse keeper count?");
  const json = JSON.parse(JSON.stringify(toJson(result))) as { answers: Array<{ text: string; citation: { outlet: string } }> };
  expect(json.answers[0]?.text).toBe(SENTENCE);
  expect(json.answers[0]?.citation.outlet).toBe(`Pier ${CLEAR}Post`);
});

test("a not-found answer's closest articles carry none either", () => {
  const result = engine.ask("Which gulls were ringed by the harbour master?");
  const text = formatForPerson(result.answered ? { ...result, answered: false, reason: "weak-match", unknownTerms: [], nearest: [] } : result);
  expect(text).not.toMatch(CONTROLS);
});

test("words no article uses are shown cut and at most five, as the bot shows them", () => {
  const long = "x".repeat(1990);
  const text = formatForPerson({ question: long, answered: false, reason: "unknown-terms", unknownTerms: [long, "b", "c", "d", "e", "f"], nearest: [] });
  expect(text).toContain(`The corpus never mentions: ${"x".repeat(39)}…, b, c, d, e.`);
  expect(text.length).toBeLessThan(120);
});
