/**
 * `npm run quote -- --speaker NAME [--topic WORDS] [--outlet X] [--limit N] [--offset N] [--json] [--corpus DIR]`
 * `npm run quote -- --list-speakers [--json] [--corpus DIR]`
 *
 * A speaker's direct quotes from the corpus, each cited. An unknown speaker
 * is an answer (the closest known speakers), exit code 0. Bad input or an
 * unreadable corpus: one line on stderr, exit code 2 (usage) or 1.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { z } from "zod";
import { CorpusError, type FindQuotesResult, openEngine, QUOTE_DEFAULTS, QuoteInputError, type QuoteIndex, type QuoteResult } from "../qa/index.js";

const BUNDLED_CORPUS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../corpus");
const USAGE = `usage: npm run quote -- --speaker NAME [--topic WORDS] [--outlet X] [--limit N] [--offset N] [--json] [--corpus DIR]
       npm run quote -- --list-speakers [--json] [--corpus DIR]`;

class UsageError extends Error {}

const ArgsSchema = z
  .object({
    speaker: z.string().trim().min(1, "empty: name someone, e.g. --speaker Putin").optional(),
    "list-speakers": z.boolean(),
    topic: z.string().optional(),
    outlet: z.string().optional(),
    limit: z.coerce.number().int().min(1).max(QUOTE_DEFAULTS.maxQuotesPerPage).default(QUOTE_DEFAULTS.quotesPerPage),
    offset: z.coerce.number().int().min(0).default(0),
    json: z.boolean(),
    help: z.boolean(),
    corpus: z.string().min(1, "empty: give a directory of article files").default(BUNDLED_CORPUS),
  })
  .refine((a) => a.help || (a.speaker === undefined) !== !a["list-speakers"], "give --speaker NAME or --list-speakers (one of them); --help for usage");

type Args = z.infer<typeof ArgsSchema>;

function parse(argv: string[]): Args {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        speaker: { type: "string" },
        "list-speakers": { type: "boolean", default: false },
        topic: { type: "string" },
        outlet: { type: "string" },
        limit: { type: "string" },
        offset: { type: "string" },
        json: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
        corpus: { type: "string" },
      },
    }));
  } catch (e) {
    throw new UsageError((e as Error).message.split("\n")[0]);
  }
  const args = ArgsSchema.safeParse(values);
  if (!args.success) {
    const issue = args.error.issues[0];
    const flag = issue?.path[0] === undefined ? "" : `--${String(issue.path[0])}: `;
    throw new UsageError(`${flag}${issue?.message ?? "invalid arguments"}`);
  }
  return args.data;
}

function formatQuote(q: QuoteResult, n: number): string {
  const c = q.citation;
  const lines = [
    `${n}. “${q.text}”`,
    `   — ${q.attribution.speaker?.name ?? q.attribution.label} (${q.kind} quote; ${q.attribution.method}: “${q.attribution.label}”)`,
    `   ${c.outlet}, ${c.published}: ${c.headline}, paragraph ${c.paragraph}, sentence ${c.sentence}${c.url ? ` ${c.url}` : ""}`,
  ];
  if (q.alsoIn.length > 0) lines.push(`   also in: ${q.alsoIn.map((a) => `${a.outlet} (${a.published})`).join("; ")}`);
  return lines.join("\n");
}

function formatResult(result: FindQuotesResult, offset: number): string {
  if (result.speaker === null) {
    const closest = result.closest.map((s) => `${s.name} (${s.quoteCount} quote${s.quoteCount === 1 ? "" : "s"})`).join(", ");
    return `No speaker called "${result.query}" is known in this corpus.${closest ? ` Closest: ${closest}.` : ""}`;
  }
  if (result.total === 0) return `No direct quotes from ${result.speaker.name} match.`;
  const shown = `${offset + 1}–${offset + result.quotes.length} of ${result.total}`;
  return [`${result.speaker.name}: quotes ${shown}`, ...result.quotes.map((q, i) => formatQuote(q, offset + i + 1))].join("\n\n");
}

function listSpeakers(index: QuoteIndex, json: boolean): string {
  if (json) return JSON.stringify({ speakers: index.speakers.map(({ id, name, kind, aliases, roles, quoteCount }) => ({ id, name, kind, aliases, roles, quoteCount })), unnamed: index.unnamed }, null, 2);
  // People the articles name but never quote are not speakers to a reader; --json keeps them for tools.
  const quoted = index.speakers.filter((s) => s.quoteCount > 0);
  const lines = quoted.map((s) => `${String(s.quoteCount).padStart(3)}  ${s.name} [${s.id}]${s.aliases.length > 0 ? `  also: ${s.aliases.join(", ")}` : ""}`);
  for (const u of index.unnamed) lines.push(`${String(u.quotes).padStart(3)}  unnamed: ${u.label}`);
  const silent = index.speakers.length - quoted.length;
  if (silent > 0) lines.push(`(${silent} more named without a direct quote; --json lists them)`);
  return lines.join("\n");
}

async function run(argv: string[]): Promise<string> {
  const args = parse(argv);
  if (args.help) return USAGE;
  const engine = await openEngine({ corpusDir: args.corpus });
  if (engine.loadInfo.warning) console.error(`quote: warning: ${engine.loadInfo.warning}`);
  if (args["list-speakers"]) return listSpeakers(engine.quotes, args.json);
  const options = { speaker: args.speaker ?? "", topic: args.topic, outlet: args.outlet, limit: args.limit, offset: args.offset };
  const result = engine.findQuotes(options);
  if (!args.json) return formatResult(result, args.offset);
  if (result.speaker === null) return JSON.stringify(result, null, 2);
  const quotes = result.quotes.map((q) => ({ text: q.text, kind: q.kind, attribution: q.attribution, citation: q.citation, alsoIn: q.alsoIn, key: q.key }));
  return JSON.stringify({ speaker: result.speaker, quotes, total: result.total }, null, 2);
}

run(process.argv.slice(2)).then(
  (output) => process.stdout.write(`${output}\n`),
  (error: unknown) => {
    const known = error instanceof UsageError || error instanceof CorpusError || error instanceof QuoteInputError;
    const message = error instanceof CorpusError ? (error.problems[0] ?? error.message) : error instanceof Error ? error.message : String(error);
    process.stderr.write(`quote: ${known ? message.split("\n")[0] : `internal error: ${message.split("\n")[0]}`}\n`);
    process.exitCode = error instanceof UsageError ? 2 : 1;
  },
);
