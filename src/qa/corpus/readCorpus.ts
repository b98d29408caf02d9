/**
 * Read a corpus directory: every `*.md` file but README.md is an article,
 * `aliases.txt` (optional) holds spelling variants. All problems are
 * collected and reported together, one line each.
 *
 * A file over the size limit is not read at all. It is skipped with a
 * warning line rather than failing the load: the limit guards against a file
 * that would take minutes and gigabytes to analyse (a data dump saved as an
 * article), and one such file must not keep the rest of the corpus, or the
 * bot, from starting. A malformed file still fails the load, since its
 * content was meant to be cited. Only when nothing is left is it an error.
 */
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { buildAliasTable, parseAliases, type AliasTable } from "../nlp/aliases.js";
import type { Article } from "../types.js";
import { DEFAULTS } from "../options.js";
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
  /** Files left unread for their size, one line each naming the file. */
  skipped: string[];
}

export interface ReadOptions {
  /** Largest file read, in bytes. Default {@link DEFAULTS.maxCorpusFileBytes}. */
  maxFileBytes?: number;
}

/** "2.3 MB" or "512 bytes": sizes as a person reads them (MB of 2^20 bytes). */
function size(bytes: number): string {
  if (bytes < 1024 * 1024) return `${bytes} bytes`;
  const mb = bytes / (1024 * 1024);
  return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
}

export const ALIAS_FILE = "aliases.txt";

export async function readCorpusFiles(dir: string, options: ReadOptions = {}): Promise<CorpusFiles> {
  const limit = options.maxFileBytes ?? DEFAULTS.maxCorpusFileBytes;
  let names: string[];
  try {
    names = (await readdir(dir)).sort();
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? "error";
    throw new CorpusError([`${dir}: cannot read the corpus directory (${code}); expected a directory of article .md files`]);
  }
  const articleNames = names.filter((n) => n.toLowerCase().endsWith(".md") && n.toLowerCase() !== "readme.md");
  if (articleNames.length === 0) throw new CorpusError([`${dir}: no article files; expected one or more .md files with front matter`]);
  const skipped: string[] = [];
  const read = async (name: string) => {
    const file = path.join(dir, name);
    try {
      const bytes = (await stat(file)).size;
      if (bytes > limit) {
        skipped.push(`${file}: skipped, ${size(bytes)} is over the limit of ${size(limit)} per corpus file; expected an article, not a data dump`);
        return undefined;
      }
      return { name, text: await readFile(file, "utf8") };
    } catch (e) {
      throw new CorpusError([`${file}: cannot read the file (${(e as NodeJS.ErrnoException).code ?? "error"})`]);
    }
  };
  const articles = (await Promise.all(articleNames.map(read))).filter((f) => f !== undefined);
  // Promise.all keeps the directory's order; the skipped lines should too.
  skipped.sort();
  if (articles.length === 0) throw new CorpusError(skipped);
  const files: CorpusFiles = { dir, articles, skipped };
  if (names.includes(ALIAS_FILE)) {
    const aliases = await read(ALIAS_FILE);
    if (aliases) files.aliases = aliases;
  }
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
  const { aliases, errors } = aliasesOf(files);
  problems.push(...errors);
  if (problems.length > 0) throw new CorpusError(problems);
  return { articles, aliases };
}

function aliasesOf(files: CorpusFiles): { aliases: AliasTable; errors: string[] } {
  if (!files.aliases) return { aliases: buildAliasTable([]), errors: [] };
  const parsed = parseAliases(files.aliases.text, files.aliases.name);
  return parsed.ok ? { aliases: buildAliasTable(parsed.groups), errors: [] } : { aliases: buildAliasTable([]), errors: parsed.errors };
}

/** The alias table alone (for a corpus whose articles the cache restores); throws CorpusError when the file is malformed. */
export function parseAliasFile(files: CorpusFiles): AliasTable {
  const { aliases, errors } = aliasesOf(files);
  if (errors.length > 0) throw new CorpusError(errors);
  return aliases;
}
