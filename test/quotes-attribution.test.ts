/**
 * Attribution across house styles, on invented sentences (one shape per
 * rule): names kept whole and apart from their roles, letters outside
 * Latin-1, lookups with and without diacritics, reporting verbs and shapes
 * beyond "X said, “...”". None of these sentences is taken from a corpus.
 */
import { describe, expect, it } from "vitest";
import { buildQuoteIndex, findQuotes, lookupSpeaker } from "../src/qa/quotes/index.js";
import { articleOf, extract, quoteIndexOf, sourceOf, speakersByText, TEST_ALIASES } from "./fixtures/quotes-helpers.js";

describe("names and roles", () => {
  it("keeps a name with letters outside Latin-1 whole", () => {
    const r = extract(["President Mehmet Yıldıroğlu said, “The border stays open.”", "Lech Wałkowski said, “Nobody asked us.”"].join("\n"));
    expect(speakersByText(r)).toEqual({ "The border stays open.": "Mehmet Yıldıroğlu", "Nobody asked us.": "Lech Wałkowski" });
  });

  it("separates roles and occupations from the name and keeps them as the speaker's role", () => {
    const r = extract(
      [
        "Co-author Mei-Lin Tsao said, “The fossils surprised us.”",
        "Geologist and museum editor Hanna Virtanen said, “The rock is older.”",
        "Station meteorologist Rolf Ambler said, “Expect snow by noon.”",
        "Researcher Tomasz Lewicki said, “We counted twice.”",
      ].join("\n"),
    );
    expect(speakersByText(r)).toEqual({
      "The fossils surprised us.": "Mei-Lin Tsao",
      "The rock is older.": "Hanna Virtanen",
      "Expect snow by noon.": "Rolf Ambler",
      "We counted twice.": "Tomasz Lewicki",
    });
    const index = quoteIndexOf(r.article.body);
    expect(index.speakers.find((s) => s.name === "Rolf Ambler")?.roles).toContain("station meteorologist");
    expect(index.speakers.find((s) => s.name === "Mei-Lin Tsao")?.roles).toContain("co-author");
  });

  it("ends a title with a place or an organisation before the name, and keeps organisation names with 'of' whole", () => {
    const r = extract(
      [
        "Minister of Fisheries Aroha Tane said, “The quota is final.”",
        "Former envoy to the World Council Dario Pellen said, “Talks failed.”",
        "The Ministry of Transport said, “Trains will run.”",
      ].join("\n"),
    );
    expect(speakersByText(r)).toEqual({ "The quota is final.": "Aroha Tane", "Talks failed.": "Dario Pellen", "Trains will run.": "Ministry of Transport" });
  });

  it("keeps lower-case particles in names", () => {
    const r = extract("Marta van der Berghe said, “We are ready.”");
    expect(r.quotes[0]?.attribution.name).toBe("Marta van der Berghe");
  });
});

describe("particles inside names", () => {
  it("keeps 'da', 'de la' inside a name however the tagger reads them, before or after the verb", () => {
    const r = extract(
      ["The summit opened on Monday.", "Luiz Inácio Lula da Silva said: “We will act now.”", "“The funds are there,” said María de la Cruz."].join("\n"),
    );
    expect(speakersByText(r)).toEqual({ "We will act now.": "Luiz Inácio Lula da Silva", "The funds are there": "María de la Cruz" });
  });

  it("reads a surname that opens with a particle as that person's surname, not someone else's full name", () => {
    const r = extract(
      [
        "Minister Seán Ó Fearghaíl and Luiz Inácio Lula da Silva met on Monday.",
        "“It is time,” said Ó Fearghaíl.",
        "“Not yet,” da Silva replied.",
        "“Sing,” said Van Morrison.",
      ].join("\n"),
    );
    expect(speakersByText(r)).toEqual({ "It is time": "Seán Ó Fearghaíl", "Not yet": "Luiz Inácio Lula da Silva", Sing: "Van Morrison" });
  });
});

