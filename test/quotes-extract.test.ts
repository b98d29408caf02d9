/**
 * Quote extraction on small hand-written articles, one case per rule, run
 * through the real segmentation and wink-nlp. The names and wording differ
 * from the bundled corpus on purpose: the rules must not depend on it.
 */
import { describe, expect, it } from "vitest";
import { extract, speakersByText } from "./fixtures/quotes-helpers.js";

describe("quote marks and spans", () => {
  it("takes curly and straight double quotes, with the span inside the marks and no trailing comma", () => {
    const r = extract(
      [
        "BERLIN — German Chancellor Olaf Scholz met farmers on Monday.",
        "“We will not abandon the countryside,” Scholz said.",
        '"Prices must come down," he added.',
      ].join("\n"),
    );
    expect(r.quotes.map((q) => q.text)).toEqual(["We will not abandon the countryside", "Prices must come down"]);
    for (const q of r.quotes) {
      expect(r.article.body.slice(q.start, q.end)).toBe(q.text);
      expect(q.kind).toBe("full");
      expect(q.attribution.name).toBe("Olaf Scholz");
    }
    expect(r.quotes.map((q) => q.attribution.method)).toEqual(["named", "resolved"]);
  });

  it("follows a quote that opens a paragraph and runs on into the next ones, inheriting the speaker", () => {
    const r = extract(
      [
        "Mayor Anne Hidalgo spoke to reporters in Paris.",
        "“The river will be clean for the swimmers,” she said.",
        "“We have spent years on the sewers. The work is finished.",
        "“Anyone who doubts it can come and swim with me.”",
        "Critics were not convinced.",
      ].join("\n"),
    );
    expect(r.quotes.map((q) => [q.paragraph, q.attribution.name, q.attribution.method])).toEqual([
      [1, "Anne Hidalgo", "resolved"],
      [2, "Anne Hidalgo", "inherited"],
      [3, "Anne Hidalgo", "inherited"],
    ]);
    expect(r.quotes[1]?.text).toBe("We have spent years on the sewers. The work is finished.");
  });

  it("takes both halves of a quote split around its attribution", () => {
    const r = extract(
      [
        "Finance Minister Rachel Reeves defended the budget.",
        "“This is a budget for growth,” she said in London. “It will pay for itself.”",
      ].join("\n"),
    );
    expect(speakersByText(r)).toEqual({ "This is a budget for growth": "Rachel Reeves", "It will pay for itself.": "Rachel Reeves" });
    expect(r.quotes.map((q) => q.attribution.method)).toEqual(["resolved", "inherited"]);
  });

  it("takes a partial quote inside a sentence", () => {
    const r = extract("Asked about the strike, Governor Kathy Hochul said “we will not back down” and left the stage.");
    expect(r.quotes).toHaveLength(1);
    expect(r.quotes[0]).toMatchObject({ text: "we will not back down", kind: "partial", attribution: { name: "Kathy Hochul", method: "named" } });
  });
});

describe("scare quotes, titles, boilerplate and single quotes", () => {
  it("rejects a short quoted phrase with no speaker in its sentence, and keeps one with a speaker", () => {
    const r = extract(
      [
        "Senator Elizabeth Warren spoke on Tuesday.",
        "The bank's so-called “safety net” has drawn criticism for years.",
        "Warren said the deal was “rotten” and should be scrapped.",
      ].join("\n"),
    );
    expect(r.quotes.map((q) => [q.text, q.kind, q.attribution.name])).toEqual([["rotten", "partial", "Elizabeth Warren"]]);
    expect(r.rejected.map((x) => [x.text, x.reason])).toEqual([["safety net", "scare-quote"]]);
  });

  it("does not take a programme title for a quote", () => {
    const r = extract("President Emmanuel Macron appeared on the evening show “Questions for the Nation,” where viewers called in.");
    expect(r.quotes).toEqual([]);
    expect(r.rejected.map((x) => [x.text, x.reason])).toEqual([["Questions for the Nation", "title"]]);
  });

  it("takes no quote from boilerplate paragraphs", () => {
    const r = extract(
      [
        "Prime Minister Mark Carney visited Ottawa.",
        "Read more: Carney says “trade war” must end",
        "“Canada will stand firm,” Carney said.",
      ].join("\n"),
    );
    expect(r.quotes.map((q) => q.text)).toEqual(["Canada will stand firm"]);
    expect(r.rejected.map((x) => x.reason)).toEqual(["boilerplate"]);
  });

  it("takes a single-quoted phrase only with a speaker in its sentence, and never an apostrophe", () => {
    const r = extract(
      [
        "Defence Secretary John Healey has warned of 'grey zone' attacks at sea.",
        "The navy's new 'hunter' drones and the allies' ships were on show.",
        "“We are watching,” Healey said.",
        "'We will not blink,' he added.",
      ].join("\n"),
    );
    expect(r.quotes.map((q) => [q.text, q.marks, q.attribution.name])).toEqual([
      ["grey zone", "single", "John Healey"],
      ["We are watching", "double", "John Healey"],
      ["We will not blink", "single", "John Healey"],
    ]);
  });
});

