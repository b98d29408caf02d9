/**
 * The cache file is JSON lines, written and read as streams: no part of it is
 * ever one string, so its size is bounded by the disk, not by V8's longest
 * string, and reading can stop early (after the articles' lines, when only
 * those are wanted).
 */
import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { type FileHandle, open, unlink } from "node:fs/promises";
import { finished } from "node:stream/promises";

/** A cache file that ends early or holds something else than expected: rebuilt, never trusted. */
export class StaleCache extends Error {
  override readonly name = "StaleCache";
}

/** A value already written as JSON (kept as read from the last cache file): written as it is. */
export class RawJson {
  constructor(readonly text: string) {}
}

/** Write values one per line to `file`; on any failure the partial file is removed and the error thrown. */
export async function writeLines(file: string, write: (put: (value: unknown) => Promise<void>) => Promise<void>): Promise<void> {
  const out = createWriteStream(file, { encoding: "utf8" });
  const put = async (value: unknown) => {
    if (!out.write(`${value instanceof RawJson ? value.text : JSON.stringify(value)}\n`)) await once(out, "drain");
  };
  try {
    await write(put);
    out.end();
    await finished(out);
  } catch (e) {
    out.destroy();
    await unlink(file).catch(() => undefined);
    throw e;
  }
}

/** Bytes read from the file at a time; a longer line grows the buffer. */
const CHUNK = 1 << 22;
const NEWLINE = 0x0a;

/**
 * Reads a JSON-lines file one value at a time, splitting lines on the bytes:
 * a line that is passed over is never decoded.
 */
export class LineReader {
  private handle: FileHandle | undefined;
  private buffer = Buffer.alloc(0);
  private at = 0;
  private ended = false;

  constructor(private readonly file: string) {}

  /** The next value; StaleCache at the end of the file or on a line that is not JSON. */
  async next(): Promise<unknown> {
    const value = await this.nextRaw();
    try {
      return JSON.parse(value) as unknown;
    } catch {
      throw new StaleCache("a cache line is not JSON");
    }
  }

  /** The next line unparsed: a part of the file this start may not need, or will write back as it is. */
  async nextRaw(): Promise<string> {
    const line = await this.line();
    const end = line.length > 0 && line[line.length - 1] === 0x0d ? line.length - 1 : line.length;
    return line.toString("utf8", 0, end);
  }

  /** The next line's bytes, undecoded (valid for as long as they are kept: the reader never reuses its buffers). */
  async nextBytes(): Promise<Buffer> {
    const line = await this.line();
    return line.length > 0 && line[line.length - 1] === 0x0d ? line.subarray(0, line.length - 1) : line;
  }

  /** Pass over the next line without decoding it. */
  async skip(): Promise<void> {
    await this.line();
  }

  private async line(): Promise<Buffer> {
    for (;;) {
      const newline = this.buffer.indexOf(NEWLINE, this.at);
      if (newline >= 0) {
        const line = this.buffer.subarray(this.at, newline);
        this.at = newline + 1;
        return line;
      }
      if (this.ended) {
        if (this.at >= this.buffer.length) throw new StaleCache("the cache file ends early");
        const line = this.buffer.subarray(this.at);
        this.at = this.buffer.length;
        return line;
      }
      await this.fill();
    }
  }

  private async fill(): Promise<void> {
    this.handle ??= await open(this.file, "r");
    const rest = this.buffer.subarray(this.at);
    const next = Buffer.allocUnsafe(Math.max(CHUNK, rest.length * 2));
    rest.copy(next);
    const { bytesRead } = await this.handle.read(next, rest.length, next.length - rest.length, null);
    if (bytesRead === 0) this.ended = true;
    this.buffer = next.subarray(0, rest.length + bytesRead);
    this.at = 0;
  }

  close(): void {
    void this.handle?.close().catch(() => undefined);
    this.handle = undefined;
  }
}
