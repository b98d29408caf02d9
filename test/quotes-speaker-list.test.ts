/**
 * The speaker list a reader sees, on invented sentences (one shape per
 * rule): names kept apart from the role they follow, organisations and
 * places never listed as people, and aliases that are names. None of these
 * sentences is from a corpus.
 */
import { describe, expect, it } from "vitest";
import { findQuotes } from "../src/qa/quotes/index.js";
import type { QuoteIndex } from "../src/qa/quotes/index.js";
import { extract, quoteIndexOf, speakersByText } from "./fixtures/quotes-helpers.js";

/** Speaker name → kind, of an index or of a hand-written article's index. */
function kinds(of: QuoteIndex | string): Record<string, string> {
  const index = typeof of === "string" ? quoteIndexOf(of) : of;
  return Object.fromEntries(index.speakers.map((s) => [s.name, s.kind]));
}

describe("a name after a role and its object", () => {
  it("keeps 'ambassador to X', 'envoy to the X', 'minister for X' out of the name and in the role", () => {
    const r = extract(
      [
        "The former ambassador to Ruritania Olaf Brenner said, “The talks are over.”",
        "Envoy to the UN Mara Linde said, “We will vote no.”",
        "Minister for Fisheries Tomas Arvid said, “The quota stands.”",
        "Secretary of State Ida Morrow told reporters, “We are ready.”",
      ].join("\n"),
    );
    expect(speakersByText(r)).toEqual({ "The talks are over.": "Olaf Brenner", "We will vote no.": "Mara Linde", "The quota stands.": "Tomas Arvid", "We are ready.": "Ida Morrow" });
    const roles = Object.fromEntries(r.people.map((p) => [p.name, p.roles]));
    expect(roles["Olaf Brenner"]).toContain("ambassador to ruritania");
    expect(roles["Tomas Arvid"]).toContain("minister for fisheries");
  });

  it("takes a plural role before a list of names as their title", () => {
    const r = extract("Senior Advisors Pia Lund and Ken Oda attended the talks. Lund said, “It went well.”");
    expect(speakersByText(r)).toEqual({ "It went well.": "Pia Lund" });
    expect(r.people.map((p) => p.name)).not.toContain("Advisors Pia Lund");
  });

  it("does not cut a body's name after 'of' into a person ('director of the Institute of Polar Studies')", () => {
    const index = quoteIndexOf("Ana Ruiz, a director of the Institute of Polar Studies, said the ice was “thinning fast”.");
    expect(index.speakers.map((s) => s.name)).not.toContain("Polar Studies");
  });
});

describe("people, bodies, places and groups", () => {

  it("takes a place that reports for its government, never for a person", () => {
    const index = quoteIndexOf(
      ["The same day Paraguay confirmed the treaty was “a step forward for the region”.", "North Zembla said the talks were “over for now”."].join("\n"),
    );
    expect(kinds(index)).toEqual({ Paraguay: "organisation", "North Zembla": "organisation" });
  });

  it("takes a plural group name for a body, and a group opened by 'other' or 'many' for no one's name", () => {
    expect(kinds("Young Republicans said the vote was “a disgrace to the town”.")).toEqual({ "Young Republicans": "organisation" });
    // A plural of a descriptor in -ist is a group described, an unnamed source: no person either way.
    expect(kinds("Young Socialists said the vote was “a disgrace to the town”.")).toEqual({});
    const index = quoteIndexOf("Other Liberals have urged the mayor to resign. Mayor Ida Kallio said, “I will stay.”");
    expect(index.speakers.map((s) => s.name)).toEqual(["Ida Kallio"]);
  });

  it("takes a name the article calls 'itself' or 'its' for a body, and finds it by no word of its name alone", () => {
    const index = quoteIndexOf(
      [
        "Bright Canada describes itself as a movement of the centre.",
        "Bright Canada said the plan was “a tax on the young”.",
        "Corvel, in its annual report, said stock was “running low in every store”.",
      ].join("\n"),
    );
    expect(kinds(index)).toEqual({ "Bright Canada": "organisation", Corvel: "organisation" });
    expect(index.speakers.find((s) => s.name === "Bright Canada")?.aliases).toEqual([]);
    expect(findQuotes(index, { speaker: "Canada" }).speaker?.name).not.toBe("Bright Canada");
  });

  it("reads a body's legal form or 'International' and initials of three letters as a body's name", () => {
    expect(kinds("Frontline International said the arrests were “a warning to all”. Then XTV Lorvania said, “We stand by the report.”")).toEqual({
      "Frontline International": "organisation",
      "XTV Lorvania": "organisation",
    });
    const index = quoteIndexOf("Frontline International said the arrests were “a warning to all”.");
    expect(findQuotes(index, { speaker: "Frontline" }).speaker?.name).toBe("Frontline International");
    expect(findQuotes(index, { speaker: "International" }).speaker).toBeNull();
  });

  it("does not list a capitalised plural opening a sentence, a brand after 'a', or a word modifying a noun as a person", () => {
    const index = quoteIndexOf(
      [
        "Reports said both players were showing “mild symptoms”.",
        "Paper maker Who Needs a Towel said it had run out of stock.",
        "A senior Orthodox figure met the mayor on Monday.",
      ].join("\n"),
    );
    expect(index.speakers.map((s) => s.name)).toEqual([]);
    expect(index.quotes.map((q) => [q.speakerId, q.label])).toEqual([[null, "Reports"]]);
  });

  it("makes 'the company' with no name printed an unnamed source, never a speaker called 'company'", () => {
    const index = quoteIndexOf("“Sales are flat,” the company said.");
    expect(index.speakers).toEqual([]);
    expect(findQuotes(index, { speaker: "the company" }).speaker?.name).toBe("the company");
  });
});