describe("lookup by any printed spelling", () => {
  const body = [
    "Governor Ana Lucía Vázquez Orta said, “The island needs calm.”",
    "President Mehmet Yıldıroğlu said, “The border stays open.”",
    "Lech Wałkowski said, “Nobody asked us.”",
  ].join("\n");
  const index = quoteIndexOf(body);

  it("finds a person by a word of the name, with or without diacritics", () => {
    for (const typed of ["Vazquez", "Vázquez", "vazquez orta"]) expect(lookupSpeaker(index, typed)?.name, typed).toBe("Ana Lucía Vázquez Orta");
    for (const typed of ["Yildiroglu", "Yıldıroğlu"]) expect(lookupSpeaker(index, typed)?.name, typed).toBe("Mehmet Yıldıroğlu");
    expect(lookupSpeaker(index, "Walkowski")?.name).toBe("Lech Wałkowski");
    const found = findQuotes(index, { speaker: "Yildiroglu" });
    expect(found.speaker === null ? [] : found.quotes.map((q) => q.text)).toEqual(["The border stays open."]);
  });

  it("prefers the name a word ends, then the most quoted, when several names hold it", () => {
    const two = quoteIndexOf(["Paula Serrat Vidal said, “Yes.”", "Jordi Serrat said, “No.”", "Jordi Serrat said, “Never.”", "Ada Vidal Puig said, “Maybe.”"].join("\n"));
    expect(lookupSpeaker(two, "Serrat")?.name).toBe("Jordi Serrat");
    expect(lookupSpeaker(two, "Vidal")?.name).toBe("Paula Serrat Vidal");
  });
});

describe("subjects away from their verb", () => {
  it("takes the name before asides between commas, however long", () => {
    const r = extract(
      [
        "Jonas Eklund, a lecturer at the Baltic Institute who ran the survey, said, “Most ferries were late.”",
        "Priya Raman, of the Daily Courier, one of its founders, stated, “We never sold.”",
      ].join("\n"),
    );
    expect(speakersByText(r)).toEqual({ "Most ferries were late.": "Jonas Eklund", "We never sold.": "Priya Raman" });
  });

  it("after the verb, gives the quote to the name set after a role's description, not to the description", () => {
    const r = extract(
      [
        "Health Minister Anna Berg spoke on Monday.",
        "“The money is already allocated,” said Berg's spokeswoman, Maria Lund.",
        "“The plan is sound,” said her spokesman, Olaf Dahl.",
        "“We were not consulted,” said a spokesman for the nurses' union, Lars Lindqvist.",
        "“We are ready,” said the minister's adviser, a former nurse.",
      ].join("\n"),
    );
    expect(r.quotes.map((q) => q.attribution.name ?? q.attribution.label)).toEqual(["Maria Lund", "Olaf Dahl", "Lars Lindqvist", "the minister's adviser"]);
  });

  it("gives the quote to the person, not to the affiliation written after the name", () => {
    const r = extract(
      [
        "Tomas Herrera of the Fishermen's Guild added, “The nets are empty.”",
        "Nadia Petrescu from the Green bloc said in a debate: “We will vote against.”",
      ].join("\n"),
    );
    expect(speakersByText(r)).toEqual({ "The nets are empty.": "Tomas Herrera", "We will vote against.": "Nadia Petrescu" });
  });

  it("reads a relative clause right before a quote as its antecedent's words, and an object relative clause as its subject's only when the quote is in it", () => {
    const r = extract(
      [
        "The motion was tabled by Ola Nordmann who said on the floor, “It is long overdue.”",
        "Ruth Amsel commented on the vote, which the Herald noted was unusual, “This bill is cruel.”",
        "Mayor Jan Kos said he had met Governor Eva Lind, who has promised to cut taxes.",
        "“We agreed on nothing,” he said.",
        "The memoir, which the Courier called “the dullest book of the decade”, sold well.",
      ].join("\n"),
    );
    expect(speakersByText(r)).toEqual({
      "It is long overdue.": "Ola Nordmann",
      "This bill is cruel.": "Ruth Amsel",
      "We agreed on nothing": "Jan Kos",
      "the dullest book of the decade": "Courier",
    });
  });

  it("gives a quote introduced by a colon, or by a comma after any verb, to the subject of the introducing clause", () => {
    const r = extract(
      [
        "Farmer Ilse Brandt rejected the proposal: “It ruins small farms.”",
        "Kofi Mensah, also on the radio, defended the plan, “Nobody loses a job.”",
        "Alba Rossi took to social media, posting on Monday, “The bridge is open.”",
      ].join("\n"),
    );
    expect(speakersByText(r)).toEqual({ "It ruins small farms.": "Ilse Brandt", "Nobody loses a job.": "Kofi Mensah", "The bridge is open.": "Alba Rossi" });
  });

  it("gives a document's words to its author", () => {
    const r = extract(
      [
        "“The harbour will close at noon,” according to a statement on Friday by Port Director Lena Vik.",
        "The ruling of the Appeals Court read, “The appeal is dismissed.”",
        "According to a memo posted online by Councillor Dev Patel, the vote was “rushed and unlawful”.",
      ].join("\n"),
    );
    expect(speakersByText(r)).toEqual({ "The harbour will close at noon": "Lena Vik", "The appeal is dismissed.": "Appeals Court", "rushed and unlawful": "Dev Patel" });
  });
});

