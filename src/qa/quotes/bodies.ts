/**
 * Bodies an article names in full and later calls by their kind alone: "the
 * court" after "the Supreme Court of Ruritania", "the government" after "the
 * government of Ruritania". The full name is the speaker, so that a reader
 * finds the body by the name the article prints. Likewise a document named
 * with its author and later by its kind alone: "read the warning" after "the
 * warning issued by the Met Office".
 */

/** A full name of a body in the text, at its offset. */
interface BodyName {
  at: number;
  name: string;
  /** Folded words of the name, for telling which names extend which. */
  words: Set<string>;
}

const CAPITALISED = String.raw`\p{Lu}[\p{L}\p{M}'’-]*`;
/** Space between the words of a name: never a line break, which ends a paragraph. */
const GAP = String.raw`[^\S\n]+`;
/** Small words a name may hold between capitalised ones ("Court of Appeal for Ontario"). */
const JOINER = String.raw`(?:of|for|and|de|the)`;
/** Words before a name at a sentence opening, or a possessor ("Today's Court of X"): no part of the name. */
const LEADING = /^(?:(?:The|A|An|This|That|On|In|At|By|Its|Their)\s+|\S+['’]s\s+)+/u;

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Every full name the body gives a body of kind `head` (a lower-case word of
 * ORGANISATION_WORDS): capitalised words before the head written with a
 * capital ("Supreme Court"), or an "of" phrase of capitalised words after it
 * in either case ("government of Ruritania"). The head alone is no name.
 */
function namesOf(body: string, head: string): BodyName[] {
  const h = escape(head);
  const capitalHead = `${h[0]?.toUpperCase() ?? ""}${h.slice(1)}`;
  // "and" joins words of one name only after "of" ("Ministry of Science and Technology"), never two names ("Acme and Zeta Media").
  const before = String.raw`(?:${CAPITALISED}${GAP}(?:(?:of|for|de|the)${GAP})*)+${capitalHead}`;
  const of = String.raw`(?:${GAP}(?:of|for)${GAP}(?:the${GAP})?${CAPITALISED}(?:${GAP}(?:${JOINER}${GAP})?${CAPITALISED})*)`;
  const pattern = new RegExp(String.raw`(?<![\p{L}\p{M}])(?:${before}${of}?|(?:${capitalHead}|${h})${of})(?![\p{L}\p{M}])`, "gu");
  const found: BodyName[] = [];
  for (const m of body.matchAll(pattern)) {
    const name = m[0].replace(LEADING, "").replace(/[.’']+$/u, "");
    const words = new Set(name.toLowerCase().split(/\s+/));
    if (words.size < 2) continue;
    found.push({ at: (m.index ?? 0) + m[0].length - name.length, name, words });
  }
  return found;
}

/**
 * The full name of the body of kind `head` that "the <head>" at offset `at`
 * stands for. Names that hold all the words of another ("Supreme Court of
 * Ruritania" holds "Supreme Court") are one body under its longest name;
 * of several bodies, the one the article names most, then the one named
 * last before `at`. Undefined when the article gives no full name.
 */
function bodyNamed(names: readonly BodyName[], at: number): string | undefined {
  const length = (n: BodyName) => n.name.split(/\s+/).length;
  const holders = (n: BodyName) => names.filter((m) => [...n.words].every((w) => m.words.has(w)));
  const bodies = new Map<string, { name: string; count: number; last: number }>();
  for (const n of names) {
    const longest = holders(n).sort((a, b) => length(b) - length(a) || a.at - b.at)[0] ?? n;
    const entry = bodies.get(longest.name) ?? { name: longest.name, count: 0, last: -1 };
    entry.count++;
    if (n.at < at) entry.last = Math.max(entry.last, n.at);
    bodies.set(longest.name, entry);
  }
  return [...bodies.values()].sort((a, b) => b.count - a.count || b.last - a.last)[0]?.name;
}

/** bodyNamed over one article's body, each kind's names read once. */
export function bodyNamer(body: string): (head: string, at: number) => string | undefined {
  const memo = new Map<string, BodyName[]>();
  return (head, at) => {
    let names = memo.get(head);
    if (names === undefined) {
      names = namesOf(body, head);
      memo.set(head, names);
    }
    return bodyNamed(names, at);
  };
}

/** Words a document's mention may hold between its noun and "by" ("the orange warning issued on Monday by"). */
const AGENT_GAP = 4;

/**
 * The author the article gives a document of kind `head` ("warning") last
 * before offset `at`: "<head> [up to four words] by|from <Name>" or
 * "<Name>'s [word] <head>"; undefined when none.
 */
export function documentAuthorNamed(body: string, head: string, at: number): string | undefined {
  const h = `[${head[0]?.toUpperCase() ?? ""}${head[0] ?? ""}]${escape(head.slice(1))}`;
  const name = String.raw`${CAPITALISED}(?:${GAP}(?:${JOINER}${GAP})*${CAPITALISED})*`;
  const after = new RegExp(String.raw`\b${h}s?${GAP}(?:[\p{L}\d-]+${GAP}){0,${AGENT_GAP}}?(?:by|from)${GAP}(?:the${GAP})?(${name})`, "gu");
  const before = new RegExp(String.raw`(${name})['’]s?${GAP}(?:[\p{Ll}-]+${GAP})?${h}\b`, "gu");
  let best: { at: number; name: string } | undefined;
  for (const re of [after, before]) {
    for (const m of body.slice(0, at).matchAll(re)) {
      const found = m[1]?.replace(LEADING, "").replace(/[.’']+$/u, "");
      if (found && /^\p{Lu}/u.test(found) && (!best || (m.index ?? 0) > best.at)) best = { at: m.index ?? 0, name: found };
    }
  }
  return best?.name;
}
