/**
 * Spelling normalisation shared by indexing and querying: case, diacritics,
 * typographic quotes, possessives, dotted acronyms, and British/American
 * spelling endings. Kept free of wink so it can be reused on alias files.
 */

const COMBINING_MARKS = /\p{M}+/gu;
const APOSTROPHES = /[\u2018\u2019\u02bc\u0060\u00b4\u2032]/g;
const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;
const DOTTED_ACRONYM = /^(?:\p{L}\.){2,}$/u;
const POSSESSIVE = /'s?$/;

/**
 * British endings folded to one form so "organise" finds "organize" and
 * "centre" finds "center". Only long words, to keep short words ("rise",
 * "hour") intact.
 */
const SPELLING_RULES: ReadonlyArray<readonly [RegExp, string]> = [
  [/(\p{L}{3,})is(e|ed|es|ing|ation|ations)$/u, "$1iz$2"],
  [/(\p{L}{3,})our(s|ed|ing|ite|ites|able)?$/u, "$1or$2"],
  [/(\p{L}{2,}[^aeiou])tre(s)?$/u, "$1ter$2"],
];

/** Lower-case, fold diacritics and apostrophes; no other change. */
export function foldCase(text: string): string {
  return text.normalize("NFKD").replace(COMBINING_MARKS, "").replace(APOSTROPHES, "'").toLowerCase();
}

/**
 * Text folded (foldCase) to its words, each run of other characters one
 * space. Plain ASCII text, most of an English corpus, takes a short path
 * with the same result: it has no decompositions, marks or typographic
 * apostrophes, and its letters and digits are [a-z0-9] once lower-cased.
 */
export function foldWords(text: string): string {
  if (ASCII_OR_SEPARATORS.test(text)) return foldAscii(text);
  return foldCase(text).replace(/[^\p{L}\p{N}]+/gu, " ");
}

/** Bytes of the last text folded on the short path, reused (grown as needed up to FOLD_BYTES_MAX: a sentence is far shorter, and a longer text gets bytes of its own, not kept). */
let folding = Buffer.allocUnsafe(1024);
const FOLD_BYTES_MAX = 1 << 16;

/**
 * `text.toLowerCase().replace(/[^a-z0-9]+/g, " ")` for such text, in one
 * pass into reused bytes: the ranking folds every candidate sentence, and
 * the regex's replacing was most of that (a third faster this way, with one
 * string made instead of two).
 */
function foldAscii(text: string): string {
  if (folding.length < text.length && text.length <= FOLD_BYTES_MAX) folding = Buffer.allocUnsafe(Math.min(2 * text.length, FOLD_BYTES_MAX));
  const out = folding.length >= text.length ? folding : Buffer.allocUnsafe(text.length);
  let n = 0;
  let gap = false;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      out[n++] = c;
      gap = false;
    } else if (!gap) {
      out[n++] = 32;
      gap = true;
    }
  }
  return out.toString("latin1", 0, n);
}

/**
 * ASCII, or ASCII with characters news prose adds that fold to nothing but a
 * word boundary: curly quotes, dashes, the ellipsis, the no-break space, the
 * minus, degree, pound and middle-dot signs. None is a letter or digit, none
 * decomposes into one, and lower-casing leaves each as it is, so such text
 * takes the short path too (about half the non-ASCII sentences of English
 * news, each several times cheaper to fold).
 */
const ASCII_OR_SEPARATORS = /^[\x00-\x7f\u2013\u2014\u2018\u2019\u201c\u201d\u2026\u00a0\u2212\u00b0\u00a3\u00b7]*$/;

const ASCII = /^[\x00-\x7f]*$/;

/** Plain ASCII text: no letter, digit or mark beyond [A-Za-z0-9], for short paths of Unicode-aware regexes. */
export function isAscii(text: string): boolean {
  return ASCII.test(text);
}

/**
 * Split one surface token into normalised word parts: "U.S." gives ["us"],
 * "high-tech" gives ["high", "tech"], "Putin’s" gives ["putin"], "—" gives [].
 */