describe("persons and organisations", () => {
  it("keeps a capitalised word the tagger calls a verb inside the name, and the acronym in brackets as an alias", () => {
    const body = [
      "Member of Parliament Ada Cooper of the Green Party added, “We object.”",
      "In a statement, the Northern Rivers Mounted Patrol (NRMP) confirmed the arrests, stating “Two men were detained.”",
    ].join("\n");
    expect(speakersByText(extract(body))).toEqual({ "We object.": "Ada Cooper", "Two men were detained.": "Northern Rivers Mounted Patrol" });
    const index = quoteIndexOf(body);
    const patrol = index.speakers.find((s) => s.name === "Northern Rivers Mounted Patrol");
    expect(patrol?.kind).toBe("organisation");
    expect(lookupSpeaker(index, "NRMP")?.id).toBe(patrol?.id);
  });

  it("takes an acronym that reports for an outlet or agency, never a person a pronoun could stand for", () => {
    const r = extract(["Union leader Piet Smit met managers on Sunday.", "KBX said the strike had ended.", "“Work resumes on Monday,” he said."].join("\n"));
    expect(speakersByText(r)["Work resumes on Monday"]).toBe("Piet Smit");
    expect(r.people.find((p) => p.name === "KBX")?.kind).not.toBe("person");
  });
});

describe("more shapes", () => {
  it("starts a subject after 'while', and skips a description before the name in asides", () => {
    const r = extract(
      [
        "Brightmart, in a bulletin, said sales were “far above forecast”, while Valueway, in a post on Friday, called it “a temporary spike”.",
        "After the vote, a Foreign Office spokesperson, Dana Whitlock, said, “We regret the decision.”",
      ].join("\n"),
    );
    expect(speakersByText(r)).toEqual({ "far above forecast": "Brightmart", "a temporary spike": "Valueway", "We regret the decision.": "Dana Whitlock" });
  });

  it("does not end a sentence at the full stop of an abbreviation", () => {
    const r = extract("Kai Brandt, a Ph.D. candidate at the Alpine Institute, said, “The glacier moved.”");
    expect(speakersByText(r)).toEqual({ "The glacier moved.": "Kai Brandt" });
  });

  it("names the person when the speaker after the quote is given with an affiliation", () => {
    const r = extract("“The harvest is lost,” said Marek Nowicki of Farmers Without Borders.");
    expect(speakersByText(r)).toEqual({ "The harvest is lost": "Marek Nowicki" });
  });

  it("resolves a definite description headed by the person's recorded role", () => {
    const r = extract(["Regional trade commissioner Amara Okafor opened the fair.", "The commissioner said, “Tariffs will fall next year.”"].join("\n"));
    expect(speakersByText(r)).toEqual({ "Tariffs will fall next year.": "Amara Okafor" });
  });

  it("takes a news outlet named in one word for an organisation, so a pronoun skips it", () => {
    const r = extract(["Coach Imre Bako spoke after the match.", "Reuters reported the club would appeal.", "“We deserved more,” he said."].join("\n"));
    expect(speakersByText(r)["We deserved more"]).toBe("Imre Bako");
  });

  it("gives a longer quote worked into a sentence with no reporting verb to a person who is its subject, not to an organisation", () => {
    const r = extract(
      ["Senator Rosa Quint dismissed the plan as “a waste of public money and time”.", "Glenmoor Holdings described the offer as “fair and final for everyone”."].join("\n"),
    );
    expect(speakersByText(r)["a waste of public money and time"]).toBe("Rosa Quint");
    expect(r.quotes.find((q) => q.text.startsWith("fair and final"))?.attribution.name ?? null).not.toBe("Rosa Quint");
  });
});

