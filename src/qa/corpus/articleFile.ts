/**
 * Parse one corpus file: a Markdown file with a YAML front-matter block of
 * `key: value` lines between `---` lines, then the article body verbatim.
 * The yaml package reads the block (this is the one module that knows it).
 * Pure: takes the text and the file name, returns an Article or the problems.
 */
import { createRequire } from "node:module";
import type * as Yaml from "yaml";
import { z } from "zod";
import type { Article } from "../types.js";

/**
 * The YAML parser is required when a file's front matter is first read: a
 * start restored from the cache reads none, and loading the package is a
 * noticeable part of a start (tens of milliseconds, more under tsx).
 */
let yaml: typeof Yaml | undefined;
const yamlLoaded = () => (yaml ??= createRequire(import.meta.url)("yaml") as typeof Yaml);

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?$/;

/** The front-matter fields, validated. Unknown keys are refused to catch typos. */
export const FrontMatterSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$/, "1 to 40 characters of a-z, 0-9 and -, not starting or ending with -"),
    headline: z.string().min(1, "a non-empty headline").max(300, "at most 300 characters"),
    headline_supplied: z.enum(["true", "false"], "true or false").default("false"),
    outlet: z.string().min(1, "a non-empty outlet name").max(120, "at most 120 characters"),
    published: z
      .string()
      .regex(ISO_DATE, "an ISO 8601 date such as 2024-12-19 or 2024-12-19T13:27:00Z")
      .refine(isCalendarDate, "a real calendar date"),
    author: z.string().min(1).max(200).optional(),
    url: z.url({ protocol: /^https?$/, error: "an http(s) URL" }).optional(),
    source_file: z.string().optional(),
    notes: z.string().optional(),
  })
  .strict();

/** Date.parse rolls 2024-02-30 over to March; a real date survives the round trip. */
function isCalendarDate(value: string): boolean {
  const day = value.slice(0, 10);
  const parsed = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === day && !Number.isNaN(Date.parse(value));
}

export type ArticleFileResult = { ok: true; article: Article } | { ok: false; errors: string[] };

const FENCE = /^---[ \t]*\r?$/;
const KEY_LINE = /^([a-z_]+):/;

/** A file's front-matter lines and its body, or what is missing. */
function splitArticleFile(text: string): { lines: string[]; close: number } | { missing: string } {
  // A byte-order mark sits before the front matter, never in the body.
  const lines = text.replace(/^\uFEFF/, "").split("\n");
  if (!FENCE.test(lines[0] ?? "")) return { missing: `expected the file to start with a "---" front-matter line` };
  const close = lines.findIndex((line, i) => i > 0 && FENCE.test(line));
  if (close < 0) return { missing: `expected a closing "---" line after the front matter` };
  return { lines, close };
}

/**
 * The body of a corpus file as parseArticleFile cuts it, without reading the
 * front matter (for a file the cache has seen as it is); undefined when the
 * file has no front-matter block.
 */
export function articleBody(text: string): string | undefined {
  const split = splitArticleFile(text);
  return "missing" in split ? undefined : split.lines.slice(split.close + 1).join("\n");
}

/** Split and validate a corpus file. Every problem is one line naming the file. */
export function parseArticleFile(text: string, file: string): ArticleFileResult {
  const split = splitArticleFile(text);
  if ("missing" in split) return fail(file, split.missing);
  const { lines, close } = split;

  const front = lines.slice(1, close).map((line) => line.replace(/\r$/, ""));
  const { fields, broken, errors } = readFrontMatter(front, file);

  const parsed = FrontMatterSchema.safeParse(fields);
  if (!parsed.success) {
    const reported = new Set<string>(broken);
    for (const issue of parsed.error.issues) {
      const field = issue.path.join(".") || (issue.code === "unrecognized_keys" ? issue.keys.join(", ") : "front matter");
      // One line per field: the first problem found is the one to fix.
      if (reported.has(field)) continue;
      reported.add(field);
      const got = typeof fields[field] === "string" ? `, got "${String(fields[field]).slice(0, 60)}"` : "";
      const expected = issue.code === "invalid_type" && fields[field] === undefined ? "a value (the field is required)" : issue.message;
      errors.push(`${file}: field "${field}": expected ${issue.code === "unrecognized_keys" ? "no such field (unknown key)" : expected}${got}`);
    }
  }
  const body = lines.slice(close + 1).join("\n");
  if (body.trim() === "") errors.push(`${file}: body: expected article text after the front matter`);
  if (errors.length > 0 || !parsed.success) return { ok: false, errors };

  const fm = parsed.data;
  const article: Article = {
    id: fm.id,
    headline: fm.headline,
    headlineSupplied: fm.headline_supplied === "true",
    outlet: fm.outlet,
    published: fm.published,
    body,
    file,
  };
  if (fm.author !== undefined) article.author = fm.author;
  if (fm.url !== undefined) article.url = fm.url;
  return { ok: true, article };
}

