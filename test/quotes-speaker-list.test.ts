/**
 * The speaker list a reader sees, on invented sentences (one shape per
 * rule): names kept apart from the role they follow, organisations and
 * places never listed as people, and aliases that are names. None of these
 * sentences is from a corpus.
 */
import { describe, expect, it } from "vitest";
import { findQuotes } from "../src/qa/quotes/index.js";
import { extract, quoteIndexOf, speakersByText } from "./fixtures/quotes-helpers.js";

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