describe("sentence edges after a quote", () => {
  it("starts a new sentence after a closed quote when the next clause introduces its own quote or goes on past a short attribution", () => {
    const r = extract(
      [
        "Bishop Ana Ruiz said, “Why should we be exempt?” Deacon Luis Marin said, “Nobody is above the law.”",
        "Captain Ivo Kralj said, “The crew acted in self-defence. Nobody was hurt.” Harbour Watch has called for an inquiry into the incident.",
      ].join("\n"),
    );
    expect(speakersByText(r)).toEqual({
      "Why should we be exempt?": "Ana Ruiz",
      "Nobody is above the law.": "Luis Marin",
      "The crew acted in self-defence. Nobody was hurt.": "Ivo Kralj",
    });
  });

  it("reads a name with a joined particle and an opening word the tagger misreads", () => {
    const r = extract(
      [
        "Council chair President Omar Fathi el-Masri of Qalbia said, “Trade will grow.”",
        "Lead author Nora Lind, a Ph.D. candidate at the Fjord Institute, said, “The data are clear.”",
      ].join("\n"),
    );
    expect(speakersByText(r)).toEqual({ "Trade will grow.": "Omar Fathi el-Masri", "The data are clear.": "Nora Lind" });
  });
});

describe("pronouns", () => {
  it("resolves a pronoun to the person the sentence before is about, and learns her gender from 'she'", () => {
    const r = extract(
      [
        "Ines Alvar has played for the club since 2001.",
        "“It was a good day,” she recalls.",
        "Tomas Brel has coached the team for a year.",
        "After training, he told the Herald that “the pitch needs a lot of work”.",
      ].join("\n"),
    );
    expect(speakersByText(r)).toEqual({ "It was a good day": "Ines Alvar", "the pitch needs a lot of work": "Tomas Brel" });
  });

  it("takes the person a sentence opens on after a possessive description, with or without commas, for 'he'", () => {
    for (const neighbour of ["Her neighbour, Sam Okoro,", "Her neighbour Sam Okoro"]) {
      const r = extract([`Edna Pike said the new car park was “a disgrace to the whole town”.`, `${neighbour} disagreed.`, "“It has been fine for the shops,” he said."].join("\n"));
      expect(speakersByText(r), neighbour).toMatchObject({ "It has been fine for the shops": "Sam Okoro" });
    }
  });

  it("finds a titled name in a description's post-modifier, so a surname later is that full name", () => {
    const r = extract(["The session was cut short at the request of Prime Minister Anna Kowal on Friday.", "“We need time to read the report,” Kowal said."].join("\n"));
    expect(speakersByText(r)).toEqual({ "We need time to read the report": "Anna Kowal" });
  });

  it("does not read an opening adverbial before a name as a description of it", () => {
    const r = extract(["In the spring of 2019, Vera Lindgren moved the lab to Lund.", "Years later, Tomas Berg joined it.", "“We had no money at all,” he recalled."].join("\n"));
    expect(speakersByText(r)).toEqual({ "We had no money at all": "Tomas Berg" });
  });

  it("takes the person whose view, words or part a sentence opens on for a pronoun after it", () => {
    for (const frame of ["In Okafor's view", "In Okafor’s words", "For Okafor's part", "To Okafor's mind"]) {
      const r = extract(["Councillor Ada Okafor opposed the closure from the start.", "Mayor Ruth Adeyemi announced it on Tuesday.", `${frame}, the vote was rushed.`, "“We will fight this in court,” she said."].join("\n"));
      expect(speakersByText(r), frame).toMatchObject({ "We will fight this in court": "Ada Okafor" });
    }
  });

  it("but not a name after a preposition that says where or when", () => {
    const r = extract(["Mayor Ruth Adeyemi announced the closure on Tuesday.", "In Okafor Park, the gates were locked.", "“The decision is final,” she said."].join("\n"));
    expect(speakersByText(r)).toMatchObject({ "The decision is final": "Ruth Adeyemi" });
  });

  it("takes a name set after a role between commas for a person a pronoun can refer to", () => {
    const r = extract(["The ferry operator's chief, Mirela Stan, was unmoved by the protest.", "“The timetable stays as it is,” she said."].join("\n"));
    expect(speakersByText(r)).toEqual({ "The timetable stays as it is": "Mirela Stan" });
  });
});