interface FrontMatter {
  fields: Record<string, string>;
  /** Fields already reported as malformed, so they are not reported again as missing. */
  broken: Set<string>;
  errors: string[];
}

/**
 * Read the front matter with the yaml package, every value kept as text
 * (the failsafe schema: no YAML booleans, numbers or dates; zod checks them).
 * Each field (a line at the margin and any indented lines after it) is read on
 * its own, so one bad field cannot hide the ones after it. Each problem is one
 * line naming `file:line` and, where there is one, the field.
 */
function readFrontMatter(front: readonly string[], file: string): FrontMatter {
  const result: FrontMatter = { fields: {}, broken: new Set(), errors: [] };
  for (const entry of fieldEntries(front)) readField(entry.lines, entry.line, file, result);
  return result;
}

/** Top-level entries: a line at the margin, then indented lines that continue it; blank and comment lines skipped. */
function fieldEntries(front: readonly string[]): Array<{ line: number; lines: string[] }> {
  const entries: Array<{ line: number; lines: string[] }> = [];
  for (const [i, text] of front.entries()) {
    if (text.trim() === "" || text.trimStart().startsWith("#")) continue;
    const last = entries.at(-1);
    // Line numbers in the file: the front matter starts after the opening fence.
    if (/^\s/.test(text) && last) last.lines.push(text);
    else entries.push({ line: i + 2, lines: [text] });
  }
  return entries;
}

function readField(lines: readonly string[], line: number, file: string, out: FrontMatter): void {
  const text = lines.join("\n");
  const key = KEY_LINE.exec(lines[0] ?? "")?.[1];
  const where = `${file}:${line}: ${key === undefined ? "" : `field "${key}": `}`;
  const refuse = (expected: string) => {
    out.errors.push(`${where}expected ${expected}`);
    if (key !== undefined) out.broken.add(key);
  };
  const { isMap, isScalar, parseDocument } = yamlLoaded();
  const doc = parseDocument(text, { schema: "failsafe" });
  const pair = isMap(doc.contents) && doc.contents.items.length === 1 ? doc.contents.items[0] : undefined;
  if (key === undefined || (doc.errors.length === 0 && (!pair || !isScalar(pair.key)))) {
    out.errors.push(`${file}:${line}: expected "key: value", got "${(lines[0] ?? "").slice(0, 60)}"`);
    return;
  }
  if (key in out.fields || out.broken.has(key)) {
    out.errors.push(`${where}expected each field once, but it is repeated`);
    return;
  }
  const value = pair?.value;
  const bare = /^[a-z_]+:[ \t]*([^"'\s[{|>].*)$/.exec(text)?.[1];
  if (doc.errors.length > 0 && lines.length === 1 && bare !== undefined && bare.includes(": ") && !/[ \t]#/.test(bare)) {
    // Headlines often hold ": " ("Ukraine war: talks resume"); YAML wants those quoted, but one line
    // at the margin can only mean the text after the key, as the format has always read it.
    out.fields[key] = bare.trim();
  } else if (doc.errors.some((e) => e.message.startsWith("Missing closing"))) refuse(`a complete "double-quoted" string`);
  else if (doc.errors.length > 0 || (value !== null && !isScalar(value))) refuse(`one line of text, in "double quotes" if it contains ": " or " #"`);
  else if (isScalar(value) && value.type === "PLAIN" && /^[ \t]+#/.test(text.slice(value.range?.[1] ?? 0))) {
    // YAML reads " #" as the start of a comment; cutting a headline there would misquote it.
    refuse(`the value in "double quotes" (it contains " #", which would start a comment)`);
  } else out.fields[key] = value === null || value === undefined ? "" : String(value.value ?? "");
}

function fail(file: string, message: string): ArticleFileResult {
  return { ok: false, errors: [`${file}: ${message}`] };
}
