/**
 * Read a corpus directory: every `*.md` file but README.md is an article,
 * `aliases.txt` (optional) holds spelling variants. All problems are
 * collected and reported together, one line each.
 */
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { buildAliasTable, parseAliases, type AliasTable } from "../nlp/aliases.js";
import type { Article } from "../types.js";
import { parseArticleFile } from "./articleFile.js";

/** The corpus could not be loaded; `problems` has one line per problem. */
export class CorpusError extends Error {
  override readonly name = "CorpusError";
  constructor(readonly problems: string[]) {
    super(problems.length === 1 ? (problems[0] as string) : `${problems.length} problems in the corpus:\n${problems.join("\n")}`);
  }
}

/** The files of a corpus, as read from disk (their bytes are what the cache key hashes). */
export interface CorpusFiles {
  dir: string;
  articles: Array<{ name: string; text: string }>;
  aliases?: { name: string; text: string };
}

export const ALIAS_FILE = "aliases.txt";

export async function readCorpusFiles(dir: string): Promise<CorpusFiles> {
  let names: string[];
  try {
    names = (await readdir(dir)).sort();
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? "error";
    throw new CorpusError([`${dir}: cannot read the corpus directory (${code}); expected a directory of article .md files`]);
  }
  const articleNames = names.filter((n) => n.toLowerCase().endsWith(".md") && n.toLowerCase() !== "readme.md");
  if (articleNames.length === 0) throw new CorpusError([`${dir}: no article files; expected one or more .md files with front matter`]);
  const read = async (name: string) => {
    try {
      return { name, text: await readFile(path.join(dir, name), "utf8") };
    } catch (e) {
      throw new CorpusError([`${path.join(dir, name)}: cannot read the file (${(e as NodeJS.ErrnoException).code ?? "error"})`]);
    }
  };
  const files: CorpusFiles = { dir, articles: await Promise.all(articleNames.map(read)) };
  if (names.includes(ALIAS_FILE)) files.aliases = await read(ALIAS_FILE);
  return files;
}

/** Validate every file; throws one CorpusError listing every problem. */
export function parseCorpusFiles(files: CorpusFiles): { articles: Article[]; aliases: AliasTable } {
  const problems: string[] = [];
  const articles: Article[] = [];
  const seen = new Map<string, string>();
  for (const file of files.articles) {
    const result = parseArticleFile(file.text, file.name);
    if (!result.ok) {
      problems.push(...result.errors);
      continue;
    }
    const other = seen.get(result.article.id);
    if (other !== undefined) problems.push(`${file.name}: field "id": expected a unique id, but "${result.article.id}" is also used by ${other}`);
    else seen.set(result.article.id, file.name);
    articles.push(result.article);
  }
  let aliases = buildAliasTable([]);
  if (files.aliases) {
    const parsed = parseAliases(files.aliases.text, files.aliases.name);
    if (parsed.ok) aliases = buildAliasTable(parsed.groups);
    else problems.push(...parsed.errors);
  }
  if (problems.length > 0) throw new CorpusError(problems);
  return { articles, aliases };
}