describe("documents and unnamed bodies", () => {
  it("gives a document's words to the body named before it, and keeps the body's description when a pronoun refers back", () => {
    const r = extract(
      [
        "The ministry statement, which was posted online, announced the closure “with deep regret to all our staff”.",
        "The council of Eastvale issued a statement on Monday: “The bridge will stay closed.”",
        "Their statement also read “repairs will take a year”.",
      ].join("\n"),
    );
    const byText = Object.fromEntries(r.quotes.map((q) => [q.text, q.attribution]));
    // A kind alone names no one: an unnamed source under the words that describe it.
    expect(byText["with deep regret to all our staff"]).toMatchObject({ name: null, label: "The ministry" });
    expect(byText["The bridge will stay closed."]).toMatchObject({ name: "council of Eastvale", label: "The council of Eastvale" });
    expect(byText["repairs will take a year"]).toMatchObject({ name: "council of Eastvale", method: "resolved" });
  });

  it("keeps a body known only by its kind ('the court'), officials and indefinite sources unnamed, each found by its words", () => {
    const other = articleOf("“The appeal is dismissed,” the court said.", { id: "other-article" });
    const body = ["The court said the law was “plainly unfair to tenants”.", "Officials said the ruling was “under review”.", "“It is a mess,” a court clerk said."].join("\n");
    const index = buildQuoteIndex([sourceOf(articleOf(body), TEST_ALIASES), sourceOf(other, TEST_ALIASES)], TEST_ALIASES);
    expect(index.speakers).toEqual([]);
    expect(index.unnamed.map((u) => [u.label, u.quotes]).sort()).toEqual([["Officials", 1], ["The court", 2], ["a court clerk", 1]]);
    const found = findQuotes(index, { speaker: "the court" });
    expect(found.speaker === null ? [] : found.quotes.map((q) => q.text)).toEqual(expect.arrayContaining(["The appeal is dismissed", "plainly unfair to tenants"]));
  });

  it("reads an accusation verb after a name as reporting, however it is tagged", () => {
    const r = extract("US envoy Richard Bellamy alleged, without giving details, the firm had “helped the regime for years,” by moving cargo.");
    expect(speakersByText(r)).toEqual({ "helped the regime for years": "Richard Bellamy" });
  });
});

describe("ranks", () => {
  it("resolves 'the general' to a person whose rank is written abbreviated, with or without full stops", () => {
    for (const rank of ["Maj. Gen.", "Maj Gen", "Brig. Gen"]) {
      const r = extract([`${rank} Ilse Dorn inspected the base on Friday.`, "“The troops are ready,” the general said."].join("\n"));
      expect(speakersByText(r), rank).toEqual({ "The troops are ready": "Ilse Dorn" });
    }
  });

  it("leaves a rank written without a full stop, as British papers write it, out of the name", () => {
    for (const rank of ["Lt Col", "Col", "Brig", "Maj", "Adm", "Cpl"]) {
      const r = extract(["The army left the valley on Monday.", `“The bridge is secure,” said ${rank} Ana Ruiz.`, "“We leave at dawn,” Ruiz added."].join("\n"));
      expect(speakersByText(r), rank).toEqual({ "The bridge is secure": "Ana Ruiz", "We leave at dawn": "Ana Ruiz" });
    }
  });
});

describe("British titles and letters after a name", () => {
  it("leaves Baroness, Cllr, PM, DCI and Rt Hon out of the name", () => {
    for (const title of ["Baroness", "Cllr", "PM", "DCI", "the Rt Hon"]) {
      const r = extract(["The council met on Monday.", `“We will act now,” said ${title} Jane Roe.`].join("\n"));
      expect(speakersByText(r), title).toEqual({ "We will act now": "Jane Roe" });
    }
  });

  it("reads letters after a name (MP, QC, OBE) as what the person is, so the name speaks and 'the MP' is her later", () => {
    for (const letters of ["MP", "QC", "OBE"]) {
      const r = extract(["The council met on Monday.", `“We will act now,” said Jane Roe ${letters}.`].join("\n"));
      expect(speakersByText(r), letters).toEqual({ "We will act now": "Jane Roe" });
    }
    const r = extract(["The council met on Monday.", "Jane Roe MP said: “We will act now.”", "“Not before the vote,” the MP added."].join("\n"));
    expect(speakersByText(r)).toEqual({ "We will act now.": "Jane Roe", "Not before the vote": "Jane Roe" });
  });
});

describe("religious and royal titles, and generational suffixes", () => {
  it("leaves Father, Sister, Sheikh and Justice out of the name, and keeps Jr. and III in it", () => {
    const cases: Array<[string, string]> = [
      ["Father Tomas Brel", "Tomas Brel"],
      ["Sister Ines Alvar", "Ines Alvar"],
      ["Sheikh Omar bin Khalid", "Omar bin Khalid"],
      ["Justice Ana Ruiz", "Ana Ruiz"],
      ["Martin Luther King Jr.", "Martin Luther King Jr."],
      ["Tomas Brel Jr.", "Tomas Brel Jr."],
      ["King Harald III", "Harald III"],
    ];
    for (const [written, name] of cases) {
      const r = extract(["The council met on Monday.", `${written} said: “We will act now.”`].join("\n"));
      expect(speakersByText(r), written).toEqual({ "We will act now.": name });
    }
  });
});

