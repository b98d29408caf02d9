/**
 * Second chances for question words the corpus lacks (rank/spelling.ts):
 * unit cases on `correctTerm`, then the same cases through a real engine.
 */
import { describe, expect, it } from "vitest";
import { createEngine, type AskResult } from "../src/qa/index.js";
import { engineInternals } from "../src/qa/engine.js";
import { analyseQuestion } from "../src/qa/rank/question.js";
import { closedUp, correctTerm, openedUp } from "../src/qa/rank/spelling.js";
import { article as makeArticle } from "./fixtures/qa-helpers.js";

/** A corpus vocabulary: term → frequency, and which terms are names. */
function vocabulary(terms: Record<string, number>, names: string[] = []) {
  return {
    known: (t: string) => terms[t] ?? 0,
    isName: (t: string) => names.includes(t),
  };
}

describe("correctTerm", () => {
  const v = vocabulary({ len: 3, experi: 4, civil: 5, dsm: 2, nepal: 3, zelenskyy: 9, super: 4, bowl: 4, widen: 7, tank: 2 }, ["dsm", "nepal", "zelenskyy"]);
  const fix = (term: string, asName = false) => correctTerm(term, v.known, v.isName, asName);

  it("re-stems a stem the stemmer would shorten again (lenses → lens → len)", () => {
    expect(fix("lens")).toEqual(["len"]);
    expect(fix("experiment")).toEqual(["experi"]);
  });

  it("drops one or two trailing letters of a word down to a known stem", () => {
    expect(fix("civilli")).toEqual(["civil"]);
    // No known stem within two letters: left unknown.
    expect(fix("tankss")).toEqual(["tank"]);
    expect(fix("taxi")).toBeUndefined();
  });

  it("turns an acronym's plural into the acronym, and a name only into a name", () => {
    expect(fix("dsms", true)).toEqual(["dsm"]);
    expect(fix("nepales", true)).toEqual(["nepal"]);
    // "civil" is a word, not a name: a name is never bent into it.
    expect(fix("civilli", true)).toBeUndefined();
  });

  it("fixes a one-letter slip in a name, and splits run-together words", () => {
    expect(fix("zelenskky", true)).toEqual(["zelenskyy"]);
    expect(fix("superbowl")).toEqual(["super", "bowl"]);
  });

  it("does not try to correct a run of letters longer than any word", () => {
    const runs = vocabulary({ ["q".repeat(20)]: 3, ["w".repeat(21)]: 3 }, []);
    const split = (term: string) => correctTerm(term, runs.known, runs.isName, false);
    expect(split(`${"q".repeat(20)}${"q".repeat(20)}`)).toEqual(["q".repeat(20), "q".repeat(20)]);
    expect(split(`${"q".repeat(20)}${"w".repeat(21)}`)).toBeUndefined();
  });

  it("leaves an absent name alone even when an ordinary word is one letter away", () => {
    expect(fix("biden", true)).toBeUndefined();
    expect(fix("biden")).toEqual(["widen"]);
  });
});

const article = (id: string, body: string) => makeArticle(id, body, { outlet: `Outlet ${id}` });

const topText = (r: AskResult) => (r.answered ? r.answers[0]?.text : `refused: ${r.reason}`);

describe("through the engine", () => {
  const engine = createEngine([
    article("optics", "The telescope used a single lens to focus the light.\n\nIts mirror was polished by hand over three years."),
    article("law", "The protesters were civilly disobedient when they blocked the road.\n\nThe court fined each of them fifty pounds."),
    article("awards", "The DSM was first awarded after the Apollo 8 mission."),
  ]);

  it("a plural that stems differently still finds its singular, and it is the word shown matched", () => {
    const r = engine.ask("What were lenses used to focus?");
    expect(topText(r)).toBe("The telescope used a single lens to focus the light.");
    const a = r.answered ? r.answers[0] : undefined;
    expect(a?.highlights.map((h) => a.text.slice(h.start, h.end))).toContain("lens");
  });

  it("an acronym's plural finds the acronym", () => {
    expect(topText(engine.ask("After which mission were DSMs awarded?"))).toBe("The DSM was first awarded after the Apollo 8 mission.");
  });

  it("a name the corpus never uses is still refused", () => {
    const r = engine.ask("What did Biden say about the telescope?");
    expect(r.answered).toBe(false);
    if (!r.answered) expect(r.reason).toBe("unknown-terms");
  });
});

describe("compounds as the corpus writes them", () => {
  const v = vocabulary({ ceasefir: 3, ceas: 0, lock: 2, fire: 4, mail: 2 });

  it("closes up hyphenated parts the corpus lacks, and opens up a closed word it writes apart", () => {
    expect(closedUp(["cease", "fire"], v.known)).toBe("ceasefir");
    expect(closedUp(["e", "mail"], v.known)).toBeUndefined();
    // The corpus writes "lock-down": "lockdown" is its word "lock" ("down" is a stop word, as in "lock-down").
    const written = new Set(["lock down", "fire wall"]);
    const apart = (first: string, second: string) => written.has(`${first} ${second}`);
    expect(openedUp("lockdown", v.known, apart)).toEqual(["lock"]);
    // Two known words the corpus never writes together are no compound: a misspelling splits into words too.
    expect(openedUp("lockfire", v.known, apart)).toBeUndefined();
    expect(openedUp("firewall", v.known, apart)).toBeUndefined();
  });

  const ofStyle = (compound: string) =>
    createEngine([
      article("truce", `The two sides agreed to a ${compound} on Tuesday after weeks of shelling near the border.\n\nMarkets in the capital were calm on Wednesday.`),
      article("match", "The border town held a football match on Sunday.\n\nThe weather was mild for the season."),
    ]);

  it("a question in one house style finds the other's compound, which was a word the corpus never uses", () => {
    const hyphenated = ofStyle("cease-fire");
    const closed = ofStyle("ceasefire");
    expect(topText(hyphenated.ask("When did the ceasefire start?"))).toContain("agreed to a cease-fire");
    expect(topText(closed.ask("When was the cease-fire agreed?"))).toContain("agreed to a ceasefire");
    expect(analyseQuestion("When did the cease-fire start?", engineInternals(closed).model).terms).toContain("ceasefir");
  });
});
