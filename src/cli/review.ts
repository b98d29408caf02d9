/**
 * Moderation tools for operators.
 *
 *   npm run review -- export --guild ID [--format csv|json] [--db PATH]
 *
 * Writes the server's reports and decisions to stdout. The database path
 * defaults to $CITEBOT_DB, else data/citebot.sqlite. Errors are one line on
 * stderr with a non-zero exit code (1: failure, 2: bad usage).
 */
import { parseArgs } from "node:util";
import { z } from "zod";
import { StoreError, exportToCsv, exportToJson, openStore } from "../store/index.js";
import { snowflake } from "../store/schemas.js";
import { collapseWhitespace } from "../qa/index.js";

const DEFAULT_DB = "data/citebot.sqlite";

const USAGE = "usage: npm run review -- export --guild ID [--format csv|json] [--db PATH]";

class UsageError extends Error {}

const exportArgs = z.object({
  guild: snowflake,
  format: z.enum(["csv", "json"], { error: "must be csv or json" }).default("csv"),
  db: z.string().min(1, "--db must not be empty"),
});

function run(argv: string[]): string {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        guild: { type: "string" },
        format: { type: "string" },
        db: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const [command, ...extra] = parsed.positionals;
  if (parsed.values.help) return `${USAGE}\n`;
  if (command !== "export") throw new UsageError(command === undefined ? "no command given" : `unknown command ${JSON.stringify(command)}`);
  if (extra.length > 0) throw new UsageError(`unexpected argument ${JSON.stringify(extra[0])}`);
  if (parsed.values.guild === undefined) throw new UsageError("--guild is required");

  const args = exportArgs.safeParse({
    guild: parsed.values.guild,
    format: parsed.values.format,
    db: parsed.values.db ?? (process.env.CITEBOT_DB || DEFAULT_DB),
  });
  if (!args.success) {
    const issue = args.error.issues[0];
    throw new UsageError(`--${String(issue?.path[0] ?? "argument")}: ${issue?.message ?? "invalid"}`);
  }
  const store = openStore({ path: args.data.db, mustExist: true });
  try {
    const data = store.exportGuild(args.data.guild);
    return args.data.format === "json" ? exportToJson(data) : exportToCsv(data);
  } finally {
    store.close();
  }
}

function main(): void {
  let output: string;
  try {
    output = run(process.argv.slice(2));
  } catch (error) {
    const message = error instanceof StoreError || error instanceof Error ? error.message : String(error);
    process.stderr.write(`review: ${collapseWhitespace(message)}\n`);
    if (error instanceof UsageError) process.stderr.write(`${USAGE}\n`);
    process.exitCode = error instanceof UsageError ? 2 : 1;
    return;
  }
  process.stdout.on("error", () => {
    // A closed pipe (e.g. `| head`) is not an error worth a stack trace.
  });
  process.stdout.write(output);
}

main();