describe("outlets that quote in single marks", () => {
  it("takes a long single-quoted quote closed after a comma or a full stop, and still no long run between apostrophes", () => {
    const r = extract(
      [
        "The council leader, Margaret Quayle, said the levy would rise.",
        "‘We cannot keep patching a wall that the sea takes back every single winter,’ she said.",
        "Sailing club chair Tobin Reddy said: ‘Visitors will simply go elsewhere. This is a tax on the very people who keep the harbour alive.’",
        "The yachts’ owners and the harbour’s traders met the council’s officers, who said the club’s case was heard.",
      ].join("\n"),
    );
    expect(r.quotes.map((q) => [q.text, q.marks, q.attribution.name])).toEqual([
      ["We cannot keep patching a wall that the sea takes back every single winter", "single", "Margaret Quayle"],
      ["Visitors will simply go elsewhere. This is a tax on the very people who keep the harbour alive.", "single", "Tobin Reddy"],
    ]);
    for (const q of r.quotes) expect(r.article.body.slice(q.start, q.end)).toBe(q.text);
  });

  it("follows a single-quoted quote that runs on into the next paragraph, but not an elision", () => {
    const r = extract(
      [
        "Violinist Priya Anand, who speaks for the players, said: ‘We have played for three seasons without a raise.",
        "‘The board keeps telling us to wait. We have waited long enough.’",
        "Ticket sales peaked in the ‘90s, the board said.",
      ].join("\n"),
    );
    expect(r.quotes.map((q) => [q.paragraph, q.text, q.attribution.name])).toEqual([
      [0, "We have played for three seasons without a raise.", "Priya Anand"],
      [1, "The board keeps telling us to wait. We have waited long enough.", "Priya Anand"],
    ]);
    for (const q of r.quotes) expect(r.article.body.slice(q.start, q.end)).toBe(q.text);
  });
});

describe("titles abbreviated in US wire style", () => {
  it("strips Gov., Sen., Rep., Prof and the Rev. from the name, and a full stop after one ends no sentence", () => {
    const r = extract(
      [
        "Gov. Kathy Ormond asked for federal help on Tuesday.",
        "“We need help now,” Ormond said.",
        "“I will push for a vote,” said Rep. Dana Whitfield.",
        "“People are scared,” said the Rev. James Okoro, who runs a shelter in Dunmore.",
        "Prof Elaine Ward said: “The levees were never built for this.”",
      ].join("\n"),
    );
    expect(r.quotes.map((q) => q.attribution.name)).toEqual(["Kathy Ormond", "Dana Whitfield", "James Okoro", "Elaine Ward"]);
    for (const q of r.quotes) expect(r.article.body.slice(q.start, q.end)).toBe(q.text);
  });
});

describe("reporting clauses", () => {
  const cases: Array<[string, string, string]> = [
    ["X said", "“The port is open,” Jane Doe said.", "Jane Doe"],
    ["said X", "“The port is open,” said Jane Doe.", "Jane Doe"],
    ["X told", "“The port is open,” Jane Doe told reporters.", "Jane Doe"],
    ["X added", "Jane Doe added: “The port is open.”", "Jane Doe"],
    ["X claimed", "Jane Doe claimed the port was “open to everyone.”", "Jane Doe"],
    ["X asked", "“Is the port open?” Jane Doe asked.", "Jane Doe"],
    ["X says", "Jane Doe says the port is “open to everyone.”", "Jane Doe"],
    ["according to X", "The port would be “open to everyone,” according to Jane Doe.", "Jane Doe"],
    ["X responded by asking", "Jane Doe responded to the report by asking, “Who closed the port?”", "Jane Doe"],
  ];
  it.each(cases)("finds the speaker with %s", (_name, sentence, speaker) => {
    const r = extract(`Harbour master Jane Doe spoke on Friday.\n${sentence}`);
    expect(r.quotes).toHaveLength(1);
    expect(r.quotes[0]?.attribution).toMatchObject({ name: speaker, method: "named" });
  });

  it("keeps a title or description before the name out of the name", () => {
    const r = extract("“Talks are possible,” Kremlin spokesperson Dmitry Peskov said.");
    expect(r.quotes[0]?.attribution).toMatchObject({ name: "Dmitry Peskov", label: "Kremlin spokesperson Dmitry Peskov", method: "named" });
    expect(r.people.find((p) => p.name === "Dmitry Peskov")?.roles).toEqual(["kremlin spokesperson"]);
  });

  it("does not take the addressee of a passive or the subject of a relative clause for the speaker", () => {
    const r = extract(
      [
        "Foreign Minister Penny Wong was asked about the visit by a resident who asked for calm.",
        "“We welcome the visit,” she said.",
      ].join("\n"),
    );
    expect(speakersByText(r)).toEqual({ "We welcome the visit": "Penny Wong" });
  });
});

