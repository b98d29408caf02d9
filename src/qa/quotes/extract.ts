/**
 * Quotes of one article: read it, resolve the subject of every reporting
 * clause in reading order (so "he" can look back), then take each quoted
 * span in turn: titles are dropped, the rest are attributed or rejected.
 * Every quote's offsets are checked against the body (assertExact).
 */
import { assertExact } from "../answer/citation.js";
import { type AliasTable, EMPTY_ALIASES } from "../nlp/aliases.js";
import type { Article, Paragraph, Sentence } from "../types.js";
import { type AttributionEvent, attributionOfClause, clauseEvent, clauseFor, inherit, type ResolvedClause } from "./attribute.js";
import { QUOTE_DEFAULTS } from "./defaults.js";
import { collectPeople, type PeopleIndex } from "./people.js";
import { type ArticleReading, readArticle } from "./read.js";
import { type Referent, type ResolveContext, resolveSubject } from "./resolve.js";
import { bodyNamer, documentAuthorNamed } from "./bodies.js";
import { shapeOf } from "./shape.js";
import { transcriptQuotes } from "./transcript.js";
import type { ArticlePerson, ArticleQuotes, ExtractedQuote, RejectedSpan } from "./types.js";
import type { ParagraphReading, Word } from "./words.js";

/** What attribution may know beyond the article itself. */
export interface ExtractOptions {
  /** Spelling variants (Zelensky = Zelenskyy). Default: none. */
  aliases?: AliasTable;
  /** A person's titles across the corpus. Default: the titles this article gives. */
  rolesOf?: (person: ArticlePerson) => readonly string[];
  /** Full name for a surname known elsewhere in the corpus. Default: none. */
  knownSurname?: (key: string) => string | undefined;
}

function resolveClauses(reading: ArticleReading, ctx: ResolveContext): ResolvedClause[][] {
  return reading.readings.map((r, p) => {
    const out: ResolvedClause[] = [];
    for (const clause of reading.clauses[p] ?? []) {
      const at = (r.words[clause.verb] as Word).start;
      const referent =
        clause.subject === "previous" ? [...out].reverse().find((o) => o.clause.sentence === clause.sentence)?.referent : resolveSubject(clause.subject, at, ctx);
      out.push({ clause, referent });
      if (referent) ctx.history.push({ at, referent });
    }
    return out;
  });
}

/** True when only boilerplate other than subheadings lies between two paragraphs. */
function adjacent(paragraphs: readonly Paragraph[], from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) if (!paragraphs[i]?.boilerplate || paragraphs[i]?.boilerplate === "subheading") return false;
  return true;
}

function sentenceAt(sentences: readonly Sentence[], offset: number): number {
  let found = 0;
  for (const s of sentences) if (s.start <= offset) found = s.index;
  return found;
}

/** Acronyms the body gives in brackets right after a name: "Royal Canadian Mounted Police (RCMP)". */
function acronymsOf(body: string, name: string): string[] {
  if (!body.includes(`${name} (`) && !body.includes(`${name}(`)) return [];
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const found = new Set<string>();
  for (const m of body.matchAll(new RegExp(`${escaped}\\s*\\((\\p{Lu}[\\p{Lu}\\d&.]{1,9})\\)`, "gu"))) if (m[1] !== undefined) found.add(m[1]);
  return [...found];
}

/**
 * The person a sentence of a paragraph is about, as an attribution: a name
 * the people index marks as opening it ("Jane Doe, a former judge, left the
 * bench."), or "he" or "she" opening it, after an opening adverbial
 * ("Tired of the role, she left the show."), resolved. Undefined otherwise.
 */
function topicOf(reading: ParagraphReading, sentence: number, ctx: ResolveContext): AttributionEvent | undefined {
  const words = reading.words.filter((w) => w.sentence === sentence);
  const first = words[0];
  const last = words[words.length - 1];
  if (!first || !last) return undefined;
  const asEvent = (referent: Referent | undefined): AttributionEvent | undefined =>
    referent && referent.kind === "person" && referent.name !== null
      ? { at: first.start, sentence, attribution: { name: referent.name, label: referent.label, method: "resolved" }, kind: referent.kind }
      : undefined;
  const named = ctx.people.mentions.find((m) => m.opensSentence && m.at >= first.start && m.at < last.end);
  if (named) return asEvent({ name: named.person.name, kind: named.person.kind, label: named.person.name, how: "resolved" });
  const comma = words.findIndex((w) => w.text === "," && w.quote < 0);
  const opener = [words[0], comma >= 0 ? words[comma + 1] : undefined].find((w) => w !== undefined && w.quote < 0 && ["he", "she"].includes(w.lower));
  if (!opener) return undefined;
  const index = reading.words.indexOf(opener);
  return asEvent(resolveSubject({ type: "pronoun", from: index, to: index + 1, text: opener.text, pronoun: opener.lower }, opener.start, ctx));
}