describe("a title by its initials", () => {
  it("gives 'the PM', 'the CM', 'the CEO', 'the DA' to the person whose title they spell, and leaves 'the BBC' itself", () => {
    const cases: Array<[string, string]> = [
      ["Prime Minister Jane Roe", "the PM"],
      ["Karnataka Chief Minister Asha Rao", "the CM"],
      ["Chief Executive Officer Lena Fisk", "the CEO"],
      ["District Attorney Mia Holt", "the DA"],
    ];
    for (const [titled, initials] of cases) {
      const r = extract([`${titled} visited the flooded valley on Monday.`, `“We will act now,” ${initials} said.`].join("\n"));
      expect(speakersByText(r), initials).toEqual({ "We will act now": titled.split(" ").slice(-2).join(" ") });
    }
    const r = extract(["Prime Minister Jane Roe visited the flooded valley on Monday.", "“The valley is cut off,” the BBC said."].join("\n"));
    expect(speakersByText(r)).toEqual({ "The valley is cut off": "BBC" });
  });
});

describe("quoted as saying", () => {
  it("gives the words to the one 'quoted as saying', before or after the quote, with or without who quoted them", () => {
    const r = extract(
      [
        "Minister Jane Roe and her deputy Tom Hale visited the site on Monday.",
        "Roe was quoted by the Herald as saying: “We will act now.”",
        "“The funds are there,” Hale, 58, was quoted as saying.",
        "“Not one family will wait,” he was also quoted as saying.",
      ].join("\n"),
    );
    expect(speakersByText(r)).toEqual({ "We will act now.": "Jane Roe", "The funds are there": "Tom Hale", "Not one family will wait": "Tom Hale" });
  });

  it("but a passive that quotes no one ('was asked', 'was told') still gives no one's words", () => {
    const r = extract(["Minister Jane Roe visited the site on Monday.", "Roe was told by residents that “nothing has changed”."].join("\n"));
    expect(speakersByText(r)["nothing has changed"]).not.toBe("Jane Roe");
  });
});

describe("clauses inside clauses", () => {
  it("gives a quote to the author of a document named in the introducing clause", () => {
    const r = extract(["Queen Mira Solvang spoke on Sunday.", "The court published the following message from the queen: “The law applies to all of us.”"].join("\n"));
    expect(speakersByText(r)).toEqual({ "The law applies to all of us.": "Mira Solvang" });
  });

  it("takes the name in an aside after a described subject of the introducing clause", () => {
    const r = extract("One of the rebel groups, the Northern Front (NF), rejected the truce and said it had been given “no guarantees at all by anyone”.");
    expect(speakersByText(r)).toEqual({ "no guarantees at all by anyone": "Northern Front" });
  });

  it("keeps the named speaker when a bare description reports inside what the speaker said", () => {
    const r = extract("Biologist Ana Vidal told the magazine that data from otherwise unrelated lizards suggested a pattern: “Somehow these lizards reuse very old genes.”");
    expect(speakersByText(r)).toEqual({ "Somehow these lizards reuse very old genes.": "Ana Vidal" });
  });
});

describe("documents, bodies and what is no one's words", () => {
  it("reads a document signed by someone, a body justifying something 'as' a phrase, and a body with its acronym before an aside", () => {
    const r = extract(
      [
        "Pope Clement spoke in Assisi.",
        "The letter signed by the Pope read “Charity begins with listening to the poor.”",
        "In a statement issued on Friday, the Coastal Defence Agency justified the closure as “purely precautionary”: “The storm surge may reach four metres.”",
        "The Northern Fishers League (NFL), which includes small crews, declared the quota “a slow death for our villages”.",
        "The report itself summarised the findings: “Most nests failed after the flood.”",
      ].join("\n"),
    );
    expect(speakersByText(r)).toEqual({
      "Charity begins with listening to the poor.": "Clement",
      "purely precautionary": "Coastal Defence Agency",
      "The storm surge may reach four metres.": "Coastal Defence Agency",
      "a slow death for our villages": "Northern Fishers League",
      "Most nests failed after the flood.": "unnamed: The report",
    });
  });

  it("gives no one the words of a passive description or of a list of quoted titles", () => {
    const r = extract(["Hanne Olsen was known for years as “the quiet voice of the village council”.", "Olsen wrote songs such as “Blue Harbour Lights”, “Long Road North”, and others."].join("\n"));
    expect(r.quotes.map((q) => q.text)).toEqual([]);
  });

  it("reads 'continued' as reporting only when nothing but the quote or punctuation follows it", () => {
    const r = extract(["Mayor Hanne Olsen moved abroad in 1990 and continued to write “small songs about big weather” there.", "“We lost the boats,” Olsen continued."].join("\n"));
    expect(speakersByText(r)).toMatchObject({ "We lost the boats": "Hanne Olsen" });
  });

  it("reads 'continued' before the speaker right after the quote", () => {
    const r = extract(["Coach Rita Hallam named her squad on Friday.", "“Two of them have never played abroad,” continued Hallam, “and that worries me.”", "Training continued Saturday in the rain."].join("\n"));
    expect(speakersByText(r)).toEqual({ "Two of them have never played abroad": "Rita Hallam", "and that worries me.": "Rita Hallam" });
  });
});