describe("resolving pronouns and descriptions", () => {
  it("gives “he said” to the subject of the nearest reporting clause, not the last name mentioned", () => {
    const r = extract(
      [
        "Former President Donald Trump spoke to donors in Florida.",
        "Trump claimed Xi Jinping wanted to meet with him as he spoke with the governors.",
        "“President Xi wants to meet. That is a great thing,” he said.",
      ].join("\n"),
    );
    expect(speakersByText(r)).toEqual({ "President Xi wants to meet. That is a great thing": "Donald Trump" });
  });

  it("resolves a description to the person the articles give that title, through the role families", () => {
    const r = extract(
      [
        "French President Emmanuel Macron hosted the summit in Paris.",
        "“Europe must defend itself,” the French leader said.",
        "“We are not afraid,” France’s long-serving president told the press.",
      ].join("\n"),
    );
    expect(r.quotes.map((q) => [q.attribution.name, q.attribution.label, q.attribution.method])).toEqual([
      ["Emmanuel Macron", "the French leader", "resolved"],
      ["Emmanuel Macron", "France’s long-serving president", "resolved"],
    ]);
  });

  it("does not resolve a description whose country does not fit", () => {
    const r = extract(["French President Emmanuel Macron hosted the summit.", "“We disagree,” the German leader said."].join("\n"));
    expect(r.quotes[0]?.attribution).toMatchObject({ name: null, label: "the German leader" });
  });

  it("keeps unnamed sources unnamed, with their label as written", () => {
    const r = extract(
      [
        "President Joe Biden left for Rome on Thursday.",
        "“The mood is grim,” a senior Western diplomat told the newspaper.",
        "The bridge was “badly damaged,” local authorities said.",
      ].join("\n"),
    );
    expect(r.quotes.map((q) => [q.attribution.name, q.attribution.label, q.attribution.method])).toEqual([
      [null, "a senior Western diplomat", "named"],
      [null, "local authorities", "named"],
    ]);
  });

  it("takes the name in apposition to a description, and widens unnamed sources over their post-modifier", () => {
    const r = extract(
      [
        "The prime minister, Keir Starmer, told MPs: “The health service is broken.”",
        "“We are close to a deal,” one person familiar with the talks said.",
        "Officials said the plan was “dead on arrival.”",
        "“We will respond,” the Kremlin said.",
      ].join("\n"),
    );
    expect(r.quotes.map((q) => [q.attribution.name, q.attribution.label])).toEqual([
      ["Keir Starmer", "Keir Starmer"],
      [null, "one person familiar with the talks"],
      [null, "Officials"],
      ["Kremlin", "the Kremlin"],
    ]);
    expect(r.people.find((p) => p.name === "Kremlin")?.kind).toBe("organisation");
  });

  it("never lets a quote inherit when its own sentence has a reporting verb it could not read", () => {
    const r = extract(["“The budget is fair,” Chancellor Rachel Reeves said.", "“It is not,” they said."].join("\n"));
    expect(r.quotes.map((q) => q.text)).toEqual(["The budget is fair"]);
  });

  it("lets a paragraph-long quote with no attribution inherit the previous paragraph's speaker", () => {
    const r = extract(
      [
        "“Our exports grew again,” Trade Minister Ana Brnabic said.",
        "“The factories are full and the order books are long.”",
        "Economists disagree.",
        "“Nobody believes the figures.”",
      ].join("\n"),
    );
    expect(r.quotes.map((q) => [q.text, q.attribution.name, q.attribution.method])).toEqual([
      ["Our exports grew again", "Ana Brnabic", "named"],
      ["The factories are full and the order books are long.", "Ana Brnabic", "inherited"],
    ]);
    expect(r.rejected.map((x) => [x.text, x.reason])).toEqual([["Nobody believes the figures.", "unattributed"]]);
  });

  it("maps a surname, a spelling variant and an honorific to the article's full name", () => {
    const r = extract(
      [
        "Ukrainian President Volodymyr Zelenskyy addressed parliament.",
        "“We need air defence,” Zelensky said.",
        "“The winter will be hard,” Ms Svyrydenko, the prime minister, said.",
      ].join("\n"),
    );
    expect(r.quotes[0]?.attribution.name).toBe("Volodymyr Zelenskyy");
    expect(r.quotes[1]?.attribution.name).toBe("Svyrydenko");
    expect(r.people.find((p) => p.name === "Svyrydenko")).toMatchObject({ gender: "female", honorifics: ["Ms Svyrydenko"] });
  });
});

describe("the citation invariant", () => {
  it("holds for every quote of every case above", () => {
    const bodies = [
      "“Quote one,” he said of it. Jane Doe said so.\n\"Straight quote,\" said Jane Doe, adding: \"Another.\"",
      "Mayor Jan Kowalski said \u201cwe will rebuild\u201d and left.\n\u201cIt is done.\u201d",
    ];
    for (const body of bodies) {
      const r = extract(body);
      for (const q of r.quotes) expect(r.article.body.slice(q.start, q.end)).toBe(q.text);
    }
  });
});
