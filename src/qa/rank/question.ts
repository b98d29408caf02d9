/**
 * What a question asks for: its weighted terms, the names in it, its word
 * pairs (for phrase matches) and the type of answer it expects.
 */
import { idf, type CorpusModel } from "../corpus/model.js";
import { foldWords } from "../nlp/normalize.js";
import { termsOfTokens } from "../nlp/terms.js";
import { analyseTokens } from "../nlp/wink.js";
import type { AcronymReader } from "./acronyms.js";
import { countedNoun, kindNoun } from "./askedNoun.js";
import { asksGeneralFact } from "./generalFact.js";
import { asksCauseOfDeath, DIED_OF_WHAT } from "./death.js";
import { measureOf, type Measure } from "./measures.js";
import { withoutRequest } from "./request.js";
import { asTheCorpusWrites, correctTerm, type WrittenApart } from "./spelling.js";

/**
 * The kind of thing a wh-question wants, which a good answer sentence
 * contains: a date, a number (durations, money and shares too), a name, a
 * reason ("why"), a manner ("how did"), or someone's words ("what did X say").
 */
export type AnswerType = "date" | "number" | "name" | "reason" | "manner" | "quote" | "none";

export interface QuestionAnalysis {
  /** Distinct terms in order of first occurrence. */
  terms: string[];
  /** IDF weight per term; terms absent from the corpus get the highest weight. */
  weight: Map<string, number>;
  /** The same weights as a list beside `terms` (for loops that visit every term). */
  weights: number[];
  totalWeight: number;
  /** The two highest-weighted terms (the rarest in the corpus). */
  rarest: string[];
  /** Terms written as names (capitalised, or tagged as proper nouns). */
  proper: string[];
  /** The question's adjacent word pairs as written (folded case, with stop words), padded with spaces for whole-word search. */
  wordPairs: string[];
  /** Adjacent term pairs in question order. */
  bigrams: Array<[string, string]>;
  answerType: AnswerType;
  /** Terms of words tagged as verbs, and as common nouns: what the question says happened, and to what. */
  verbs: string[];
  nouns: string[];
  /** The question's words as written, case folded, for comparing names as printed. */
  words: string[];
  /** It names nothing and asks about no time, in the present tense: a general fact, not a story (rank/generalFact.ts). */
  general: boolean;
  /** A name question that asks for a person or an organisation ("who", "whose", "which team", "what was the name"), not a place. */
  agent: boolean;
  /** For "how many N", the term of N: what the answer's number counts. */
  counted?: string;
  /** For "which N" and "what N" ("which hospital", "what advocacy group"), the term of N: the kind of thing the answer names. */
  kind?: string;
  /** For "how old", "how long", "how tall" …: the units the answer's number is written with. */
  measure?: Measure;
  /** "How did X die?", "What killed X?": the answer states a cause of death (rank/death.ts). */
  death?: true;
  /** A what-did-X-say question: the ids of the corpus speakers X names (Speech.named); empty for any other question. */
  speakers: string[];
  /** Each term's word as the question writes it ("Peru" for "peru", "articles" for "articl"), for telling a person which words no article uses. */
  written: ReadonlyMap<string, string>;
}

