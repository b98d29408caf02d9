/**
 * Who speaks when no one is named beside the quote, on invented sentences
 * (one shape per rule): unnamed sources looked up by the words of their
 * label, bodies described elsewhere in the article, and a person the
 * narration has just been about. None of these sentences is from a corpus.
 */
import { describe, expect, it } from "vitest";
import { buildQuoteIndex, findQuotes } from "../src/qa/quotes/index.js";
import { articleOf, extract, quoteIndexOf, sourceOf, speakersByText, TEST_ALIASES } from "./fixtures/quotes-helpers.js";

describe("unnamed sources by the words of their label", () => {
  const body = [
    "Bread prices rose by a “worrying margin” last month, according to a Brightmart spokesperson.",
    "A number of farmers called the new levy “a tax on rain”.",
    "Mayor Ida Kallio said, “We will review it.”",
  ].join("\n");

  it("finds an unnamed source's quotes by some or all of its label's words, in any case, and pages by the id returned", () => {
    const index = quoteIndexOf(body);
    const found = findQuotes(index, { speaker: "Brightmart spokesperson" });
    expect(found.speaker).toEqual({ id: "brightmart-spokesperson", name: "a Brightmart spokesperson" });
    if (found.speaker === null) return;
    expect(found.quotes.map((q) => q.text)).toEqual(["worrying margin"]);
    const again = findQuotes(index, { speaker: found.speaker.id });
    expect(again.speaker?.id).toBe("brightmart-spokesperson");
    expect(findQuotes(index, { speaker: "FARMERS" }).speaker?.name).toBe("A number of farmers");
  });

  it("prefers a named speaker, and finds nothing for words no label holds or for function words alone", () => {
    const index = quoteIndexOf(body);
    expect(findQuotes(index, { speaker: "Kallio" }).speaker?.name).toBe("Ida Kallio");
    expect(findQuotes(index, { speaker: "Brightmart lawyer" }).speaker).toBeNull();
    expect(findQuotes(index, { speaker: "the" }).speaker).toBeNull();
  });
});

describe("bodies named in full elsewhere in the article", () => {
  it("gives 'the court' and 'the Court' the full name the article prints, the body it names most", () => {
    const index = quoteIndexOf(
      [
        "The High Court of Eastmarch struck down the curfew on Monday.",
        "Only the Appeals Tribunal of Westland could overturn it, lawyers said.",
        "The ruling of the Court read in part, “The order exceeds the powers of the governor.”",
        "The court's summary ended with the words: “The curfew is void.”",
        "Later, the High Court said the police were “bound by the ruling”.",
      ].join("\n"),
    );
    const court = index.speakers.find((s) => s.name === "High Court of Eastmarch");
    expect(court?.kind).toBe("organisation");
    const found = findQuotes(index, { speaker: "High Court of Eastmarch" });
    expect(found.speaker === null ? [] : found.quotes.map((q) => q.text).sort()).toEqual(["The curfew is void.", "The order exceeds the powers of the governor.", "bound by the ruling"]);
  });

  it("never joins two names with 'and' into one body", () => {
    const index = quoteIndexOf(["Talks between Northwind and Zeta Media failed on Friday.", "Zeta Media said the offer had “no value for viewers”."].join("\n"));
    expect(index.speakers.filter((s) => s.quoteCount > 0).map((s) => s.name)).toEqual(["Zeta Media"]);
  });

  it("finds the full name written after a lower-case kind ('the government of X'), and leaves the bare kind unnamed when the article prints no name", () => {
    const index = quoteIndexOf(
      ["The government of Lorvania on Monday confirmed the result.", "The government statement called it “a day of pride for every citizen”.", "“Sales are flat,” the company said."].join("\n"),
    );
    const byText = Object.fromEntries(index.quotes.map((q) => [q.text, index.speakers.find((s) => s.id === q.speakerId)?.name]));
    expect(byText).toEqual({ "a day of pride for every citizen": "government of Lorvania", "Sales are flat": undefined });
    expect(index.unnamed.map((u) => u.label)).toEqual(["the company"]);
  });
});

describe("who a pronoun stands for", () => {
  it("takes 'talked about' as reporting, and a full quote after it inherits its speaker", () => {
    const r = extract("Coach Ines Marlow talked about how the club had been written off “far too early.” After the final, “We proved them wrong, and we did it together.”");
    expect(speakersByText(r)).toEqual({ "far too early.": "Ines Marlow", "We proved them wrong, and we did it together.": "Ines Marlow" });
  });

  it("learns a gender from a gendered role, so 'he' skips the actress, and takes the man a sentence opening on his possession is about", () => {
    const r = extract(
      [
        "Actress Lena Moor signed for a third season.",
        "The actress recalled the early days as “a long and happy accident.”",
        "Director Omar Wend said the crew was “a family”.",
        "Actor Piet Hallam's arrival came straight from a shoot in Chile. He joked “I still have sand in my boots.”",
      ].join("\n"),
    );
    expect(speakersByText(r)).toEqual({ "a long and happy accident.": "Lena Moor", "a family": "Omar Wend", "I still have sand in my boots.": "Piet Hallam" });
  });

  it("takes as the topic a person opening a sentence after an adverbial, or with an aside before the verb", () => {
    const r = extract(
      [
        "Senator Rolf Anker said the plan was “a start”.",
        "Set designer Ivo Brandt, whose work includes two space films, ran a stall in the hall. Amid the crowds, Brandt was carving a mask. Later he told reporters that “the noise never stops at these shows.”",
        "Senator Rolf Anker said it again.",
        "Archbishop Tomas Weil, the head of the church, ordered a week of prayer. In his letter, he praised the nurses: “They carried us through the worst of it.”",
      ].join("\n"),
    );
    expect(speakersByText(r)).toMatchObject({ "the noise never stops at these shows.": "Ivo Brandt", "They carried us through the worst of it.": "Tomas Weil" });
  });
});

