/**
 * Phrasal verbs read as the plain verb (nlp/idioms.ts), in questions and in
 * articles alike. Every sentence is invented.
 */
import { describe, expect, it } from "vitest";
import { highlightsOf } from "../src/qa/answer/highlight.js";
import { createEngine } from "../src/qa/index.js";
import { buildAliasTable, EMPTY_ALIASES } from "../src/qa/nlp/aliases.js";
import { withIdioms } from "../src/qa/nlp/idioms.js";
import { termsOfText } from "../src/qa/nlp/terms.js";
import { article } from "./fixtures/qa-helpers.js";

const terms = (text: string) => termsOfText(text, withIdioms(EMPTY_ALIASES));

describe("idioms as one verb", () => {
  it.each([
    ["The poet passed away at her home.", "The poet died at her home."],
    ["Twelve sailors lost their lives.", "Twelve sailors died."],
    ["The stranded whale lost its life.", "The stranded whale died."],
    ["The chair is stepping down.", "The chair is resigning."],
    ["The parade was called off.", "The parade was cancelled."],
  ])("%s reads as %s", (idiom, plain) => {
    expect(terms(idiom)).toEqual(terms(plain));
  });

  it("leaves the words alone outside the phrase", () => {
    expect(terms("She passed the exam and walked away.")).toEqual(["pass", "exam", "walk", "away"]);
    expect(terms("The cat lost its collar.")).not.toContain("die");
  });

  it("gives way to the corpus's own alias for the same phrase", () => {
    const own = buildAliasTable([{ canonical: "retire", variants: ["step down"] }]);
    expect(termsOfText("The judge stepped down in May.", withIdioms(own))).toContain("retire");
  });
});

describe("answering across the idiom", () => {
  const engine = createEngine([
    article(
      "poet",
      [
        "The poet Marta Leal died on Sunday at a hospital in Coimbra, her publisher said.",
        "Leal wrote eleven collections and taught at the university for thirty years.",
        "Every summer the poet Marta Leal passed through Porto on her way to the sea.",
        "Her last book, The Salt Road, sold out in a week.",
      ].join("\n\n"),
    ),
    article(
      "ferry",
      [
        "A ferry capsized in a storm off the coast of Vell on Friday.",
        "Fourteen passengers lost their lives and nine were rescued by fishermen.",
        "The coastguard said the ferry had been carrying cargo as well.",
        "Passengers said the ferry capsized within minutes, and 30 cars sank with it.",
      ].join("\n\n"),
    ),
  ]);
  const top = (question: string) => {
    const r = engine.ask(question);
    return r.answered ? r.answers[0]?.text : undefined;
  };

  it("finds 'died' for 'pass away'", () => {
    expect(top("Where did the poet Marta Leal pass away?")).toContain("died on Sunday at a hospital in Coimbra");
  });

  it("finds 'lost their lives' for 'died'", () => {
    expect(top("How many passengers died when the ferry capsized?")).toContain("Fourteen passengers lost their lives");
  });
});

describe("highlighting a phrase read as one term", () => {
  const bold = (text: string, terms: string[], aliases = withIdioms(EMPTY_ALIASES)) => highlightsOf(text, new Set(terms), aliases).map((h) => text.slice(h.start, h.end));

  it("covers the whole phrase, not its first word", () => {
    expect(bold("The poet passed away on Sunday.", ["die"])).toEqual(["passed away"]);
    expect(bold("Twelve sailors lost their lives at sea.", ["sailor", "die"])).toEqual(["sailors lost their lives"]);
  });

  it("does so for a corpus's own multi-word aliases too", () => {
    const own = withIdioms(buildAliasTable([{ canonical: "US", variants: ["United States"] }]));
    expect(bold("Talks with the United States resumed.", ["us"], own)).toEqual(["United States"]);
  });
});
