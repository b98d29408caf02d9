/**
 * Attribution of one quoted span. First the quote's own sentence: a
 * reporting clause right after it (“...,” he said), else the nearest one
 * before it (Putin said “...”), else the nearest after it. A full quote with
 * no clause of its own inherits: from the quote it continues (a paragraph
 * that opened a quote and never closed it), from the attribution in the
 * sentence before it in its paragraph (“...,” he said. “...”), or, opening a
 * paragraph, from an attribution in the last sentence of the paragraph
 * before, else from a person the sentence before it in its paragraph is
 * about; never when its own sentence has a reporting verb that could not be
 * resolved. Partial quotes never inherit: a fragment with no speaker in its
 * sentence is a scare quote or unattributed.
 */
import { type Clause, hasCue } from "./cues.js";
import { QUOTE_DEFAULTS } from "./defaults.js";
import type { Referent } from "./resolve.js";
import { isTitleCase, type QuoteShape } from "./shape.js";
import type { ArticleAttribution } from "./types.js";
import type { ParagraphReading, Word } from "./words.js";

/** Something that fixes a speaker at a point of the text: a resolved clause or an attributed quote. */
export interface AttributionEvent {
  /** Body offset. */
  at: number;
  sentence: number;
  attribution: ArticleAttribution;
  kind: Referent["kind"];
}

/** A clause with its subject resolved (or not). */
export interface ResolvedClause {
  clause: Clause;
  referent: Referent | undefined;
}

function fromReferent(r: Referent): ArticleAttribution {
  return { name: r.name, label: r.label, method: r.how };
}

/** The event a resolved clause makes where its verb is ("Putin said." before “...”). */
export function clauseEvent(c: ResolvedClause, reading: ParagraphReading): AttributionEvent | undefined {
  if (!c.referent) return undefined;
  return { at: (reading.words[c.clause.verb] as Word).start, sentence: c.clause.sentence, attribution: fromReferent(c.referent), kind: c.referent.kind };
}

/** First word index a clause occupies (its subject may come before or after the verb). */
function clauseStart(c: Clause): number {
  return typeof c.subject === "object" ? Math.min(c.subject.from, c.verb) : c.verb;
}

/** The clause in the quote's own sentence that attributes it, if any. */
export function clauseFor(reading: ParagraphReading, shape: QuoteShape, clauses: readonly ResolvedClause[]): ResolvedClause | undefined {
  const words = reading.words;
  const sentence = (words[shape.first] as Word).sentence;
  const own = clauses.filter((c) => c.clause.sentence === sentence && c.referent !== undefined);
  const after = own.filter((c) => c.clause.verb > shape.last);
  const adjacent = after.find((c) => {
    for (let k = shape.last + 1; k < clauseStart(c.clause); k++) if ((words[k] as Word).pos !== "PUNCT") return false;
    return true;
  });
  const before = own.filter((c) => c.clause.verb < shape.first);
  return adjacent ?? reporter(before) ?? after[0];
}

/**
 * The latest clause before a quote, unless it is a bare description inside
 * a named speaker's clause ("Jane Doe told the magazine that data from
 * unrelated frogs suggested a pattern: “...”"): that is what she said.
 */
function reporter(before: readonly ResolvedClause[]): ResolvedClause | undefined {
  const latest = before[before.length - 1];
  const subject = latest?.clause.subject;
  const bare = latest?.referent?.name === null && typeof subject === "object" && subject.type === "description" && subject.determiner === "none";
  return (bare ? [...before].reverse().find((c) => c.referent !== undefined && c.referent.name !== null) : undefined) ?? latest;
}

export function attributionOfClause(c: ResolvedClause, shape: QuoteShape, reading: ParagraphReading): AttributionEvent | undefined {
  if (!c.referent) return undefined;
  const first = reading.words[shape.first] as Word;
  return { at: first.start, sentence: first.sentence, attribution: fromReferent(c.referent), kind: c.referent.kind };
}

/** Events of a paragraph before body offset `at`, latest first. */
function latestBefore(events: readonly AttributionEvent[], at: number): AttributionEvent | undefined {
  let best: AttributionEvent | undefined;
  for (const e of events) if (e.at < at && (!best || e.at > best.at)) best = e;
  return best;
}

/**
 * Inherit a speaker for a full quote with no clause of its own.
 * `previous` holds the events of the paragraph before when it is adjacent
 * (no subheading between), with its last sentence number.
 */
export function inherit(
  reading: ParagraphReading,
  shape: QuoteShape,
  q: number,
  own: readonly AttributionEvent[],
  previous: { events: readonly AttributionEvent[]; lastSentence: number; continues: AttributionEvent | undefined } | undefined,
  topic: () => AttributionEvent | undefined = () => undefined,
): AttributionEvent | undefined {
  const first = reading.words[shape.first] as Word;
  // A sentence with a reporting verb names its own speaker; if that could not be read, guessing is worse than nothing.
  if (hasCue(reading, first.sentence)) return undefined;
  const asInherited = (e: AttributionEvent): AttributionEvent => ({ ...e, at: first.start, sentence: first.sentence, attribution: { ...e.attribution, method: "inherited" } });
  const span = reading.spans[q];
  if (span?.opensParagraph && previous?.continues) return asInherited(previous.continues);
  const inParagraph = latestBefore(own, first.start);
  if (inParagraph && inParagraph.sentence >= first.sentence - 1) return asInherited(inParagraph);
  const opensParagraph = shape.first === 0;
  if (opensParagraph && previous) {
    const last = latestBefore(previous.events, Number.POSITIVE_INFINITY);
    if (last && last.sentence === previous.lastSentence) return asInherited(last);
  }
  // “...” opening a sentence right after one about a person ("Jane Doe left the show. “...”") is that person's,
  // when it reads as speech: a name or term in quotes opening a sentence ("“Great Yuan” is from ...") is no one's.
  const opensSentence = reading.words[shape.first - 1]?.sentence !== first.sentence;
  const quoted = reading.words.filter((w) => w.quote === q).map((w) => w.text).join(" ");
  const speech = shape.words > QUOTE_DEFAULTS.scareQuoteMaxWords && !isTitleCase(quoted);
  const about = opensSentence && speech && first.sentence > 0 && !inParagraph ? topic() : undefined;
  return about ? asInherited(about) : undefined;
}