describe("quotes after a sentence about someone", () => {
  it("gives a full quote opening a sentence to the person the sentence before is about, named or as 'she'", () => {
    const r = extract(
      [
        "Actress Ruth Calder joined the cast in 1990. Tired of the part, she left after one season. “I wanted more than a chair on the set.”",
        "Senator Piet Vos, who chaired the budget committee for a decade before losing his seat to a newcomer last spring, also attacked the plan on social media. “This budget is a gift to nobody.”",
        "Rain fell all week in the valley. “The roads are closed.”",
        "In 1271, King Arvid Holm named the realm Great Norland. “Great Norland” is from an old hymn.",
      ].join("\n"),
    );
    expect(speakersByText(r)).toEqual({ "I wanted more than a chair on the set.": "Ruth Calder", "This budget is a gift to nobody.": "Piet Vos" });
  });
});

describe("more reporting verbs", () => {
  it("reads 'informed' after a body as reporting, however it is tagged, and gives the body its full name", () => {
    const r = extract(["On Monday, Ruritania's Green Dawn Party withdrew its candidate.", "“Green Dawn party accepts the ruling,” the party informed the press."].join("\n"));
    expect(speakersByText(r)).toEqual({ "Green Dawn party accepts the ruling": "Green Dawn Party" });
  });
});

describe("one person across spellings", () => {
  it("takes a surname printed with one vowel changed for the person the article names, and finds them by either spelling", () => {
    const index = quoteIndexOf(
      ["Lead author Nadia Haddad of Eastvale University said, “The birds were farmed.”", "Haddid suggested, cautiously, “there was a pond beside every temple.”"].join("\n"),
    );
    expect(index.speakers.map((s) => s.name)).toEqual(["Nadia Haddad"]);
    for (const typed of ["Haddid", "Haddad"]) {
      const found = findQuotes(index, { speaker: typed });
      expect(found.speaker === null ? [] : found.quotes.map((q) => q.text).sort(), typed).toEqual(["The birds were farmed.", "there was a pond beside every temple."]);
    }
  });

  it("takes a one-word name for the one longer name in the article that holds it", () => {
    const index = quoteIndexOf(["After the vote, Minister of Labour Rosa Ibáñez Corral was sworn in as premier.", "Premier Ibáñez said, “We will govern for all.”"].join("\n"));
    expect(index.speakers.filter((s) => s.kind === "person").map((s) => s.name)).toEqual(["Ibáñez Corral"]);
    for (const typed of ["Ibanez", "Ibáñez"]) expect(findQuotes(index, { speaker: typed }).speaker?.name, typed).toBe("Ibáñez Corral");
  });

  it("across articles, takes a one-word name for the one person whose name holds it as a middle word", () => {
    const one = articleOf("Minister Rosa Ibáñez Corral said, “We will govern for all.”");
    const other = articleOf("“The courts will decide,” Ibanez said.", { id: "other-article" });
    const index = buildQuoteIndex([sourceOf(one, TEST_ALIASES), sourceOf(other, TEST_ALIASES)], TEST_ALIASES);
    expect(index.speakers.map((s) => [s.name, s.quoteCount])).toEqual([["Rosa Ibáñez Corral", 2]]);
  });

  it("keeps apart short surnames a vowel apart, and names two letters apart", () => {
    const index = quoteIndexOf(["Minister Li Chen said, “Yes.”", "Chan said, “No.”", "Governor Maria Vessel said, “Soon.”", "Vassal said, “Later.”"].join("\n"));
    expect(index.speakers.map((s) => s.name).sort()).toEqual(["Chan", "Li Chen", "Maria Vessel", "Vassal"]);
  });
});

describe("documents named earlier with their author", () => {
  it("gives the words of 'the warning' to the author an earlier sentence names for it, and of a document no one signed to no one", () => {
    const r = extract(
      [
        "The red warning issued on Sunday by the Eastvale Weather Office covered six counties.",
        "“Expect flooding along the river,” read the warning.",
        "“Stay indoors,” read the notice.",
      ].join("\n"),
    );
    expect(speakersByText(r)).toEqual({ "Expect flooding along the river": "Eastvale Weather Office", "Stay indoors": "unnamed: the notice" });
  });
});

describe("'according to' an outlet or a document", () => {
  it("gives the words to the person the sentence's own clause names, not to the outlet or document that passed them on", () => {
    const r = extract(
      [
        "According to the Eastvale Herald, a lawyer for the Northern Rail Company voiced regret and that the firm would appeal; “The ruling ignores the safety record.”",
        "Judge Maria Oyelaran, the presiding judge of the panel, ruled, according to the summary, “that the contract was never valid”.",
        "Food prices rose by a “worrying margin”, according to the report.",
        "According to the Eastvale Herald, Mayor Tom Reiss said the budget was “fine”.",
      ].join("\n"),
    );
    expect(speakersByText(r)).toEqual({
      "The ruling ignores the safety record.": "unnamed: a lawyer for the Northern Rail Company",
      "that the contract was never valid": "Maria Oyelaran",
      "worrying margin": "unnamed: the report",
      fine: "Tom Reiss",
    });
  });
});

describe("a subject with a relative clause and no relative pronoun", () => {
  it("gives the words to the people the clause describes, not to whoever interviewed them", () => {
    const r = extract(
      [
        "Some of the farmers the Gazette interviewed said they had come to “save the valley for our children”.",
        "The nurses we met said the wards were “full every night”.",
      ].join("\n"),
    );
    expect(speakersByText(r)).toEqual({ "save the valley for our children": "unnamed: the farmers", "full every night": "unnamed: The nurses" });
  });
});
