import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { CSV_COLUMNS, csvCell, exportToCsv, exportToJson, openStore, type Store } from "../src/store/index.js";
import { GUILD_A, GUILD_B, MOD, answerInput, fakeClock, sf, tempDir } from "./fixtures/store-helpers.js";

/** A small RFC 4180 parser, to read back what exportToCsv wrote. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(cell);
      cell = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else cell += c;
  }
  return rows;
}

const NASTY_REASON = '=HYPERLINK("http://evil","x"), "quoted"\nsecond line';

describe("store: export", () => {
  let tmp: ReturnType<typeof tempDir>;
  let path: string;
  let store: Store;

  beforeEach(() => {
    tmp = tempDir();
    path = tmp.db;
    const clock = fakeClock();
    store = openStore({ path, now: clock.now });
    store.recordAnswer(answerInput(sf(1)));
    store.recordAnswer(answerInput(sf(2), { guildId: GUILD_B, question: "B's secret question" }));
    const r = store.addReport({ guildId: GUILD_A, messageId: sf(1), passageKey: "article:0-10", reporterId: sf(1, 8), reason: NASTY_REASON });
    clock.advanceMs(1000);
    store.addReport({ guildId: GUILD_A, messageId: sf(1), passageKey: "article:0-10", reporterId: sf(2, 8), reason: "-1 +1 @me" });
    store.addReport({ guildId: GUILD_B, messageId: sf(2), passageKey: "article:0-10", reporterId: sf(3, 8) });
    if (!("report" in r)) throw new Error("no report");
    clock.advanceMs(1000);
    store.decide({ guildId: GUILD_A, moderatorId: MOD, action: "suppress", reportId: r.report.id, reason: "+suppressed, for cause" });
  });
  afterEach(() => {
    store.close();
    tmp.cleanup();
  });

  it("exports one server's reports with entries and its decisions as JSON", () => {
    const data = JSON.parse(exportToJson(store.exportGuild(GUILD_A)));
    expect(data.guildId).toBe(GUILD_A);
    expect(data.reports).toHaveLength(1);
    expect(data.reports[0]).toMatchObject({ status: "suppressed", count: 2, passage: { key: "article:0-10" } });
    expect(data.reports[0].entries.map((e: { reason: string }) => e.reason)).toEqual([NASTY_REASON, "-1 +1 @me"]);
    expect(data.decisions).toEqual([
      expect.objectContaining({ action: "suppress", moderatorId: MOD, reason: "+suppressed, for cause", createdAt: "2025-01-01T00:00:02.000Z" }),
    ]);
    expect(JSON.stringify(data)).not.toContain("B's secret question");
  });

  it("exports CSV with a header, one row per reporter and per decision, escaped and formula-safe", () => {
    const csv = exportToCsv(store.exportGuild(GUILD_A));
    expect(csv.endsWith("\r\n")).toBe(true);
    const rows = parseCsv(csv);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    const body = rows.slice(1).map((r) => Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, r[i]])));
    expect(rows.slice(1).every((r) => r.length === CSV_COLUMNS.length)).toBe(true);
    expect(body.map((r) => [r.record, r.user_id, r.reason])).toEqual([
      ["report", sf(1, 8), `'${NASTY_REASON}`],
      ["report", sf(2, 8), "'-1 +1 @me"],
      ["decision", MOD, "'+suppressed, for cause"],
    ]);
    expect(body[0]).toMatchObject({ status: "suppressed", passage_key: "article:0-10", report_count: "2", question: "Who won the election?" });
    expect(body[2]).toMatchObject({ action: "suppress", article_id: "article", start: "0", end: "10" });
    // No cell a spreadsheet would evaluate.
    for (const r of rows) for (const cell of r) expect(cell).not.toMatch(/^[=+\-@]/);
  });

  it("escapes single cells", () => {
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell('a "b", c')).toBe('"a ""b"", c"');
    expect(csvCell("=1+1")).toBe("'=1+1");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("\tx")).toBe("'\tx");
    expect(csvCell("-2,3")).toBe(`"'-2,3"`);
    expect(csvCell(42)).toBe("42");
    expect(csvCell(null)).toBe("");
    expect(csvCell("a\nb")).toBe('"a\nb"');
    // Full-width signs start formulas in some spreadsheets too.
    expect(csvCell("＝1+1")).toBe("'＝1+1");
  });
});

describe("review CLI", () => {
  let tmp: ReturnType<typeof tempDir>;
  let path: string;
  beforeEach(() => {
    tmp = tempDir();
    path = tmp.db;
    const store = openStore({ path });
    store.recordAnswer(answerInput(sf(1)));
    store.addReport({ guildId: GUILD_A, messageId: sf(1), passageKey: "article:0-10", reporterId: sf(1, 8), reason: "=cmd" });
    store.close();
  });
  afterEach(() => {
    tmp.cleanup();
  });

  function review(args: string[], env: Record<string, string> = {}) {
    const result = spawnSync(process.execPath, ["--import", "tsx", "src/cli/review.ts", ...args], {
      encoding: "utf8",
      env: { ...process.env, CITEBOT_DB: "", ...env },
    });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  }

  it("exports CSV by default and JSON on request", () => {
    const csv = review(["export", "--guild", GUILD_A, "--db", path]);
    expect(csv.status).toBe(0);
    expect(csv.stdout.split("\r\n")[0]).toBe(CSV_COLUMNS.join(","));
    expect(csv.stdout).toContain("'=cmd");
    const json = review(["export", "--guild", GUILD_A, "--format", "json"], { CITEBOT_DB: path });
    expect(json.status).toBe(0);
    expect(JSON.parse(json.stdout).reports[0].entries[0].reason).toBe("=cmd");
  });

  it.each([
    [["export", "--guild", "12"], 2, /--guild: expected a Discord id/],
    [["export"], 2, /--guild is required/],
    [["export", "--guild", GUILD_A, "--format", "xml"], 2, /--format: must be csv or json/],
    [["frobnicate"], 2, /unknown command/],
    [["export", "--guild", GUILD_A, "--bogus"], 2, /bogus/],
  ])("rejects %j with one line and exit %i", (args, code, message) => {
    const r = review([...args, "--db", path]);
    expect(r.status).toBe(code);
    expect(r.stdout).toBe("");
    const lines = r.stderr.trim().split("\n");
    expect(lines[0]).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it("fails with one line on a missing or non-SQLite database, creating nothing", () => {
    const missing = join(tmp.dir, "nope", "x.sqlite");
    const r1 = review(["export", "--guild", GUILD_A, "--db", missing]);
    expect(r1.status).toBe(1);
    expect(r1.stderr.trim()).toBe(`review: cannot open database ${missing}: no such file`);
    expect(existsSync(join(tmp.dir, "nope"))).toBe(false);
    const junk = join(tmp.dir, "junk.sqlite");
    writeFileSync(junk, "junk");
    const r2 = review(["export", "--guild", GUILD_A, "--db", junk]);
    expect(r2.status).toBe(1);
    expect(r2.stderr.trim().split("\n")).toHaveLength(1);
    expect(r2.stderr).toMatch(/not an SQLite database/);
  });
});
