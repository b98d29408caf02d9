/**
 * Pure parsing of the `ask` command line into a typed request, kept apart
 * from the side effects in ask.ts so it can be tested directly.
 */
import { parseArgs } from "node:util";
import { z } from "zod";

export type AskRequest =
  | { kind: "help" }
  | { kind: "question"; question: string; json: boolean; corpusDir: string; limit: number; lexical: boolean }
  | { kind: "batch"; file: string; corpusDir: string; limit: number; lexical: boolean };

export const USAGE = `usage: npm run ask -- "question" [--json] [--limit N] [--corpus DIR] [--lexical]
       npm run ask -- --batch FILE [--limit N] [--corpus DIR] [--lexical]   (one question per line in, one JSON object per line out)
  --lexical   rank by words alone: skip sentence meaning (no encoder, no waiting for corpus vectors)`;

const Limit = z.coerce.number().int().min(1).max(50);

/** Parse argv (without node and script); throws an Error with a one-line message. */
export function parseAskArgs(argv: readonly string[], defaultCorpus: string): AskRequest {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        json: { type: "boolean", default: false },
        batch: { type: "string" },
        corpus: { type: "string" },
        limit: { type: "string", default: "3" },
        lexical: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (e) {
    throw new Error(`${(e as Error).message.split("\n")[0]} (npm run ask -- --help for usage)`);
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: "help" };
  const limit = Limit.safeParse(values.limit);
  if (!limit.success) throw new Error(`--limit: expected a whole number from 1 to 50, got "${values.limit}"`);
  const corpusDir = values.corpus ?? defaultCorpus;
  if (values.batch !== undefined) {
    if (positionals.length > 0) throw new Error("give either a question or --batch FILE, not both");
    return { kind: "batch", file: values.batch, corpusDir, limit: limit.data, lexical: values.lexical };
  }
  if (positionals.length === 0) throw new Error(`no question given: npm run ask -- "your question" (--help for more)`);
  return { kind: "question", question: positionals.join(" "), json: values.json, corpusDir, limit: limit.data, lexical: values.lexical };
}
