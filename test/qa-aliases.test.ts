/**
 * Spelling variants: aliases from the corpus's aliases.txt, case,
 * diacritics, curly vs straight quotes, and "us" the pronoun vs "US" the
 * country — the same pipeline on the question side and the article side.
 */
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openEngine, type Answer, type AskResult, type QaEngine } from "../src/qa/index.js";
import { buildAliasTable, parseAliases, type AliasTable } from "../src/qa/nlp/aliases.js";
import { termsOfText } from "../src/qa/nlp/terms.js";

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const ALIASES = path.join(REPO, "corpus", "aliases.txt");

let aliases: AliasTable;
beforeAll(async () => {
  const parsed = parseAliases(await readFile(ALIASES, "utf8"), "aliases.txt");
  if (!parsed.ok) throw new Error(parsed.errors.join("\n"));
  aliases = buildAliasTable(parsed.groups);
});

const terms = (text: string) => termsOfText(text, aliases);

describe("termsOfText: spellings that must find each other", () => {
  it.each([
    ["Zelensky", ["Zelenskyy", "Zelenskiy", "Zelenskyi", "Zelenski", "ZELENSKYY", "zelenskyy", "Zelenskýy", "Zelenskyy's", "Zelenskyy’s", "Zelensky’s"]],
    ["Kyiv", ["Kiev", "KIEV", "kiev", "Kiev's", "Kiev’s", "KYIV"]],
    ["NATO", ["Nato", "nato", "N.A.T.O.", "NATO’s", "Nato's", "North Atlantic Treaty Organization", "North Atlantic Treaty Organisation"]],
    ["defence", ["defense", "Defence", "DEFENSE"]],
    ["US", ["U.S.", "USA", "U.S.A.", "United States", "United States of America", "America"]],
    ["UK", ["U.K.", "United Kingdom", "Britain", "Great Britain"]],
    ["Kryvyi Rih", ["Krivoy Rog", "KRYVYI RIH"]],
    ["ceasefire", ["cease-fire", "cease fire", "Ceasefire"]],
    ["Kharkiv", ["Kharkov"]],
    ["Peskov", ["Peskow"]],
    ["scepticism", ["skepticism"]],
  ])("%s", (canonical, variants) => {
    const expected = terms(canonical);
    expect(expected).toHaveLength(1);
    for (const v of variants) expect(terms(v), v).toEqual(expected);
  });

  it("a multi-word alias is one term inside a sentence, in either spelling", () => {
    expect(terms("Sanctions by the United States hit Gazprom")).toEqual(terms("Sanctions by the US hit Gazprom"));
    expect(terms("A strike on Krivoy Rog last night")).toEqual(terms("A strike on Kryvyi Rih last night"));
    expect(terms("The North Atlantic Treaty Organization met")).toEqual(terms("Nato met"));
  });

  it("case, diacritics and typographic quotes do not matter", () => {
    expect(terms("PUTIN’S “HIGH-TECH DUEL”")).toEqual(terms("Putin's \"high-tech duel\""));
    expect(terms("‘high-tech duel’")).toEqual(terms("'high-tech duel'"));
    expect(terms("Café in Zürich")).toEqual(terms("cafe in Zurich"));
    expect(terms("Zelenske\u0301yy")).toEqual(terms("Zelenskéyy")); // decomposed and precomposed accents
    expect(terms("Kyiv’s air defences")).toEqual(terms("Kyiv's air defences"));
    expect(terms("Putin’s")).toEqual(["putin"]);
  });

  it("'us' the pronoun is a stop word; US, U.S. and United States are the country", () => {
    expect(terms("us")).toEqual([]);
    expect(terms("Let us talk")).not.toContain(terms("US")[0]);
    expect(terms("US")).toEqual(["us"]);
    expect(terms("U.S. sanctions")).toContain("us");
    expect(terms("They told us about US sanctions")).toEqual(terms("They told about US sanctions"));
  });

  it("different words stay different", () => {
    expect(terms("Kyiv")).not.toEqual(terms("Kharkiv"));
    expect(terms("Zelensky")).not.toEqual(terms("Zelenska"));
    expect(terms("NATO")).not.toEqual(terms("UN"));
    expect(terms("UK")).not.toEqual(terms("US"));
  });

  it("without the alias table, the variants are different terms (the table does the work)", () => {
    const none = buildAliasTable([]);
    expect(termsOfText("Kiev", none)).not.toEqual(termsOfText("Kyiv", none));
    expect(termsOfText("Zelenskyy", none)).not.toEqual(termsOfText("Zelensky", none));
    expect(termsOfText("defense", none)).not.toEqual(termsOfText("defence", none));
  });

  it("words no alias names get the same terms with or without a table (the table-free path skips alias matching)", () => {
    const text = "US officials said the high-tech U.S. plan, organised by Putin’s aides, would cost millions — 'they' us n't.";
    const table = buildAliasTable([{ canonical: "Harbour Board", variants: ["Port Authority"] }]);
    expect(table.terms.size).toBeGreaterThan(0);
    expect(termsOfText(text, buildAliasTable([]))).toEqual(termsOfText(text, table));
    // Acronyms kept, stop words and clitics dropped, a hyphenated word split, irregular verbs at their base, the same both ways.
    expect(termsOfText(text, buildAliasTable([]))).toEqual(["us", "offici", "say", "high", "tech", "plan", "organ", "putin", "aid", "cost", "million"]);
    expect(termsOfText("the U.S. said", buildAliasTable([]))).toEqual(termsOfText("the U.S. said", table));
  });

  it("a multi-word alias is matched longest first, wherever it starts, and one that shares a first word does not block another", () => {
    const table = buildAliasTable([
      { canonical: "Harbour Board", variants: ["Port Authority", "Port Authority of Tarnwick"] },
      { canonical: "Portland", variants: ["Port City"] },
      { canonical: "United States", variants: ["US"] },
    ]);
    // The longer spelling wins over its own prefix; the second "Port" starts a different alias.
    expect(termsOfText("Officials of the Port Authority of Tarnwick met the Port City council", table)).toEqual(["offici", "harbor_board", "meet", "portland", "council"]);
    expect(termsOfText("the Port Authority said", table)).toEqual(["harbor_board", "say"]);
    // "Port" alone, not followed by any alias's next word, is an ordinary term.
    expect(termsOfText("the port reopened", table)).toEqual(["port", "reopen"]);
    // A one-word alias that is a stop word counts only as an acronym.
    expect(termsOfText("US troops told us", table)).toEqual(["united_states", "troop", "tell"]);
  });
});

