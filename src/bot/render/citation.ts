/**
 * The citation under a quote: outlet, headline (linked when the URL is safe),
 * date and paragraph. All corpus metadata is untrusted text.
 */
import type { Citation, NearestArticle } from "../../qa/index.js";
import { truncate } from "./fit.js";
import { escapeMarkdown, link, safeUrl, singleLine } from "./markdown.js";

/** Longest headline shown, before escaping; citations must leave room for quotes. */
const HEADLINE_MAX = 140;
const OUTLET_MAX = 60;
const ALSO_IN_SHOWN = 3;

const DATE = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/**
 * Dates already formatted: a corpus has few distinct dates and every answer
 * cites several, while Intl formatting is the dearest part of a citation.
 * Cleared when full, since `published` is corpus text and not bounded.
 */
const formatted = new Map<string, string>();
const FORMATTED_MAX = 4_096;

/** "19 December 2024" from an ISO date or date-time (the date as published, no time-zone shift). */
export function formatDate(published: string): string {
  let shown = formatted.get(published);
  if (shown === undefined) {
    if (formatted.size >= FORMATTED_MAX) formatted.clear();
    shown = formatDateOnce(published);
    formatted.set(published, shown);
  }
  return shown;
}

function formatDateOnce(published: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(published);
  if (!match) return escapeMarkdown(truncate(singleLine(published), 40));
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return Number.isNaN(date.getTime()) ? escapeMarkdown(published.slice(0, 10)) : DATE.format(date);
}

function outletName(outlet: string): string {
  return `*${escapeMarkdown(truncate(singleLine(outlet).trim(), OUTLET_MAX)) || "unknown outlet"}*`;
}

/**
 * A headline that starts as an address ("https://trusted-bank.example/…",
 * "www.bank.example …") or is one ("bank.example/login") would pass off its
 * link as going there. Such a headline is shown as plain text, and the link is given
 * beside it under its real host.
 */
export function looksLikeUrl(text: string): boolean {
  const t = text.trim();
  return /^(?:[a-z][a-z0-9+.-]*:\/\/|www\.)\S/i.test(t) || /^[^\s/]+\.[a-z]{2,}(?:[/:?#]\S*)?$/i.test(t);
}

function headline(headline: string, url: string | undefined, supplied: boolean): string {
  const shown = truncate(singleLine(headline).trim(), HEADLINE_MAX);
  const target = safeUrl(url);
  const linked =
    target !== undefined && looksLikeUrl(headline) ? `${escapeMarkdown(shown) || "article"} (${link(new URL(target).hostname, target)})` : link(shown, url);
  // A supplied headline was written for the corpus; say so rather than pass it off as the outlet's.
  return supplied ? `${linked} (descriptive title)` : linked;
}

/** `*Outlet* · [Headline](url) · 19 December 2024 · paragraph 4` */
export function citationLine(citation: Citation): string {
  return [
    outletName(citation.outlet),
    headline(citation.headline, citation.url, citation.headlineSupplied),
    formatDate(citation.published),
    `paragraph ${citation.paragraph}`,
  ].join(" · ");
}

/** "Also in *A*, *B* and 2 more" for wire copy carried by other outlets, or undefined. */
export function alsoInLine(alsoIn: readonly Citation[]): string | undefined {
  if (alsoIn.length === 0) return undefined;
  const outlets = [...new Set(alsoIn.map((c) => c.outlet))];
  const shown = outlets.slice(0, ALSO_IN_SHOWN).map(outletName);
  const more = outlets.length - shown.length;
  return `Also in ${shown.join(", ")}${more > 0 ? ` and ${more} more` : ""}`;
}

/** One closest article, for "not found": `*Outlet* · [Headline](url) · date`. */
export function nearestLine(article: NearestArticle): string {
  return [outletName(article.outlet), headline(article.headline, article.url, false), formatDate(article.published)].join(" · ");
}
