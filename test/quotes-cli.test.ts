/**
 * `npm run quote` as a person uses it: JSON and human output, an unknown
 * speaker as an answer (exit 0), bad input as one line on stderr.
 */
import { execFile } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

function quote(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ["--import", "tsx", "src/cli/quote.ts", ...args], { cwd: ROOT }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === "number" ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

describe("npm run quote", () => {
  it("prints a speaker's quotes as JSON, each with an exact citation", async () => {
    const { code, stdout } = await quote("--speaker", "zelenskyy", "--json");
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as { speaker: { id: string }; quotes: Array<{ text: string; citation: { quote: string }; attribution: { method: string } }> };
    expect(out.speaker.id).toBe("volodymyr-zelensky");
    expect(out.quotes.length).toBe(3);
    for (const q of out.quotes) expect(q.citation.quote).toBe(q.text);
  });

  it("answers an unknown speaker with the closest ones and exit code 0", async () => {
    const human = await quote("--speaker", "Putn");
    expect(human.code).toBe(0);
    expect(human.stdout).toMatch(/No speaker called "Putn".*Closest: Vladimir Putin/);
    const json = await quote("--speaker", "Putn", "--json");
    expect(JSON.parse(json.stdout)).toMatchObject({ speaker: null, closest: [{ id: "vladimir-putin" }] });
  });

  it("lists speakers with aliases and quote counts", async () => {
    const { code, stdout } = await quote("--list-speakers", "--json");
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as { speakers: Array<{ id: string; aliases: string[]; quoteCount: number }> };
    expect(out.speakers[0]).toMatchObject({ id: "vladimir-putin" });
    expect(out.speakers.find((s) => s.id === "volodymyr-zelensky")?.aliases).toContain("Zelenskyy");
  });

  it("lists for a reader only the people quoted, and says how many more the articles name", async () => {
    const { stdout } = await quote("--list-speakers");
    const json = JSON.parse((await quote("--list-speakers", "--json")).stdout) as { speakers: Array<{ quoteCount: number }> };
    const silent = json.speakers.filter((s) => s.quoteCount === 0).length;
    expect(silent).toBeGreaterThan(0);
    const counts = stdout.trim().split("\n").slice(0, -1).map((l) => Number(l.trim().split(/\s+/)[0]));
    expect(counts.every((n) => n > 0)).toBe(true);
    expect(stdout.trim().split("\n").at(-1)).toBe(`(${silent} more named without a direct quote; --json lists them)`);
  });

  it.each([
    [["--speaker", "  "], 2, /speaker: empty/],
    [[], 2, /--speaker NAME or --list-speakers/],
    [["--speaker", "Putin", "--limit", "0"], 2, /--limit/],
    [["--speaker", "Putin", "--corpus", "/nonexistent-corpus"], 1, /cannot read the corpus directory/],
  ])("refuses %j with one line on stderr and exit code %i", async (args, exit, message) => {
    const { code, stdout, stderr } = await quote(...(args as string[]));
    expect(code).toBe(exit);
    expect(stdout).toBe("");
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).toMatch(message as RegExp);
  });
});
