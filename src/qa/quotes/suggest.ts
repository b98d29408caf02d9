/**
 * Finding a speaker from what someone typed: exact lookup for `findQuotes`,
 * and a small prefix and edit-distance scorer over every alias for
 * autocomplete ("puti" → Putin, "zelenski" → Zelensky) and for "did you
 * mean" when a lookup fails.
 */
import { foldName } from "./fold.js";
import { editDistance } from "../nlp/edits.js";
import { collapseWhitespace } from "../text.js";
import { maxEdits, QUOTE_DEFAULTS } from "./defaults.js";
import { GROUP_PLURAL, HONORIFICS, isRoleWord, ORGANISATION_WORDS } from "./lexicon.js";
import { isPlaceName } from "../nlp/places.js";
import type { QuoteIndex, Speaker, SpeakerSuggestion } from "./types.js";

/** Folded words of a name with punctuation dropped: "Mr. Putin" → "mr putin". */
function norm(text: string): string {
  return collapseWhitespace(foldName(text).replace(/[^\p{L}\p{N}\s-]+/gu, " "));
}

/** Drop leading honorifics and titles: "president putin" → "putin". */
function bare(text: string): string {
  const words = text.split(" ");
  while (words.length > 1 && (HONORIFICS.has(words[0] as string) || isRoleWord(words[0] as string))) words.shift();
  return words.join(" ");
}

function formsOf(s: Speaker): string[] {
  return [s.id, s.name, ...s.aliases].map(norm);
}

/**
 * The speaker a typed name denotes (id, name or alias, titles ignored), if
 * any. Words that are no alias find a speaker with those words in a row in
 * their name ("Erdogan" for Recep Tayyip Erdoğan, "Vazquez" for Wanda
 * Vázquez Garced), preferring a name they end. Of several, the most quoted
 * (speakers are kept in that order), as for aliases.
 */
export function lookupSpeaker(index: QuoteIndex, input: string): Speaker | undefined {
  const typed = bare(norm(input));
  if (typed === "") return undefined;
  const exact = index.speakers.find((s) => formsOf(s).some((f) => f === typed || bare(f) === typed));
  if (exact) return exact;
  // A place or a kind of body is no word that finds a body ("Australia" is not "Sustainable Australia", "International" not "Amnesty International").
  const generic = isPlaceName(typed) || typed.split(" ").every((w) => ORGANISATION_WORDS.has(w) || GROUP_PLURAL.test(w));
  const holding = index.speakers.filter((s) => (s.kind === "person" || !generic) && ` ${norm(s.name)} `.includes(` ${typed} `));
  const held = holding.find((s) => norm(s.name).endsWith(` ${typed}`)) ?? holding[0];
  if (held) return held;
  // "Recep Erdogan" for "Recep Tayyip Erdoğan": first and last name, a middle name left out; only when one person fits.
  const words = typed.split(" ");
  if (words.length < 2) return undefined;
  const skipping = index.speakers.filter((s) => s.kind === "person" && skipsMiddle(words, norm(s.name).split(" ")));
  return skipping.length === 1 ? skipping[0] : undefined;
}

/** Do the typed words open and close the name, the others in order between? */
function skipsMiddle(typed: readonly string[], name: readonly string[]): boolean {
  if (name.length <= typed.length || typed[0] !== name[0] || typed[typed.length - 1] !== name[name.length - 1]) return false;
  let at = 1;
  for (const w of typed.slice(1, -1)) {
    while (at < name.length - 1 && name[at] !== w) at++;
    if (at >= name.length - 1) return false;
    at++;
  }
  return true;
}

/** Match quality of a typed text against a speaker: 2 prefix or exact, 1 within the typo allowance, 0 none. */
function tierOf(typed: string, s: Speaker): { tier: number; distance: number } {
  const allowed = maxEdits(typed.length);
  let best = { tier: 0, distance: Number.POSITIVE_INFINITY };
  for (const form of formsOf(s)) {
    for (const candidate of [form, ...form.split(/[\s-]+/)]) {
      if (candidate.startsWith(typed)) return { tier: 2, distance: 0 };
      const distance = Math.min(editDistance(typed, candidate), editDistance(typed, candidate.slice(0, typed.length)));
      if (distance <= allowed && distance < best.distance) best = { tier: 1, distance };
      else if (best.tier === 0 && distance < best.distance) best = { tier: 0, distance };
    }
  }
  return best;
}

const toSuggestion = (s: Speaker): SpeakerSuggestion => ({ id: s.id, name: s.name, quoteCount: s.quoteCount });

/**
 * Speakers matching what has been typed so far, for autocomplete: prefix
 * matches of any alias first, then near misses, most-quoted first within
 * each. Speakers with no quote are left out unless `includeUnquoted`.
 */
export function suggestSpeakers(index: QuoteIndex, input: string, limit: number = QUOTE_DEFAULTS.suggestions, options: { includeUnquoted?: boolean } = {}): SpeakerSuggestion[] {
  const typed = bare(norm(input));
  return index.speakers
    .filter((s) => options.includeUnquoted === true || s.quoteCount > 0)
    .map((s) => ({ s, ...(typed === "" ? { tier: 2, distance: 0 } : tierOf(typed, s)) }))
    .filter((x) => x.tier > 0)
    .sort((a, b) => b.tier - a.tier || b.s.quoteCount - a.s.quoteCount || a.distance - b.distance || a.s.name.localeCompare(b.s.name))
    .slice(0, Math.max(0, limit))
    .map((x) => toSuggestion(x.s));
}

/** The known speakers closest to an unknown name: suggestions if any, else the nearest by edit distance. */
export function closestSpeakers(index: QuoteIndex, input: string, limit: number = QUOTE_DEFAULTS.closestSpeakers): SpeakerSuggestion[] {
  const suggested = suggestSpeakers(index, input, limit, { includeUnquoted: true });
  if (suggested.length > 0) return suggested;
  const typed = bare(norm(input));
  return index.speakers
    .map((s) => ({ s, d: tierOf(typed, s).distance }))
    .sort((a, b) => a.d - b.d || b.s.quoteCount - a.s.quoteCount)
    .slice(0, limit)
    .map((x) => toSuggestion(x.s));
}