const DATE_Q = /\b(?:when|what (?:(?:is|was|were) the )?(?:year|date|day|month|time|century|decade|era|period)|which (?:year|date|day|month|century|decade)|how long ago|since when)\b/;
const NUMBER_Q = /\b(?:how (?:many|much|long|old|far|big|large|tall|high|fast|often|heavy|deep|wide|strong|powerful|hot|cold|warm|loud|close|low|small|short|quickly|soon)|what (?:(?:is|was|are|were) the )?(?:percentage|percent|proportion|number|amount|size|population|rate|distance|speed|price|cost|death toll|toll)|at what (?:age|rate|speed)|which number)\b/;
const NAMED_THINGS = "city|country|state|town|place|region|team|company|organi[sz]ation|group|person|man|woman|name|language|nationality|river|university|school|party|newspaper|network|agency|station|president|leader|player|author|king|queen|empire|dynasty|stadium|church|county|island|mountain|ocean|sea|continent|club|band|show|film|book|album|brand|hospital|park|court|character|species|airport|prison|hotel|airline|bank|museum|province|district|village|firm|ministry|department|festival|award|series|programme|program|song|game|website|magazine|channel|journal|ship|warship";
/** "What was the elephant's name?", "What is the new ferry's full name?": the name of, asked with a possessive. */
const POSSESSIVE_NAME = "what (?:is|was|are|were) (?:[\\w-]+\\s){0,4}?[\\w-]+['’]s?\\s(?:(?:full|first|real|official)\\s)?names?";
const NAME_Q = new RegExp(`\\b(?:who|whom|whose|where|(?:what|which)\\s(?:\\w+\\s){0,2}(?:${NAMED_THINGS})s?|what (?:is|was) the name|${POSSESSIVE_NAME}|named|called)\\b`);
const REASON_Q = new RegExp(`\\b(?:why|how come|for what reason|what (?:was|is|were|are) the (?:reason|cause|motive)s?|what (?:caused|led to|prompted|triggered|drove|killed)|${DIED_OF_WHAT})\\b`);
const QUOTE_Q = /\bwhat (?:did|does|do|has|have|had|was|were|is|are|will)\s(?:[\w'’.-]+\s){1,6}?(?:say|said|tell|told|call|called|write|wrote|tweet|tweeted|describe|described|warn|warned|claim|claimed)\b/;
const MANNER_Q = /\bhow (?:did|do|does|was|were|is|are|will|would|could|can|has|have|had)\b/;
/** In order of precedence when two cues start at the same word ("what year" before "what ... place", "how many" before "how did"). */
const CUES: ReadonlyArray<readonly [AnswerType, RegExp]> = [
  ["date", DATE_Q],
  ["number", NUMBER_Q],
  ["reason", REASON_Q],
  ["quote", QUOTE_Q],
  ["name", NAME_Q],
  ["manner", MANNER_Q],
];

/**
 * Name cues that ask for someone: a person or a body, never a place or a
 * thing. "The name of X" and "X's name" count: what has a name worth asking
 * is named like someone (a person, a ship, an animal), not like a place.
 */
const AGENT_CUE = new RegExp(`^(?:who|whom|whose|what (?:is|was) the name|${POSSESSIVE_NAME}|(?:what|which)\\s(?:\\w+\\s){0,2}(?:team|company|organi[sz]ation|group|person|man|woman|name|party|newspaper|network|agency|president|leader|player|author|king|queen|club|band|university|school)s?)$`);

/** The question's first cue and the words it matched (lower case). */
function cueOf(question: string): { type: AnswerType; words: string } {
  const q = question.toLowerCase();
  let best: { type: AnswerType; words: string } = { type: "none", words: "" };
  let at = Infinity;
  for (const [type, cue] of CUES) {
    const m = cue.exec(q);
    if (m && m.index < at) {
      best = { type, words: m[0] };
      at = m.index;
    }
  }
  return best;
}

/**
 * The answer type of the question's first cue: in "How old was Manning when
 * he played?" the "when" belongs to a clause, and the answer is a number.
 */
export function answerTypeOf(question: string): AnswerType {
  return cueOf(question).type;
}

/** Does a cue ask who (a person or an organisation) rather than where or what? */
function isAgentCue(cue: { type: AnswerType; words: string }): boolean {
  return cue.type === "name" && AGENT_CUE.test(cue.words);
}

/** Does the question ask who (a person or an organisation) rather than where or what? */
export function asksForAgent(question: string): boolean {
  return isAgentCue(cueOf(question));
}

/** Who a what-did-X-say question names, from the corpus's speakers (rank/speech.ts). */
export interface SpeakerNames {
  named(cue: string): string[];
}

/**
 * A question typed in capitals ("WHAT DID ZELENSKYY SAY ABOUT PUTIN"): every
 * word would read as an acronym, and acronyms are never stop words, so "DID"
 * and "ABOUT" became words no article uses. Read in lower case instead (its
 * names then found as a lower-case question's are).
 */
function unshouted(question: string): string {
  return !/\p{Ll}/u.test(question) && (question.match(/\p{Lu}{2,}/gu)?.length ?? 0) >= 2 ? question.toLowerCase() : question;
}

/**
 * `apart` lets a closed compound the corpus lacks open into the words it
 * writes apart (spelling.ts openedUp); `acronyms` reads an acronym the
 * corpus lacks as the name it spells out (acronyms.ts).
 */
export function analyseQuestion(typed: string, model: CorpusModel, speakers?: SpeakerNames, apart?: WrittenApart, acronyms?: AcronymReader): QuestionAnalysis {
  const question = withoutRequest(unshouted(typed));
  const tokens = analyseTokens(question, { lemmas: true });
  const known = (t: string) => model.df.get(t) ?? 0;
  const termsByToken = asTheCorpusWrites(tokens, termsOfTokens(tokens.map((t) => t.text), model.aliases), known);
  const proper = new Set<string>();
  const verbs = new Set<string>();
  const nouns = new Set<string>();
  // Typed without capitals (or in capitals only), a question gives no case to tell its names by: they are
  // the words the corpus writes as names ("what did halvorsen say").
  const caseless = !/\p{Lu}/u.test(question);
  const named = tokens.map((token, i) => token.pos === "PROPN" || (i > 0 && /^\p{Lu}/u.test(token.text)) || (caseless && (termsByToken[i] ?? []).some((t) => model.names.has(t))));
  tokens.forEach((token, i) => {
    if (named[i]) termsByToken[i]?.forEach((t) => proper.add(t));
    else if (token.pos === "VERB") termsByToken[i]?.forEach((t) => verbs.add(t));
    else if (token.pos === "NOUN") termsByToken[i]?.forEach((t) => nouns.add(t));
  });
  const counted = countedNoun(tokens, termsByToken);
  const kind = kindNoun(tokens, termsByToken);
  const isName = (t: string) => model.names.has(t);
  const asTyped = writtenAs(tokens, termsByToken);
  let knownTerms: string[] | undefined;
  const seq = termsByToken.flat().flatMap((t) => {
    if (known(t) > 0) return [t];
    // An acronym the corpus spells out ("GSA" for "General Services Administration") is that name.
    knownTerms ??= termsByToken.flat().filter((k) => known(k) > 0);
    const spelledOut = acronyms?.(asTyped.get(t) ?? "", knownTerms);
    if (spelledOut) {
      spelledOut.forEach((f) => proper.add(f));
      return spelledOut;
    }
    const fixed = correctTerm(t, known, isName, proper.has(t), asTyped.get(t), apart);
    if (fixed && proper.has(t)) fixed.forEach((f) => proper.add(f));
    // The parts of a word opened up ("hoverboard": "hover", "board") stand for it, as a noun or a verb.
    for (const set of [verbs, nouns]) if (fixed && fixed.length > 1 && set.has(t)) fixed.forEach((f) => set.add(f));
    return fixed ?? [t];
  });
  const terms = [...new Set(seq)];
  const maxIdf = Math.log(1 + (model.citableCount + 0.5) / 0.5);
  const weight = new Map(terms.map((t) => [t, model.df.has(t) ? idf(model, t) : maxIdf] as const));
  const bigrams: Array<[string, string]> = [];
  for (let i = 0; i + 1 < seq.length; i++) bigrams.push([seq[i] as string, seq[i + 1] as string]);
  let totalWeight = 0;
  for (const w of weight.values()) totalWeight += w;
  const words = foldWords(question).trim().split(" ").filter((w) => w !== "");
  const wordPairs: string[] = [];
  // The wh-word and its auxiliary ("what was") never appear in the answer.
  for (let i = 2; i + 1 < words.length; i++) wordPairs.push(` ${words[i]} ${words[i + 1]} `);
  const cue = cueOf(question);
  const measure = cue.type === "number" ? measureOf(cue.words) : undefined;
  const rarest = [...weight.entries()].sort((a, b) => b[1] - a[1]).slice(0, 2).map(([t]) => t);
  const asked = (set: ReadonlySet<string>) => [...set].filter((t) => weight.has(t));
  return {
    rarest,
    wordPairs,
    terms,
    weight,
    weights: terms.map((t) => weight.get(t) as number),
    totalWeight,
    proper: asked(proper),
    verbs: asked(verbs),
    nouns: asked(nouns),
    bigrams,
    words: [...new Set(words)],
    written: asTyped,
    answerType: cue.type,
    agent: isAgentCue(cue),
    general: asksGeneralFact(tokens, (i) => named[i] === true),
    // The cue holds X in "what did X say": only the speaker asked about counts, not others the question names.
    speakers: cue.type === "quote" && speakers ? speakers.named(cue.words) : [],
    ...(counted !== undefined && cue.type === "number" ? { counted } : {}),
    ...(kind !== undefined && cue.type !== "number" && cue.type !== "date" ? { kind } : {}),
    ...(measure !== undefined ? { measure } : {}),
    ...(asksCauseOfDeath(question, cue.type) ? { death: true as const } : {}),
  };
}

function writtenAs(tokens: ReadonlyArray<{ text: string }>, terms: readonly string[][]): Map<string, string> {
  const out = new Map<string, string>();
  tokens.forEach((token, i) => {
    for (const t of terms[i] ?? []) if (!out.has(t)) out.set(t, token.text);
  });
  return out;
}