/** Attribute the quoted spans of an article already read; see extractQuotes. */
export function attributeReading(reading: ArticleReading, people: PeopleIndex, sentences: readonly Sentence[], options: ExtractOptions = {}): ArticleQuotes {
  const { article } = reading;
  const aliases = options.aliases ?? EMPTY_ALIASES;
  const ctx: ResolveContext = { people, history: [], rolesOf: options.rolesOf ?? ((p) => p.roles), aliases };
  if (options.knownSurname) ctx.knownSurname = options.knownSurname;
  ctx.bodyNamed = bodyNamer(article.body);
  ctx.documentAuthor = (head, at) => documentAuthorNamed(article.body, head, at);
  const resolved = resolveClauses(reading, ctx);
  const quotes: ExtractedQuote[] = [];
  const rejected: RejectedSpan[] = [...reading.boilerplate];
  const speakers = new Map<string, ArticlePerson>(people.people.map((p) => [p.name, p]));
  // A speaker the people index does not hold (a name seen only as a speaker's) joins the article's people.
  const credit = (name: string | null, kind: ArticlePerson["kind"]) => {
    if (name !== null && !speakers.has(name)) speakers.set(name, { articleId: article.id, name, kind, roles: [], honorifics: [], mentions: 1 });
  };
  let previous: { paragraph: number; events: AttributionEvent[]; lastSentence: number; continues: AttributionEvent | undefined } | undefined;

  reading.readings.forEach((r: ParagraphReading, p) => {
    const clauses = resolved[p] ?? [];
    const own: AttributionEvent[] = clauses.flatMap((c) => clauseEvent(c, r) ?? []);
    const before = previous && adjacent(reading.paragraphs, previous.paragraph, r.paragraph.index) ? previous : undefined;
    let continues: AttributionEvent | undefined;
    // Sentences holding a full quote: a second quote after “...,” he said, “...” continues it.
    const fullSentences = new Set<number>();
    r.spans.forEach((span, q) => {
      const text = article.body.slice(span.start, span.end);
      const shape = shapeOf(r, q, article.body, fullSentences);
      if (shape.first < 0) return;
      const reject = (reason: RejectedSpan["reason"]) => rejected.push({ articleId: article.id, start: span.start, end: span.end, text, reason, kind: shape.kind });
      // “(“British exit”)”: a quote that fills a parenthesis glosses a word; no one says it.
      const gloss = article.body[span.open - 1] === "(" && span.close !== null && article.body[span.close + 1] === ")";
      if (shape.title || gloss) return reject("title");
      const clause = clauseFor(r, shape, clauses);
      const topic = () => topicOf(r, (r.words[shape.first] as Word).sentence - 1, ctx);
      const event = clause ? attributionOfClause(clause, shape, r) : shape.kind === "full" ? inherit(r, shape, q, own, before, topic) : undefined;
      if (span.openEnded) continues = event;
      if (!event) return reject(shape.kind === "partial" && shape.words <= QUOTE_DEFAULTS.scareQuoteMaxWords ? "scare-quote" : "unattributed");
      own.push(event);
      if (shape.kind === "full") fullSentences.add(event.sentence);
      assertExact(article, span.start, span.end, text);
      quotes.push({
        articleId: article.id,
        start: span.start,
        end: span.end,
        text,
        kind: shape.kind,
        marks: span.marks,
        paragraph: r.paragraph.index,
        sentence: sentenceAt(sentences, span.start),
        attribution: event.attribution,
      });
      credit(event.attribution.name, event.kind);
    });
    const lastWord = r.words[r.words.length - 1];
    previous = { paragraph: r.paragraph.index, events: own, lastSentence: lastWord?.sentence ?? 0, continues };
  });
  const quotedParagraphs = new Set(quotes.map((q) => q.paragraph));
  for (const quote of transcriptQuotes(article, reading.readings, people, quotedParagraphs, aliases, (offset) => sentenceAt(sentences, offset))) {
    quotes.push(quote);
    credit(quote.attribution.name, "person");
  }
  quotes.sort((a, b) => a.start - b.start);
  for (const person of speakers.values()) {
    const acronyms = acronymsOf(article.body, person.name);
    if (acronyms.length === 0) continue;
    person.aliases = [...(person.aliases ?? []), ...acronyms];
    // Bodies are known by their initials; people are not.
    if (person.name.includes(" ")) person.kind = "organisation";
  }
  return { quotes, rejected: rejected.sort((a, b) => a.start - b.start), people: [...speakers.values()] };
}

/**
 * The direct quotes of one article with their speakers, the quoted spans
 * that are not quotes (with the reason), and the people the article names.
 * `paragraphs` and `sentences` are the article's, from segmentArticle.
 */
export function extractQuotes(article: Article, paragraphs: readonly Paragraph[], sentences: readonly Sentence[], options: ExtractOptions = {}): ArticleQuotes {
  const reading = readArticle(article, paragraphs);
  const people = collectPeople(article.id, reading.readings, reading.clauses, article.body, options.aliases ?? EMPTY_ALIASES);
  return attributeReading(reading, people, sentences, options);
}