describe("parseAliases", () => {
  it("reads groups, skips comments and blank lines", () => {
    const parsed = parseAliases("# c\n\nKyiv = Kiev\n  Zelensky = Zelenskyy , Zelenskiy  \r\n", "a.txt");
    expect(parsed).toEqual({
      ok: true,
      groups: [
        { canonical: "Kyiv", variants: ["Kiev"] },
        { canonical: "Zelensky", variants: ["Zelenskyy", "Zelenskiy"] },
      ],
    });
  });

  it("names file:line for every bad line", () => {
    const parsed = parseAliases("Kyiv = Kiev\nno equals\n= orphan\nEU =\n", "corpus/aliases.txt");
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors).toEqual([
      'corpus/aliases.txt:2: expected "canonical = variant, variant", got "no equals"',
      'corpus/aliases.txt:3: expected "canonical = variant, variant", got "= orphan"',
      'corpus/aliases.txt:4: expected "canonical = variant, variant", got "EU ="',
    ]);
  });

  it("the bundled alias file parses", async () => {
    const parsed = parseAliases(await readFile(ALIASES, "utf8"), "aliases.txt");
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.groups.length).toBeGreaterThanOrEqual(10);
  });
});

// Each article uses one spelling; the questions use the other.
const ARTICLES: Record<string, string> = {
  "zelenskyy-front": "Ukrainian President Volodymyr Zelenskyy visited soldiers on the front line near Pokrovsk on Tuesday.",
  "kiev-sirens": "Air raid sirens sounded across Kiev overnight as the capital braced for another wave of drones.",
  "nato-flank": "Nato allies agreed to send more air defense systems to the eastern flank before the winter.",
  "us-sanctions": [
    "The US will announce new sanctions on Gazprom on Monday, officials said.",
    "Officials told us that the pipeline negotiations would resume in the spring.",
  ].join("\n"),
  "curly-duel": "Putin’s “high-tech duel” offer was dismissed by the Pentagon as theatre.",
  "straight-offer": "Peskov's \"peace formula\" remarks were rejected by the Baltic states.",
};

function articleFile(id: string, body: string): string {
  return `---\nid: ${id}\nheadline: Report ${id}\noutlet: Outlet ${id}\npublished: 2024-12-19\n---\n${body}\n`;
}