describe("one speaker per person, under names that are names", () => {
  it("gives a surname speaking alone the full name the article printed in passing, found by the surname", () => {
    const index = quoteIndexOf(
      ["The court was petitioned by Marta Vells of the Harbour Party and 40 others.", "Vells, who led the petition, said, “Every day of delay costs us.”"].join("\n"),
    );
    expect(index.speakers.map((s) => s.name)).toEqual(["Marta Vells"]);
    expect(findQuotes(index, { speaker: "Vells" }).speaker?.name).toBe("Marta Vells");
  });

  it("gives a regnal number or a number word no alias of its own", () => {
    const index = quoteIndexOf("Queen Ottilie II said, “The crown serves.” Sir Tam One said, “So do I.”");
    const aliases = index.speakers.flatMap((s) => s.aliases);
    expect(aliases).not.toContain("II");
    expect(aliases).not.toContain("One");
  });
});

describe("things named like people", () => {
  it("takes a storm, a firm joined by '&' and a body named in another language for no person", () => {
    const index = quoteIndexOf(
      [
        "Hurricane Zelda made landfall on Tuesday, and officials said it was “the worst in a decade”.",
        "Hurricane Zelda weakened overnight.",
        "Brook & Vale said the merger was “good for both firms”.",
        "Agence Lorvane-Presse reported the figure was “not final”.",
      ].join("\n"),
    );
    expect(index.speakers.filter((s) => s.kind === "person").map((s) => s.name)).toEqual([]);
  });
});

describe("a body told by the aside after its name", () => {
  it("takes a name whose aside gives a body's kind for a body, and a name whose aside gives a role for a person", () => {
    const index = quoteIndexOf(
      [
        "Vedr Lorvan, the national weather service for Ruritania, issued a warning.",
        "The warning issued by Vedr Lorvan read, “Stay indoors tonight.”",
        "Kasa Pim, a daily newspaper, called the plan “a fantasy”.",
        "Olga Ferris, the head of the port authority, said, “We are ready.”",
        "The rock band Glass Otter Parade said the tour was “off for good”.",
      ].join("\n"),
    );
    expect(kinds(index)).toEqual({
      "Vedr Lorvan": "organisation",
      "Kasa Pim": "organisation",
      "Olga Ferris": "person",
      "Glass Otter Parade": "organisation",
    });
  });
});

describe("names ending in a particle", () => {
  it("reads 'Karim al-Nasser' whole, and finds him by 'al-Nasser' and by 'Nasser'", () => {
    const index = quoteIndexOf("The talks were hosted by Ruritanian President Karim al-Nasser on Monday. Al-Nasser said, “We will sign.”");
    expect(index.speakers.map((s) => s.name)).toEqual(["Karim al-Nasser"]);
    expect(findQuotes(index, { speaker: "Nasser" }).speaker?.name).toBe("Karim al-Nasser");
    expect(findQuotes(index, { speaker: "al-Nasser" }).speaker?.name).toBe("Karim al-Nasser");
  });
});

describe("a descriptor in -ist before a name", () => {
  it("keeps 'Royalist', 'pianist' out of the name and in the role", () => {
    const r = extract("Royalist Tomas Kell said the vote was “a betrayal”. The town's pianist Ida Brun said, “Music will go on.”");
    expect(speakersByText(r)).toEqual({ "a betrayal": "Tomas Kell", "Music will go on.": "Ida Brun" });
    expect(r.people.find((p) => p.name === "Tomas Kell")?.roles).toContain("royalist");
  });
});
