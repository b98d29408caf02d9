/**
 * The part of the quote index that depends on one article alone: its reading
 * (words, quoted spans, reporting clauses) and the people it names. The
 * cache keeps it with the article's analysis, packed as JSON text (the NLP
 * as numbers, the people index with people as numbers), so that a restart
 * after an edit reads only the edited article with wink, and an unchanged
 * article's reading is unpacked only when its attribution must run again
 * (see build.ts).
 */
import type { AliasTable } from "../nlp/aliases.js";
import { MalformedPack, packAnalyses, type PackedAnalyses, unpackAnalyses } from "../nlp/packedAnalysis.js";
import { type Analysis, analyse } from "../nlp/wink.js";
import type { Article, Paragraph } from "../types.js";
import type { ArticleContribution } from "./contribution.js";
import { collectPeople, type PeopleIndex } from "./people.js";
import { type ArticleReading, readArticle } from "./read.js";
import type { ArticlePerson } from "./types.js";

/** One article made ready for the corpus-wide passes. */
export interface QuotePass {
  /** The people the article names, as collected (attribution later adds to them). */
  people: ArticlePerson[];
  /** The reading and the people index over these very `people`, made on first call. */
  read(): { reading: ArticleReading; people: PeopleIndex };
  /** The article's contribution from the last build (from the cache), reused while the corpus answers attribution the same. */
  previous?: ArticleContribution;
}

/** A pass as the cache keeps it: JSON text, taken before attribution changes anything. */
export interface PackedQuotePass {
  /** The people, as collected. */
  people: string;
  /** The paragraphs' NLP and the rest of the people index: `{ nlp, index }`. */
  reading: string;
}

/** Read one article for quotes; `analyses` are its paragraphs' NLP from segmentation (missing ones are analysed here). */
export function readQuotePass(article: Article, paragraphs: readonly Paragraph[], aliases: AliasTable, analyses: ReadonlyArray<Analysis | undefined> = []): { pass: QuotePass; packed: PackedQuotePass } {
  // Citable paragraphs only: those are what readArticle reads, and all it reads.
  const own = paragraphs.map((p, i) => (p.boilerplate ? undefined : (analyses[i] ?? analyse(article.body.slice(p.start, p.end)))));
  const reading = readArticle(article, paragraphs, own);
  const people = collectPeople(article.id, reading.readings, reading.clauses, article.body, aliases);
  // Packed now: attribution later adds aliases and kinds to these very people.
  const { people: list, ...index } = people;
  const packed = { people: JSON.stringify(list), reading: JSON.stringify({ nlp: packAnalyses(own), index: encodeGraph(index, list) }) };
  return { pass: { people: list, read: () => ({ reading, people }) }, packed };
}

/**
 * A pass from the cache: the people now, the reading when asked.
 * MalformedPack (from here or from `read`) when the pack does not fit the article.
 */
export function unpackQuotePass(article: Article, paragraphs: readonly Paragraph[], packed: PackedQuotePass): QuotePass {
  const people = parseJson(packed.people);
  if (!Array.isArray(people) || !people.every((p) => typeof p === "object" && p !== null && typeof (p as ArticlePerson).name === "string")) throw new MalformedPack("not a list of people");
  const list = people as ArticlePerson[];
  let made: { reading: ArticleReading; people: PeopleIndex } | undefined;
  const read = () => {
    if (made) return made;
    const { nlp, index } = (parseJson(packed.reading) ?? {}) as { nlp?: PackedAnalyses; index?: unknown };
    const analyses = unpackAnalyses(nlp as PackedAnalyses, (i) => {
      const p = paragraphs[i];
      return p && !p.boilerplate ? article.body.slice(p.start, p.end) : undefined;
    });
    if (analyses.length !== paragraphs.length || paragraphs.some((p, i) => !p.boilerplate && !analyses[i])) throw new MalformedPack("the packed NLP does not cover the article's paragraphs");
    const rest = decodeGraph(index, list);
    if (typeof rest !== "object" || rest === null || Array.isArray(rest)) throw new MalformedPack("not a packed people index");
    made = { reading: readArticle(article, paragraphs, analyses), people: { ...(rest as Omit<PeopleIndex, "people">), people: list } };
    return made;
  };
  return { people: list, read };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new MalformedPack("not JSON");
  }
}

/*
 * The people index is a graph: the same person object is in `people`, under
 * several keys of `byKey` and in `mentions`. It is written with every person
 * replaced by its number in the list, and Maps and Sets as tagged arrays, so
 * that fields added to the index later travel without changes here.
 */
type Encoded = null | boolean | number | string | Encoded[] | { [key: string]: Encoded };

function encodeGraph(value: unknown, people: readonly ArticlePerson[]): Encoded {
  const numbers = new Map<unknown, number>(people.map((p, i) => [p, i]));
  const encode = (v: unknown): Encoded => {
    if (v === null || typeof v !== "object") return v as Encoded;
    const n = numbers.get(v);
    if (n !== undefined) return { $person: n };
    if (v instanceof Map) return { $map: [...v].map(([k, x]) => [encode(k), encode(x)]) };
    if (v instanceof Set) return { $set: [...v].map(encode) };
    if (Array.isArray(v)) return v.map(encode);
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, encode(x)]));
  };
  return encode(value);
}

function decodeGraph(value: unknown, people: readonly ArticlePerson[]): unknown {
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map((v) => decodeGraph(v, people));
  const v = value as Record<string, unknown>;
  if ("$person" in v) {
    const person = typeof v.$person === "number" ? people[v.$person] : undefined;
    if (!person) throw new MalformedPack("a person number out of range");
    return person;
  }
  if (Array.isArray(v.$map)) {
    return new Map(
      (v.$map as unknown[]).map((e) => {
        if (!Array.isArray(e) || e.length !== 2) throw new MalformedPack("a malformed map entry");
        return [decodeGraph(e[0], people), decodeGraph(e[1], people)];
      }),
    );
  }
  if (Array.isArray(v.$set)) return new Set((v.$set as unknown[]).map((x) => decodeGraph(x, people)));
  return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, decodeGraph(x, people)]));
}
