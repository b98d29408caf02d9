/**
 * The sentence index's part of the cache file: a head line, its terms in
 * lines of a few thousand, then its postings as bytes (base64 lines of at
 * most a million numbers each). A term per JSON line, with its postings as
 * lists of numbers, took a warm start a fifth of its time to parse and then
 * to copy into the index's typed arrays; bytes go into them as they are.
 * Every number is checked against the head before the index is trusted.
 */
import { endianness } from "node:os";
import type { LineReader } from "./cacheLines.js";
import { RawJson, StaleCache } from "./cacheLines.js";
import type { PackedIndex } from "./search/sentenceIndex.js";

/** Terms per line, and numbers per line of bytes: lines stay far below V8's longest string whatever the corpus. */
const TERMS_PER_LINE = 20_000;
const NUMBERS_PER_LINE = 1 << 20;

interface IndexHead {
  version: 2;
  /** The byte order the arrays were written in: a file from another machine is rebuilt, not misread. */
  endian: "LE" | "BE";
  ids: number[];
  lengths: number[];
  averageLength: number;
  terms: number;
  postings: number;
}

type Put = (value: unknown) => Promise<void>;

/** At least one line (an empty array is one empty string), so the reader always knows where the numbers end. */
async function putNumbers(put: Put, numbers: Int32Array | Uint16Array): Promise<void> {
  let from = 0;
  do {
    const part = numbers.subarray(from, from + NUMBERS_PER_LINE);
    // base64 needs no JSON escaping: the quoted text is a JSON string as it is.
    await put(new RawJson(`"${Buffer.from(part.buffer, part.byteOffset, part.byteLength).toString("base64")}"`));
    from += NUMBERS_PER_LINE;
  } while (from < numbers.length);
}

/** Write the index: head, terms, then offsets, documents and frequencies as bytes. */
export async function writeIndex(put: Put, index: PackedIndex): Promise<void> {
  const { terms, offsets, docs, tfs, version: _version, ...rest } = index;
  const head: IndexHead = { version: 2, endian: endianness(), ...rest, terms: terms.length, postings: docs.length };
  await put(head);
  for (let from = 0; from < terms.length; from += TERMS_PER_LINE) await put(terms.slice(from, from + TERMS_PER_LINE));
  await putNumbers(put, offsets);
  await putNumbers(put, docs);
  await putNumbers(put, tfs);
}

async function readNumbers<T extends Int32Array | Uint16Array>(reader: LineReader, out: T): Promise<T> {
  const bytes = new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
  let filled = 0;
  do {
    const line = await reader.nextRaw();
    if (line.length < 2 || line[0] !== '"' || line[line.length - 1] !== '"') throw new StaleCache("a malformed index line");
    const part = Buffer.from(line.slice(1, -1), "base64");
    if (part.length === 0 && out.length > 0) throw new StaleCache("a malformed index line");
    if (filled + part.length > bytes.length) throw new StaleCache("the index holds more numbers than its head says");
    bytes.set(part, filled);
    filled += part.length;
  } while (filled < bytes.length);
  return out;
}

const isCount = (x: unknown): x is number => Number.isInteger(x) && (x as number) >= 0;

function isHead(x: unknown): x is IndexHead {
  const h = x as Partial<IndexHead> | null;
  if (typeof h !== "object" || h === null || h.version !== 2 || (h.endian !== "LE" && h.endian !== "BE") || typeof h.averageLength !== "number") return false;
  if (!Array.isArray(h.ids) || !Array.isArray(h.lengths) || h.ids.length !== h.lengths.length || !isCount(h.terms) || !isCount(h.postings)) return false;
  // Plain loops: a callback per document was a tenth of a warm start's reading at 100k sentences.
  const { ids, lengths } = h;
  for (let i = 0; i < ids.length; i++) if (!isCount(ids[i]) || typeof lengths[i] !== "number") return false;
  return true;
}

/** Read the index written by writeIndex; StaleCache when any part does not fit. */
export async function readIndex(reader: LineReader): Promise<PackedIndex> {
  const head = await reader.next();
  if (!isHead(head)) throw new StaleCache("a malformed index head");
  if (head.endian !== endianness()) throw new StaleCache("an index written on a machine of the other byte order");
  const terms: string[] = [];
  while (terms.length < head.terms) {
    const line = await reader.next();
    if (!Array.isArray(line) || line.length === 0 || terms.length + line.length > head.terms) throw new StaleCache("a malformed index terms line");
    for (const t of line) {
      if (typeof t !== "string") throw new StaleCache("a malformed index terms line");
      terms.push(t);
    }
  }
  if (new Set(terms).size !== terms.length) throw new StaleCache("an index term listed twice");
  const offsets = await readNumbers(reader, new Int32Array(head.terms + 1));
  const docs = await readNumbers(reader, new Int32Array(head.postings));
  const tfs = await readNumbers(reader, new Uint16Array(head.postings));
  checkPostings(offsets, docs, tfs, head.ids.length);
  return { version: 1, ids: head.ids, lengths: head.lengths, averageLength: head.averageLength, terms, offsets, docs, tfs };
}

/** Offsets rise from 0 to the number of postings; each term's documents ascend and exist; every frequency is positive. */
function checkPostings(offsets: Int32Array, docs: Int32Array, tfs: Uint16Array, documents: number): void {
  if (offsets[0] !== 0 || offsets[offsets.length - 1] !== docs.length) throw new StaleCache("malformed index postings");
  for (let t = 0; t + 1 < offsets.length; t++) {
    const from = offsets[t] as number;
    const to = offsets[t + 1] as number;
    if (to < from) throw new StaleCache("malformed index postings");
    let last = -1;
    for (let p = from; p < to; p++) {
      const doc = docs[p] as number;
      if (doc <= last || doc >= documents || tfs[p] === 0) throw new StaleCache("malformed index postings");
      last = doc;
    }
  }
}
