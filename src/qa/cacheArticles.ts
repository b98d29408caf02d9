/**
 * The articles as the cache keeps them: each one's front matter as it was
 * parsed, in file order. When the cache's key matches (the same code, the
 * same bytes in every corpus file), the articles are these with their bodies
 * cut from the files again, and no front matter is read with the YAML
 * parser: it gave these very values from these very bytes.
 */
import { articleBody } from "./corpus/articleFile.js";
import type { CorpusFiles } from "./corpus/readCorpus.js";
import type { Article } from "./types.js";

/** An article without its body (the file holds it). */
export type ArticleFront = Omit<Article, "body">;

/** The cache's line of the articles' front matter. */
export function articleFronts(articles: readonly Article[]): { articles: ArticleFront[] } {
  return { articles: articles.map(({ body: _body, ...front }) => front) };
}

const optionalString = (x: unknown) => x === undefined || typeof x === "string";

function isFront(x: unknown): x is ArticleFront {
  if (typeof x !== "object" || x === null) return false;
  const a = x as Record<string, unknown>;
  return (
    typeof a.id === "string" &&
    typeof a.headline === "string" &&
    typeof a.headlineSupplied === "boolean" &&
    typeof a.outlet === "string" &&
    typeof a.published === "string" &&
    typeof a.file === "string" &&
    optionalString(a.author) &&
    optionalString(a.url)
  );
}

/** The articles of `files` from the cache's line, or undefined when the line does not fit the files. */
export function restoreArticles(line: unknown, files: CorpusFiles): Article[] | undefined {
  const fronts = (line as { articles?: unknown } | null)?.articles;
  if (!Array.isArray(fronts) || fronts.length !== files.articles.length) return undefined;
  const out: Article[] = [];
  for (const [i, front] of fronts.entries()) {
    const file = files.articles[i];
    const body = file && articleBody(file.text);
    if (!isFront(front) || body === undefined || front.file !== file?.name) return undefined;
    // The same fields in the same order as parseArticleFile gives them.
    const article: Article = { id: front.id, headline: front.headline, headlineSupplied: front.headlineSupplied, outlet: front.outlet, published: front.published, body, file: front.file };
    if (front.author !== undefined) article.author = front.author;
    if (front.url !== undefined) article.url = front.url;
    out.push(article);
  }
  return out;
}
