/**
 * The editable alias file: groups of spellings that must find each other
 * ("Kyiv = Kiev"). Parsing is pure; reading the file is the loader's job.
 */
import { wordParts } from "./normalize.js";
import { stem } from "./wink.js";

/** One line of the alias file. */
export interface AliasGroup {
  canonical: string;
  variants: string[];
}

/** Stemmed word sequence ("unit state") to the term it indexes as ("us"). */
export interface AliasTable {
  readonly terms: ReadonlyMap<string, string>;
  /** Folded spelling as written ("zelenskyy", "united states") to its term, for name matching. */
  readonly spellings: ReadonlyMap<string, string>;
  /** The longest variant, in words, so matching knows how far to look ahead. */
  readonly maxWords: number;
}

export type AliasParse = { ok: true; groups: AliasGroup[] } | { ok: false; errors: string[] };

/** Parse alias-file text. `source` names the file in error messages. */
export function parseAliases(text: string, source: string): AliasParse {
  const groups: AliasGroup[] = [];
  const errors: string[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) return;
    const eq = line.indexOf("=");
    const canonical = eq < 0 ? "" : line.slice(0, eq).trim();
    const variants = eq < 0 ? [] : line.slice(eq + 1).split(",").map((v) => v.trim()).filter((v) => v !== "");
    if (canonical === "" || variants.length === 0 || wordParts(canonical).length === 0) {
      errors.push(`${source}:${i + 1}: expected "canonical = variant, variant", got "${line.slice(0, 60)}"`);
      return;
    }
    groups.push({ canonical, variants });
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, groups };
}

/** Variants match by stem, so plurals and possessives of a listed form match too ("defences" / "defenses"). */
function key(text: string): string {
  return text.split(/\s+/).flatMap(wordParts).map(stem).join(" ");
}

/** Build the lookup table; a later group wins when two claim the same spelling. */
export function buildAliasTable(groups: readonly AliasGroup[]): AliasTable {
  const terms = new Map<string, string>();
  const spellings = new Map<string, string>();
  let maxWords = 1;
  for (const group of groups) {
    const term = group.canonical.split(/\s+/).flatMap(wordParts).join("_");
    for (const spelling of [group.canonical, ...group.variants]) {
      const k = key(spelling);
      if (k === "") continue;
      terms.set(k, term);
      spellings.set(spelling.split(/\s+/).flatMap(wordParts).join(" "), term);
      maxWords = Math.max(maxWords, k.split(" ").length);
    }
  }
  return { terms, spellings, maxWords };
}

export const EMPTY_ALIASES: AliasTable = { terms: new Map(), spellings: new Map(), maxWords: 1 };
