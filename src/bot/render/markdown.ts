/**
 * Making untrusted text safe to embed in Discord markdown. Escaped text
 * renders as exactly the original characters: no formatting, no mentions, no
 * masked or automatic links, no timestamps or custom emoji.
 */

// Inline syntax anywhere in a line: emphasis, spoilers, code, links, mentions
// (`@everyone`, `<@id>`, `<#id>`, `<t:…>`, `<:emoji:id>`), headings and quotes.
const INLINE = /[\\*_~|`[\]()<>#@]/g;
// List and heading markers only count at the start of a line, and every
// escaped string may end up at one (inside a "> " quote, for instance).
// ("1)" is already escaped by INLINE.)
const LINE_START = /^(\s*)(?:([-+])|(\d+)\.)/;
// Bidirectional overrides can make text display in a different order than it
// reads; C0/C1 controls and line breaks would let text start new blocks.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;
const BIDI = /[\u202a-\u202e\u2066-\u2069]/g;
// Invisible characters that only hide things (split a word so it escapes a
// reader's eye or a filter): zero-width space, word joiner and invisible
// operators, the byte-order mark, the Mongolian vowel separator. Zero-width
// joiners and non-joiners shape emoji and some scripts, so they are kept
// between letters, marks and pictographs and dropped elsewhere.
const INVISIBLE = /[\u200b\u2060-\u2064\ufeff\u180e]|(?<![\p{L}\p{M}\p{Extended_Pictographic}\ufe0f])[\u200c\u200d]|[\u200c\u200d](?![\p{L}\p{M}\p{Extended_Pictographic}])/gu;

/**
 * Whitespace and invisible controls flattened, so text stays on one line and
 * in reading order, and zero-width characters dropped. For rendering only:
 * quotes are stored and cited as the article has them.
 */
export function singleLine(text: string): string {
  return text.replace(BIDI, "").replace(INVISIBLE, "").replace(CONTROL, " ");
}

/** Escape plain text for Discord markdown. Apply to single-line text (see {@link singleLine}). */
export function escapeMarkdown(text: string): string {
  return text
    .replace(INLINE, "\\$&")
    .replace(LINE_START, (_, space: string, sign?: string, digits?: string) => (sign ? `${space}\\${sign}` : `${space}${digits}\\.`))
    // "https://…" would become a link; escaping the colon keeps it text.
    .replace(/:\/\//g, "\\://");
}

/** Bold already-escaped text. Empty text stays empty (an empty `****` would render as stars). */
export function bold(escaped: string): string {
  return escaped.trim() === "" ? escaped : `**${escaped}**`;
}

/** Links longer than this are left unlinked: they would eat the message's character budget. */
const MAX_LINK = 512;

/**
 * The URL in a form safe inside `[label](…)`, or undefined when it must not be
 * linked: not http(s), carrying credentials (`https://trusted@evil`), or too long.
 */
export function safeUrl(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return undefined;
  }
  if ((url.protocol !== "http:" && url.protocol !== "https:") || url.username || url.password || url.hostname === "") return undefined;
  // Brackets, quotes and whitespace could close the link early; percent-encoding them keeps the address.
  const href = url.href.replace(/[()[\]<>"'`\\\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
  return href.length <= MAX_LINK ? href : undefined;
}

/** `label` (plain text) linked to `url` when the URL is safe, else just the escaped label. */
export function link(label: string, url: string | undefined): string {
  const text = escapeMarkdown(singleLine(label).trim()) || "article";
  const target = safeUrl(url);
  return target === undefined ? text : `[${text}](${target})`;
}
