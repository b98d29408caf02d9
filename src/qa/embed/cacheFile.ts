/**
 * One article's vectors on disk, in a file of its own named by a hash of the
 * model id and the article key (itself a hash of the article's sentence
 * texts): an edited article gets a new name and re-encodes alone, a new
 * model version re-encodes everything, and no file has a size ceiling.
 *
 * Layout (little-endian): 8-byte magic "CBVEC\0\0\1", uint32 length of a
 * UTF-8 JSON header {model, key, dims, count}, the header padded with spaces
 * to a multiple of 4 bytes, count float32 factors, count x dims int8 codes.
 * A file that does not match its name's model and key, or whose length is
 * wrong, is a miss: it is re-encoded and overwritten.
 */
import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, rename, unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { DIMENSIONS } from "./modelInfo.js";
import type { PackedVectors } from "./packed.js";

let temps = 0;

const MAGIC = Buffer.from([0x43, 0x42, 0x56, 0x45, 0x43, 0, 0, 1]);

export function vectorFileName(modelId: string, key: string): string {
  return `${createHash("sha256").update(`${modelId}\n${key}`).digest("hex").slice(0, 32)}.vec`;
}

/** Hash of an article's sentence texts: the key its vectors are cached under. */
export function articleVectorKey(texts: readonly string[]): string {
  const hash = createHash("sha256").update(String(texts.length));
  for (const t of texts) hash.update("\0").update(t);
  return hash.digest("hex").slice(0, 32);
}

export function encodeVectorFile(modelId: string, key: string, packed: PackedVectors): Buffer {
  let header = Buffer.from(JSON.stringify({ model: modelId, key, dims: DIMENSIONS, count: packed.count }), "utf8");
  header = Buffer.concat([header, Buffer.alloc((4 - (header.length % 4)) % 4, 0x20)]);
  const length = Buffer.alloc(4);
  length.writeUInt32LE(header.length);
  const factors = Buffer.from(packed.factors.buffer, packed.factors.byteOffset, packed.factors.byteLength);
  const codes = Buffer.from(packed.codes.buffer, packed.codes.byteOffset, packed.codes.byteLength);
  return Buffer.concat([MAGIC, length, header, factors, codes]);
}

/** The vectors in a file's bytes, or undefined if they are not exactly what was asked for. */
export function decodeVectorFile(bytes: Buffer, modelId: string, key: string): PackedVectors | undefined {
  if (bytes.length < 12 || !bytes.subarray(0, 8).equals(MAGIC)) return undefined;
  const headerLength = bytes.readUInt32LE(8);
  let header: unknown;
  try {
    header = JSON.parse(bytes.subarray(12, 12 + headerLength).toString("utf8"));
  } catch {
    return undefined;
  }
  const h = header as { model?: unknown; key?: unknown; dims?: unknown; count?: unknown };
  const count = h.count;
  if (h.model !== modelId || h.key !== key || h.dims !== DIMENSIONS || typeof count !== "number" || !Number.isInteger(count) || count < 0) return undefined;
  const start = 12 + headerLength;
  if (bytes.length !== start + count * 4 + count * DIMENSIONS) return undefined;
  // Copies, so the arrays are aligned and do not pin the file's buffer.
  const factors = new Float32Array(count);
  new Uint8Array(factors.buffer).set(bytes.subarray(start, start + count * 4));
  const codes = new Int8Array(count * DIMENSIONS);
  new Uint8Array(codes.buffer).set(bytes.subarray(start + count * 4));
  return { count, codes, factors };
}

/** The cached vectors of an article, or undefined when there are none (a missing or unusable file). */
export async function readVectorFile(dir: string, modelId: string, key: string): Promise<PackedVectors | undefined> {
  const bytes = await readFile(path.join(dir, vectorFileName(modelId, key))).catch(() => undefined);
  return bytes && decodeVectorFile(bytes, modelId, key);
}

/** Write atomically (temp file + rename); rejects with the file system's reason. */
export async function writeVectorFile(dir: string, modelId: string, key: string, packed: PackedVectors): Promise<string> {
  await mkdir(dir, { recursive: true });
  const target = path.join(dir, vectorFileName(modelId, key));
  const temp = `${target}.${process.pid}.${temps++}.tmp`;
  await writeFile(temp, encodeVectorFile(modelId, key, packed));
  await rename(temp, target);
  return target;
}

/**
 * Remove the vector files in `dir` that are not in `keep` (file names), e.g.
 * an edited article's old vectors. Only for a directory that holds one
 * corpus's vectors alone. Resolves to the number removed; rejects with the
 * file system's reason.
 */
export async function pruneVectorFiles(dir: string, keep: ReadonlySet<string>): Promise<number> {
  let removed = 0;
  for (const name of await readdir(dir)) {
    if (!name.endsWith(".vec") || keep.has(name)) continue;
    await unlink(path.join(dir, name));
    removed++;
  }
  return removed;
}