describe("asides between the name and its verb", () => {
  it("skips an age before a relative clause, and an aside between dashes", () => {
    const r = extract(
      [
        "Ivo Marek, 61, who has farmed the valley since 1990, said: “The river has never been this low.”",
        "His neighbour Dana Kralova — who sits on the water board — said the drought was “the worst anyone here remembers”.",
      ].join("\n"),
    );
    expect(speakersByText(r)).toEqual({ "The river has never been this low.": "Ivo Marek", "the worst anyone here remembers": "Dana Kralova" });
  });
});

describe("verbs that report only beside the quote", () => {
  it("reads 'agreed', 'shouted', 'laughed' as reporting right after the quote or with nothing after them, not before an object", () => {
    const r = extract(
      [
        "“The bridge will open in May,” agreed the engineer, Piet Smit.",
        "“Mind the gap!” shouted Officer Lena Ruud.",
        "“Not this year,” Smit laughed.",
        "“A total waste of money,” fumed a shop owner, Ida Lunde.",
        "The board agreed a plan that Smit called “far too slow for a city this size”.",
      ].join("\n"),
    );
    expect(speakersByText(r)).toEqual({
      "The bridge will open in May": "Piet Smit",
      "Mind the gap!": "Lena Ruud",
      "Not this year": "Piet Smit",
      "A total waste of money": "Ida Lunde",
      "far too slow for a city this size": "Piet Smit",
    });
  });

  it("reads 'ventured', 'offered', 'countered', 'snapped' and the like beside the quote, not before an object", () => {
    const r = extract(
      [
        "Engineer Piet Smit and the mayor, Ida Lunde, toured the bridge.",
        "“It will open in May,” ventured Smit.",
        "“Not with this budget,” Lunde countered.",
        "Smit offered a new plan on Tuesday.",
        "“Then find the money,” snapped Smit.",
      ].join("\n"),
    );
    expect(speakersByText(r)).toEqual({ "It will open in May": "Piet Smit", "Not with this budget": "Ida Lunde", "Then find the money": "Piet Smit" });
  });

  it("reads a present form the tagger takes for a plural noun as the verb beside the quote or after a name", () => {
    const r = extract(["Engineer Piet Smit toured the bridge.", "“It will open in May,” notes Smit.", "“Or June,” Smit muses.", "Smit notes that “the steel is late”."].join("\n"));
    expect(speakersByText(r)).toEqual({ "It will open in May": "Piet Smit", "Or June": "Piet Smit", "the steel is late": "Piet Smit" });
  });

  it("but not a plural noun after a name ('the Baltic states in the region')", () => {
    const r = extract("Ministers from the Baltic states in the region signed the pact. “It is a historic day for every one of our countries,” a minister said.");
    expect(Object.values(speakersByText(r)).join(" ")).not.toMatch(/Baltic/);
    expect(Object.keys(speakersByText(r))).toHaveLength(1);
  });

  it("leaves a relative 'that' out of an unnamed source's description", () => {
    const r = extract("The two unions signed a deal that critics called “a sell-out by any measure we know”.");
    expect(speakersByText(r)).toEqual({ "a sell-out by any measure we know": "unnamed: critics" });
  });
});

