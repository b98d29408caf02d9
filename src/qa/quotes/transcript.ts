/**
 * Transcripts and question-and-answer interviews print who speaks as a
 * label and no quotation marks: "INSKEEP: What did you see?", "Sandra
 * Jephcott: I care about the land." The words after the label are the
 * speaker's, quoted as exactly as marked quotes are.
 *
 * A speaker counts only when labelled at least twice in the article, so a
 * lone "Editorial: …" line is not one; and a label must be a
 * person: someone the article names (a surname or a name in capitals, as
 * broadcast transcripts write them, matched to the name the article gives),
 * or a name of two to four capitalised words. The outlet itself, an
 * organisation, and a single word the article names nowhere else
 * ("Wikinews:", "Reporter:", "Q:") are interviewers or furniture, not
 * speakers.
 */
import { assertExact } from "../answer/citation.js";
import type { AliasTable } from "../nlp/aliases.js";
import type { Article } from "../types.js";
import { nameKey } from "./fold.js";
import { looksLikeOrganisation, type PeopleIndex } from "./people.js";
import type { ExtractedQuote } from "./types.js";
import type { ParagraphReading } from "./words.js";

/** One to four capitalised words, perhaps a role in capitals after a comma ("STEVE INSKEEP, HOST"), a colon, then words. */
const LABEL = /^(\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){0,3})(,[ \t]*\p{Lu}[\p{Lu} \t]{1,20})?[ \t]*:[ \t]+(?=\S)/u;
/** Labels that head a line without anyone speaking it. */
const NOT_SPEAKERS = new Set(["update", "updated", "note", "editorial", "editor's note", "correction", "clarification", "source", "sources", "photo", "video", "audio", "watch", "listen", "read more", "related", "background", "context", "analysis", "summary", "transcript", "disclaimer", "warning", "breaking", "live", "timeline", "question", "answer", "host", "reporter", "interviewer", "moderator", "announcer", "unidentified person", "audience", "crowd"]);

interface Labelled {
  reading: ParagraphReading;
  label: string;
  /** The label gives a role after the name ("STEVE INSKEEP, HOST"): a transcript's way of naming who speaks. */
  role: boolean;
  /** Where the speaker's words start in the body. */
  start: number;
}

/** Each citable paragraph that opens with a speaker's label (and holds no marked quote, which is credited as marked quotes are). */
function labelledParagraphs(body: string, readings: readonly ParagraphReading[], quoted: ReadonlySet<number>): Labelled[] {
  const out: Labelled[] = [];
  for (const reading of readings) {
    if (quoted.has(reading.paragraph.index)) continue;
    const text = body.slice(reading.paragraph.start, reading.paragraph.end);
    const m = LABEL.exec(text);
    if (m?.[1] === undefined) continue;
    out.push({ reading, label: m[1], role: m[2] !== undefined, start: reading.paragraph.start + m[0].length });
  }
  return out;
}

/** "INSKEEP" → "Inskeep": a name written in capitals, as a name. */
function titleCased(label: string): string {
  return /\p{Ll}/u.test(label) ? label : label.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

/**
 * The person a label names, or undefined when it names no one who speaks:
 * someone the people index knows; a name of two to four words given a role
 * ("STEVE INSKEEP, HOST") or printed in the narration too; one word that
 * ends exactly one fuller name the narration prints ("Jephcott:" beside
 * "Sandra Jephcott"). A heading that happens to be capitalised ("Key
 * Points:") is printed nowhere else.
 */
function speakerOf({ label, role }: Labelled, article: Article, people: PeopleIndex, aliases: AliasTable): string | undefined {
  const lower = label.toLowerCase();
  if (NOT_SPEAKERS.has(lower) || (article.outlet !== undefined && lower === article.outlet.toLowerCase())) return undefined;
  const person = people.byKey.get(nameKey(label, aliases));
  if (person) return person.kind === "person" ? person.name : undefined;
  const name = titleCased(label);
  if (looksLikeOrganisation(name) || people.bodies.has(nameKey(name, aliases))) return undefined;
  const printed = (before: string) => [...article.body.matchAll(new RegExp(`(?<![\\p{L}'’-])(${before})${escaped(name)}(?![\\p{L}'’-])(?![ \\t]*(?:,[^:\\n]*)?:)`, "gu"))].map((m) => `${m[1] ?? ""}${name}`);
  if (/\s/u.test(name)) return role || printed("").length > 0 ? name : undefined;
  // The fuller names the narration prints; "Candidate Sandra Jephcott" and "Sandra Jephcott" are one.
  const fuller = [...new Set(printed("(?:\\p{Lu}[\\p{L}'’-]*[ \\t]+){1,2}"))].sort((a, b) => a.length - b.length);
  const shortest = fuller[0];
  return shortest !== undefined && fuller.every((f) => f.endsWith(` ${shortest}`) || f === shortest) ? shortest : undefined;
}

function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * The unquoted words of an article's transcript lines, credited to their
 * labels' speakers; none when the article is no transcript. `quoted` are
 * the paragraphs already holding marked quotes; `sentenceOf` numbers the
 * sentence an offset lies in.
 */
export function transcriptQuotes(
  article: Article,
  readings: readonly ParagraphReading[],
  people: PeopleIndex,
  quoted: ReadonlySet<number>,
  aliases: AliasTable,
  sentenceOf: (offset: number) => number,
): ExtractedQuote[] {
  const body = article.body;
  const labelled = labelledParagraphs(body, readings, quoted).map((l) => ({ ...l, name: speakerOf(l, article, people, aliases) }));
  // "STEVE INSKEEP, HOST:" once, then "INSKEEP:": a surname in capitals is the full name another label gives.
  const full = [...new Set(labelled.flatMap((l) => (l.name !== undefined && l.name.includes(" ") ? [l.name] : [])))];
  for (const l of labelled) {
    if (l.name !== undefined || /\s/u.test(l.label)) continue;
    const matches = full.filter((name) => nameKey(name.split(/\s+/).at(-1) ?? "", aliases) === nameKey(l.label, aliases));
    if (matches.length === 1) l.name = matches[0];
  }
  const uses = new Map<string, number>();
  for (const { name } of labelled) if (name !== undefined) uses.set(name, (uses.get(name) ?? 0) + 1);
  const quotes: ExtractedQuote[] = [];
  for (const { reading, label, start, name } of labelled) {
    if (name === undefined || (uses.get(name) ?? 0) < 2) continue;
    let end = reading.paragraph.end;
    while (end > start && /\s/u.test(body[end - 1] ?? "")) end--;
    const text = body.slice(start, end);
    assertExact(article, start, end, text);
    quotes.push({
      articleId: article.id,
      start,
      end,
      text,
      kind: "full",
      marks: "none",
      paragraph: reading.paragraph.index,
      sentence: sentenceOf(start),
      attribution: { name, label, method: "named" },
    });
  }
  return quotes;
}
