/**
 * Parse one corpus file: a Markdown file with a front-matter block of
 * `key: value` lines between `---` lines, then the article body verbatim.
 * Pure: takes the text and the file name, returns an Article or the problems.
 */
import { z } from "zod";
import type { Article } from "../types.js";

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

/** Split and validate a corpus file. Every problem is one line naming the file. */
export function parseArticleFile(text: string, file: string): ArticleFileResult {
  // A byte-order mark sits before the front matter, never in the body.
  const lines = text.replace(/^\uFEFF/, "").split("\n");
  if (!FENCE.test(lines[0] ?? "")) return fail(file, `expected the file to start with a "---" front-matter line`);
  const close = lines.findIndex((line, i) => i > 0 && FENCE.test(line));
  if (close < 0) return fail(file, `expected a closing "---" line after the front matter`);

  const fields: Record<string, string> = {};
  // Fields already reported as malformed, so they are not reported again as missing.
  const broken = new Set<string>();
  const errors: string[] = [];
  for (let i = 1; i < close; i++) {
    const line = (lines[i] ?? "").replace(/\r$/, "");
    if (line.trim() === "" || line.trimStart().startsWith("#")) continue;
    const m = /^([a-z_]+):\s*(.*)$/.exec(line);
    if (!m) {
      errors.push(`${file}:${i + 1}: expected "key: value", got "${line.slice(0, 60)}"`);
      continue;
    }
    const key = m[1] ?? "";
    const value = unquote(m[2] ?? "");
    if (key in fields || broken.has(key)) errors.push(`${file}:${i + 1}: field "${key}": expected each field once, but it is repeated`);
    else if (value === undefined) {
      errors.push(`${file}:${i + 1}: field "${key}": expected a complete "double-quoted" string`);
      broken.add(key);
    } else fields[key] = value;
  }

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

/** A value is either bare text or a JSON double-quoted string. */
function unquote(raw: string): string | undefined {
  const value = raw.trim();
  if (!value.startsWith('"')) return value;
  try {
    const parsed: unknown = JSON.parse(value);
    return typeof parsed === "string" ? parsed : undefined;
  } catch {
    return undefined;
  }
}

function fail(file: string, message: string): ArticleFileResult {
  return { ok: false, errors: [`${file}: ${message}`] };
}
