/**
 * What the corpus says about a passage key: the text at those offsets, its
 * article's metadata and citation, and whether the key names a cited
 * sentence or a quote attribution. Used to show reports to moderators and to
 * refuse keys that name nothing (`/review suppress` with a mistyped key).
 */
import type { Article, Citation, QaEngine } from "../../qa/index.js";
import { parsePassageKey } from "../../qa/index.js";
import type { PassageInfo } from "../../moderation/index.js";

/** A passage key the corpus knows. */
export interface KnownPassage {
  key: string;
  /** A sentence answers cite, or the span of a quote /quote attributes. */
  kind: "passage" | "attribution";
  text: string;
  citation: Citation;
}

export interface PassageLookup {
  /** The sentence or quote with exactly this key, or undefined. */
  find(key: string): KnownPassage | undefined;
  /** What the mod-log shows for a span: the article text now at those offsets, and its metadata (empty when the article is gone). */
  info(span: { articleId: string; start: number; end: number }): PassageInfo;
}

export function passageLookup(engine: QaEngine): PassageLookup {
  const articles = new Map<string, Article>(engine.articles.map((a) => [a.id, a]));
  // Built on first use: the quote index is large and most processes never need it.
  let quotes: Map<string, { text: string; citation: Citation }> | undefined;
  const quoteByKey = (key: string) => {
    quotes ??= new Map(engine.quotes.quotes.map((q) => [q.key, q]));
    return quotes.get(key);
  };

  return {
    find(key) {
      const span = parsePassageKey(key);
      if (span === undefined) return undefined;
      // Exactly a sentence (the engine also gives context for spans inside one, such as quotes). Window 0, and
      // no suppression applied: moderators must be able to name a suppressed passage.
      const view = engine.context(key, { window: 0 });
      const s = view?.sentence;
      if (view && s && s.articleId === span.articleId && s.start === span.start && s.end === span.end) {
        return { key, kind: "passage", text: s.text, citation: view.citation };
      }
      const quote = quoteByKey(key);
      return quote ? { key, kind: "attribution", text: quote.text, citation: quote.citation } : undefined;
    },
    info({ articleId, start, end }) {
      const article = articles.get(articleId);
      if (!article) return {};
      return {
        ...(end <= article.body.length ? { text: article.body.slice(start, end) } : {}),
        headline: article.headline,
        outlet: article.outlet,
        published: article.published,
        ...(article.url ? { url: article.url } : {}),
      };
    },
  };
}