export function wordParts(token: string): string[] {
  let parts = partsMemo.get(token);
  if (parts === undefined) {
    parts = computeWordParts(token);
    if (partsMemo.size >= PARTS_MEMO_LIMIT) partsMemo.clear();
    partsMemo.set(token, parts);
  }
  return parts;
}

/** Folding runs several Unicode regexes per token; tokens repeat, so results are memoised (bounded). */
const partsMemo = new Map<string, string[]>();
const PARTS_MEMO_LIMIT = 200_000;

function computeWordParts(token: string): string[] {
  const lower = foldCase(token);
  // Clitics split off by the tokenizer ('s, 're, n't) carry no meaning of their own.
  if (/^(?:'\p{L}{1,2}|n't)$/u.test(lower)) return [];
  const folded = lower.replace(EDGE_PUNCTUATION, "");
  if (folded === "") return [];
  if (DOTTED_ACRONYM.test(folded + ".") || DOTTED_ACRONYM.test(folded)) return [folded.replace(/\./g, "")];
  // "3,000" and "3000" are the same number.
  if (/^\d[\d,]*(?:\.\d+)?$/.test(folded)) return [folded.replace(/,/g, "")];
  const parts: string[] = [];
  for (const raw of folded.split(/[-\u2010-\u2015/]+/)) {
    const part = raw.replace(POSSESSIVE, "").replace(EDGE_PUNCTUATION, "");
    if (part !== "") parts.push(respell(part));
  }
  return parts;
}

/** Apply the spelling-ending rules to one lower-case word. */
export function respell(word: string): string {
  for (const [pattern, replacement] of SPELLING_RULES) {
    if (pattern.test(word)) return word.replace(pattern, replacement);
  }
  return word;
}

/** True when the surface token is written in capitals, like an acronym ("US", "IT"). */
export function isAcronym(token: string): boolean {
  return token.length >= 2 && /^[\p{Lu}.]+$/u.test(token) && /\p{Lu}{2}|\p{Lu}\.\p{Lu}/u.test(token);
}

/**
 * Irregular verb forms the stemmer cannot join to their base ("said" and
 * "say", "told" and "tell"): questions ask "what did X say" of articles that
 * report what X said.
 */
const IRREGULAR: ReadonlyMap<string, string> = new Map(
  Object.entries({
    say: "said", tell: "told", go: "went gone", take: "took taken", make: "made", give: "gave given", come: "came",
    begin: "began begun", win: "won", fight: "fought", think: "thought", bring: "brought", buy: "bought", hold: "held",
    leave: "left", meet: "met", send: "sent", spend: "spent", stand: "stood", lead: "led", flee: "fled", strike: "struck",
    shoot: "shot", write: "wrote written", speak: "spoke spoken", choose: "chose chosen", drive: "drove driven",
    rise: "rose risen", fall: "fell fallen", know: "knew known", see: "saw seen", become: "became", run: "ran",
    sell: "sold", pay: "paid", lose: "lost", build: "built", keep: "kept", find: "found", hear: "heard", mean: "meant",
    feel: "felt", grow: "grew grown", throw: "threw thrown", fly: "flew flown", break: "broke broken", draw: "drew drawn",
    eat: "ate eaten", freeze: "froze frozen", sink: "sank sunk", swear: "swore sworn", teach: "taught", catch: "caught",
    seek: "sought", sit: "sat", sleep: "slept", steal: "stole stolen", forget: "forgot forgotten", hide: "hid hidden",
    bear: "bore borne born", bind: "bound", wear: "wore worn", weep: "wept", wake: "woke woken", ride: "rode ridden",
    shake: "shook shaken", sing: "sang sung", swim: "swam swum", drink: "drank drunk", forbid: "forbade forbidden",
    undertake: "undertook undertaken", overtake: "overtook overtaken", withdraw: "withdrew withdrawn", arise: "arose arisen",
  }).flatMap(([base, forms]) => forms.split(" ").filter((f) => f !== base).map((f) => [f, base] as const)),
);

/** The base form of an irregular verb form, or the word itself. */
export function baseForm(word: string): string {
  return IRREGULAR.get(word) ?? word;
}