let tmp: string;
let withAliases: QaEngine;
let withoutAliases: QaEngine;
beforeAll(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), "citebot-qa-aliases-"));
  for (const dir of ["with", "without"]) {
    await mkdir(path.join(tmp, dir));
    for (const [id, body] of Object.entries(ARTICLES)) await writeFile(path.join(tmp, dir, `${id}.md`), articleFile(id, body));
  }
  await copyFile(ALIASES, path.join(tmp, "with", "aliases.txt"));
  withAliases = await openEngine({ corpusDir: path.join(tmp, "with"), cache: false });
  withoutAliases = await openEngine({ corpusDir: path.join(tmp, "without"), cache: false });
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

function top(result: AskResult): Answer {
  if (!result.answered) throw new Error(`not answered: ${result.reason} (${result.unknownTerms.join(", ")})`);
  return result.answers[0] as Answer;
}

const bold = (a: Answer) => a.highlights.map((h) => a.text.slice(h.start, h.end));

describe("engine.ask over a corpus that spells things the other way", () => {
  it.each([
    ["Where did Zelensky visit soldiers?", "zelenskyy-front", "Zelenskyy"],
    ["Where did ZELENSKIY visit soldiers?", "zelenskyy-front", "Zelenskyy"],
    ["Where did Zelenskýy visit soldiers?", "zelenskyy-front", "Zelenskyy"],
    ["Where did Zelensky’s soldiers fight?", "zelenskyy-front", "Zelenskyy"],
    ["What sounded across Kyiv overnight?", "kiev-sirens", "Kiev"],
    ["What sounded across KYIV overnight?", "kiev-sirens", "Kiev"],
    ["What did NATO allies agree to send?", "nato-flank", "Nato"],
    ["What did North Atlantic Treaty Organization allies agree?", "nato-flank", "Nato"],
    ["Which air defence systems will the allies send?", "nato-flank", "defense"],
    ["What will the United States announce about Gazprom?", "us-sanctions", "US"],
    ["What will the U.S. announce?", "us-sanctions", "US"],
    ["What was Putin's \"high-tech duel\" offer?", "curly-duel", "Putin’s"],
    ["Who rejected Peskov’s “peace formula” remarks?", "straight-offer", "Peskov's"],
  ])("%s → %s", (question, articleId, word) => {
    const a = top(withAliases.ask(question));
    expect(a.citation.articleId).toBe(articleId);
    // The variant spelling in the article is shown in bold: it matched.
    expect(bold(a).join(" ")).toContain(word);
  });

  it("without aliases.txt the other spelling never matches (the alias file is what joins the spellings)", () => {
    for (const [question, word, spelling] of [
      ["What sounded across Kyiv overnight?", "Kyiv", "Kiev"],
      ["Where did Zelensky visit soldiers?", "Zelensky", "Zelenskyy"],
    ] as const) {
      // Named as the question writes it.
      const unknown: string = word;
      const r = withoutAliases.ask(question);
      // Not found, naming the spelling the corpus lacks; or passages found by the question's other words alone.
      if (r.answered) for (const a of r.answers) expect(bold(a).join(" "), question).not.toContain(spelling);
      else {
        expect(r.reason).toBe("unknown-terms");
        expect(r.unknownTerms).toEqual([unknown]);
      }
    }
    const nato = withoutAliases.ask("What did North Atlantic Treaty Organization allies agree?");
    if (nato.answered) for (const a of nato.answers) expect(bold(a).join(" ")).not.toContain("Nato");
  });

  it("'us' in a question is not the country: it neither matches nor highlights US", () => {
    const pronoun = top(withAliases.ask("What did officials tell us about the pipeline negotiations?"));
    expect(pronoun.text).toBe("Officials told us that the pipeline negotiations would resume in the spring.");
    expect(bold(pronoun)).not.toContain("us");
    expect(bold(pronoun).join(" ")).toContain("pipeline negotiations");

    const country = top(withAliases.ask("What will the US announce?"));
    expect(country.text).toBe("The US will announce new sanctions on Gazprom on Monday, officials said.");
    expect(bold(country)).toContain("US");
  });

  it("the 'us' pronoun in an article is never highlighted for a question about the US", () => {
    const r = withAliases.ask("Which US officials discussed the pipeline negotiations?", { limit: 10 });
    expect(r.answered).toBe(true);
    if (!r.answered) return;
    const pronoun = r.answers.find((a) => a.text.startsWith("Officials told us"));
    expect(pronoun).toBeDefined();
    for (const a of r.answers) {
      const words = bold(a).flatMap((b) => b.split(/\s+/));
      expect(words, a.text).not.toContain("us");
    }
  });

  it("a question that is all alias variants still finds the article", () => {
    expect(top(withAliases.ask("Kyiv")).citation.articleId).toBe("kiev-sirens");
    expect(top(withAliases.ask("zelenskiy")).citation.articleId).toBe("zelenskyy-front");
  });
});
