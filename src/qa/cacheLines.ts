/**
 * The cache file is JSON lines, written and read as streams: no part of it is
 * ever one string, so its size is bounded by the disk, not by V8's longest
 * string, and reading can stop early (after the articles' lines, when only
 * those are wanted).
 */
import { once } from "node:events";
import { createReadStream, createWriteStream } from "node:fs";
import { unlink } from "node:fs/promises";
import { createInterface } from "node:readline";
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

/** Reads a JSON-lines file one value at a time. */
export class LineReader {
  private readonly input;
  private readonly lines: AsyncIterator<string>;

  constructor(file: string) {
    this.input = createReadStream(file, { encoding: "utf8" });
    this.lines = createInterface({ input: this.input, crlfDelay: Infinity })[Symbol.asyncIterator]();
  }

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
    const { done, value } = await this.lines.next();
    if (done) throw new StaleCache("the cache file ends early");
    return value;
  }

  close(): void {
    void this.lines.return?.();
    this.input.destroy();
  }
}