describe("what someone said, named before a colon", () => {
  it("gives the quote to the possessor of 'verdict', 'words', 'answer' and the like", () => {
    const r = extract(
      [
        "Minister Jane Roe and her deputy Tom Hale toured the flooded valley on Monday.",
        "Roe's verdict: “Too little, too late.”",
        "In Hale's words: “The river won this time.”",
        "His blunt answer: “We rebuild.”",
        "Roe's reply was swift: “Not with my budget.”",
      ].join("\n"),
    );
    expect(speakersByText(r)).toEqual({ "Too little, too late.": "Jane Roe", "The river won this time.": "Tom Hale", "We rebuild.": "Tom Hale", "Not with my budget.": "Jane Roe" });
  });

  it("but not a possessor of something else, nor a label after other narration", () => {
    const r = extract(["Minister Jane Roe toured the flooded valley on Monday.", "The plan's weakness: “It has no money for the dykes.”", "After the tour came Roe's verdict: “Too little, too late.”"].join("\n"));
    expect(speakersByText(r)["It has no money for the dykes."]).not.toBe("Jane Roe");
  });
});

describe("a clause after an opening participle, introducing a quote with a colon", () => {
  it("takes the subject after 'Asked …,', 'Speaking …,', 'Pressed …,' as the speaker", () => {
    const r = extract(
      [
        "Minister Jane Roe and her deputy Tom Hale toured the valley on Monday.",
        "Asked whether the dam would hold, Roe was unequivocal: “It will.”",
        "Speaking at the dam, Roe rejected the report: “It is simply wrong.”",
        "Pressed on costs, Hale offered a figure: “About ten million.”",
      ].join("\n"),
    );
    expect(speakersByText(r)).toEqual({ "It will.": "Jane Roe", "It is simply wrong.": "Jane Roe", "About ten million.": "Tom Hale" });
  });
});

describe("what someone was, before a colon", () => {
  it("gives the quote after 'X was blunt:' to X, but not after 'X was asked:' or 'X was told:'", () => {
    const r = extract(
      [
        "Harbour master Jonas Vik was blunt: “Nobody sails until the wall is repaired.”",
        "Councillor Eda Moss was asked: “Will the ferry run on Sunday at all?”",
        "Moss was told: “Only if the wind drops overnight, and it may not.”",
      ].join("\n"),
    );
    expect(speakersByText(r)).toEqual({ "Nobody sails until the wall is repaired.": "Jonas Vik" });
  });

  it("gives no one the words after 'The reason is simple:', a thing and not a person", () => {
    const r = extract("The reason is simple: “The wall will not survive another winter storm.”");
    expect(speakersByText(r)).toEqual({});
  });

  it("takes a name signed after a dash that follows the quote, as pull quotes credit it; an outlet so credited keeps the quote from inheriting", () => {
    const r = extract(["“Nobody sails until the wall is repaired” — Jonas Vik, harbour master.", "“The ferry will run again tomorrow morning” — Reuters."].join("\n"));
    expect(speakersByText(r)).toEqual({ "Nobody sails until the wall is repaired": "Jonas Vik", "The ferry will run again tomorrow morning": "Reuters" });
  });

  it("takes a person's name alone before a colon as the speaker's label, as transcripts and live pages write it", () => {
    const r = extract(["Harbour master Jonas Vik: “Nobody sails until the wall is repaired.”", "Update at noon: “The ferry will run tomorrow, weather permitting.”"].join("\n"));
    expect(speakersByText(r)).toEqual({ "Nobody sails until the wall is repaired.": "Jonas Vik" });
  });

  it("reads the label after a live page's time stamp, and past a party in brackets", () => {
    const r = extract(
      [
        "Harbour master Jonas Vik and councillor Ida Lunde spoke at the inquiry.",
        "12:45 — Vik: “Nobody sails until the wall is repaired.”",
        "13:10 GMT: Lunde (Labour): “The council was never told.”",
        "13:30 — The hearing resumed: “Order, please,” the chair said.",
      ].join("\n"),
    );
    expect(speakersByText(r)).toMatchObject({ "Nobody sails until the wall is repaired.": "Jonas Vik", "The council was never told.": "Ida Lunde" });
    expect(speakersByText(r)["Order, please"]).not.toBe("Ida Lunde");
  });
});

describe("glosses", () => {
  it("takes a quote that fills a parenthesis for a gloss, not for anyone's words", () => {
    const r = extract("Organisers said a million people joined the anti-Grexit (“Greek exit”) march on Saturday.");
    expect(r.quotes).toEqual([]);
    expect(r.rejected.map((x) => x.text)).toContain("Greek exit");
  });
});

describe("progressive verbs", () => {
  it("takes a progressive main verb for the introducing clause, unlike a passive", () => {
    const r = extract("Activist Lars Eng has been campaigning for a decade to “bring the trams back to the city”.");
    expect(speakersByText(r)).toEqual({ "bring the trams back to the city": "Lars Eng" });
  });
});
