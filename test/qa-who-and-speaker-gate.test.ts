/**
 * Two more checks of the gate in front of "high" (rank/confidence.ts): a
 * "who" question is not answered by a passage that only places the story
 * (its names are places, nationalities or the question's own), and "what
 * did X say" is not answered by a passage that quotes someone else, or by
 * any passage when the corpus never quotes X; and what "how many N" counts.
 * Every sentence is invented.
 */
import { describe, expect, it } from "vitest";
import { DEFAULT_RANK_OPTIONS, rankCandidates } from "../src/qa/answer/ask.js";
import { engineInternals } from "../src/qa/engine.js";
import { createEngine } from "../src/qa/index.js";
import { isPlaceAdjective } from "../src/qa/nlp/places.js";
import { termsOfText } from "../src/qa/nlp/terms.js";
import { countedAnswer } from "../src/qa/rank/answerEvidence.js";
import { mayBeHigh } from "../src/qa/rank/confidence.js";
import { analyseQuestion, asksForAgent } from "../src/qa/rank/question.js";
import { Speech } from "../src/qa/rank/speech.js";
import { article, topEvidence } from "./fixtures/qa-helpers.js";

const FIRE = [
  "The Orvel Grand Hotel in the Dunmore area of the Kenyan capital, Nairobi, caught fire early on Monday.",
  "Firefighters needed six hours to bring the blaze under control.",
].join("\n\n");
const MILL = [
  "The old Tarrow paper mill was sold at auction on Friday.",
  "The mill was bought by Amara Odhiambo, a local businesswoman.",
  "The mill auction drew 30 bidders from three counties.",
].join("\n\n");
const BLAST = ["A bomb destroyed a rail bridge outside Kyiv on Sunday.", "The attack on the rail bridge was claimed by Ukraine."].join("\n\n");
const COUNCIL = [
  "Councillor Lydia Marsh voted against the parking bill on Tuesday.",
  '"This bill protects no one in the town centre," said Councillor Ben Okafor after the vote on the parking bill.',
  "The parking bill passed by seven votes to four.",
  "Mayor Ruth Adeyemi said the parking bill would be reviewed next year.",
].join("\n\n");
const ELEPHANT = ["On Friday, police in Orissa arrested a farmer over the death of a pregnant elephant.", "The elephant had eaten a pineapple packed with firecrackers."].join("\n\n");
const FERRY = ["The new ferry, the Morning Star, made its first crossing to Carrow Island on Monday.", "The ferry carries 300 passengers."].join("\n\n");
const engine = createEngine([article("fire", FIRE), article("mill", MILL), article("council", COUNCIL), article("blast", BLAST), article("elephant", ELEPHANT), article("ferry", FERRY)]);
const { model, index, quotes } = engineInternals(engine);
const speech = new Speech(quotes, model.aliases);

const evidence = (question: string) => topEvidence(engine, question, speech);

describe("who asks for a person or a body", () => {
  it.each([
    ["Who owns the Orvel Grand Hotel?", true],
    ["Whose car was stolen?", true],
    ["What was the name of the driver?", true],
    ["What was the Orissa elephant's name?", true],
    ["What is the new ferry's full name?", true],
    ["Which team won the cup?", true],
    ["Where did the fire break out?", false],
    ["Which city hosted the final?", false],
    ["When did the mill close?", false],
  ])("%s → %s", (question, agent) => {
    expect(asksForAgent(question)).toBe(agent);
  });

  it("a nationality is a place's word, a name that only looks like one is not", () => {
    expect(["Kenyan", "Chinese", "Iraqi", "Mexican", "French"].every(isPlaceAdjective)).toBe(true);
    expect(["Brian", "Logan", "Mali", "Susan"].some(isPlaceAdjective)).toBe(false);
  });

  it("a passage naming only the story's places does not say who", () => {
    const { top, e, features } = evidence("Who owns the Orvel Grand Hotel in Dunmore?");
    expect(top).toContain("caught fire");
    expect(features?.answerAgent).toBe(0);
    expect(e.typeMissing).toBe(1);
    expect(mayBeHigh(e)).toBe(false);
  });

  it("X's name asks what the name of X asks: a passage naming only the story's places and people does not give it", () => {
    const { top, e, features } = evidence("What was the Orissa elephant's name?");
    expect(top).toContain("arrested a farmer");
    expect(features?.answerAgent).toBe(0);
    expect(e.typeMissing).toBe(1);
    expect(mayBeHigh(e)).toBe(false);
  });

  it("and a passage naming the thing asked about does", () => {
    const { top, e, features } = evidence("What is the new ferry's name?");
    expect(top).toContain("Morning Star");
    expect(features?.answerAgent).toBe(1);
    expect(e.typeMissing).toBe(0);
  });

  it("a country that acts is a who, a country where something happens is not", () => {
    const q = analyseQuestion("Who attacked the rail bridge?", model, speech);
    const ranked = rankCandidates(model, index, q, DEFAULT_RANK_OPTIONS, { speech }).ranked;
    const agentOf = (text: string) => ranked.find((r) => model.sentences[r.id]?.text.includes(text))?.features.answerAgent;
    expect(agentOf("claimed by Ukraine")).toBe(1);
    expect(agentOf("outside Kyiv")).toBe(0);
  });

  it("a passage naming someone new does, and one naming the question's own names and a day does not", () => {
    const q = analyseQuestion("Who bought the Tarrow paper mill?", model, speech);
    const agentOf = (text: string) => {
      const hit = rankCandidates(model, index, q, DEFAULT_RANK_OPTIONS, { speech }).ranked.find((r) => model.sentences[r.id]?.text.includes(text));
      return hit?.features.answerAgent;
    };
    expect(agentOf("Amara Odhiambo")).toBe(1);
    expect(agentOf("sold at auction on Friday")).toBe(0);
  });
});

describe("what did X say asks for X's words", () => {
  it("names the corpus speakers written in the question, in full or by surname", () => {
    const ids = (question: string) => analyseQuestion(question, model, speech).speakers;
    expect(ids("What did Ben Okafor say about the parking bill?")).toHaveLength(1);
    expect(ids("What did Okafor say about the parking bill?")).toEqual(ids("What did Ben Okafor say about the parking bill?"));
    expect(ids("What did Marsh say about the parking bill?")).toHaveLength(1);
    // Only X counts: Okafor is named in the question, but as what it is about.
    expect(ids("What did Marsh say about Okafor's remark?")).toEqual(ids("What did Marsh say about the parking bill?"));
    expect(ids("Who voted against the parking bill?")).toEqual([]);
  });

  it("X's own quote can be an answer", () => {
    const { top, e, features } = evidence("What did Okafor say about the parking bill?");
    expect(top).toContain("protects no one");
    expect(features?.answerSpeaker).toBe(1);
    expect(e.typeMissing).toBe(0);
  });

  it("X's words reported without quotation marks are X's words too", () => {
    const { top, e, features } = evidence("What did Ruth Adeyemi say about the parking bill?");
    expect(top).toContain("would be reviewed");
    expect(features?.answerSpeaker).toBe(1);
    expect(e.typeMissing).toBe(0);
  });

  it("someone else's quote, or any passage about a speaker the corpus never quotes, cannot", () => {
    const { e, features } = evidence("What did Lydia Marsh say about the parking bill?");
    expect(features?.answerSpeaker).toBe(0);
    expect(e.typeMissing).toBe(1);
    expect(mayBeHigh(e)).toBe(false);
    const r = engine.ask("What did Lydia Marsh say about the parking bill?");
    expect(r.answered && r.confidence).not.toBe("high");
  });
});

describe("how many N asks what the numbers count", () => {
  const counted = (question: string, sentence: string) => {
    const q = analyseQuestion(question, model);
    return { noun: q.counted, ...countedAnswer(termsOfText(sentence, model.aliases), q, [], sentence) };
  };

  it("finds the counted noun after how many, past nationalities and 'of the'", () => {
    expect(analyseQuestion("How many votes did the mayor get?", model).counted).toBe(analyseQuestion("votes", model).terms[0]);
    expect(analyseQuestion("How many Kenyan runners finished?", model).counted).toBe(analyseQuestion("runners", model).terms[0]);
    expect(analyseQuestion("How many of the passengers survived?", model).counted).toBe(analyseQuestion("passengers", model).terms[0]);
    expect(analyseQuestion("How much did the mill cost?", model).counted).toBeUndefined();
  });

  it("a number counting the asked thing counts; numbers that all count other things rule the passage out", () => {
    expect(counted("How many votes did the mayor get?", "The mayor won 12,345 votes.")).toMatchObject({ counts: 1, other: 0 });
    expect(counted("How many of the passengers survived?", "Three of the 40 passengers survived.")).toMatchObject({ counts: 1, other: 0 });
    expect(counted("How many votes did the mayor get?", "The mayor was one of the four candidates.")).toMatchObject({ counts: 0, other: 1 });
    // A number at the end of the sentence may count anything: it proves nothing either way.
    expect(counted("How many people died in the fire?", "The fire killed 12 and injured 30.")).toMatchObject({ counts: 0, other: 0 });
  });

  it("reads the head of a compound", () => {
    expect(analyseQuestion("How many glue-only proteins did the team find?", model).counted).toBe(analyseQuestion("proteins", model).terms[0]);
  });

  it("how old, how long, how tall, how strong: the number written with a unit of that measure counts", () => {
    expect(analyseQuestion("How much did the mill cost?", model).measure).toBeUndefined();
    expect(analyseQuestion("How many bidders came?", model).measure).toBeUndefined();
    // An age is written after the number ("19-year-old") or before it ("aged 61", "at the age of 61").
    expect(counted("How old was the bidder?", "The 19-year-old bidder won.")).toMatchObject({ counts: 1 });
    expect(counted("How old was the bidder?", "The bidder, aged 61, won.")).toMatchObject({ counts: 1 });
    expect(counted("How old was the bidder?", "The bidder died at the age of 61.")).toMatchObject({ counts: 1 });
    // News style sets an age off beside a name, with commas or in brackets; a list of numbers is no age.
    expect(counted("How old was the bidder?", "The winning bidder, 61, paid in cash.")).toMatchObject({ counts: 1 });
    expect(counted("How old was the bidder?", "The winning bidder, Ana Ruiz (61), paid in cash.")).toMatchObject({ counts: 1 });
    expect(counted("How old was the bidder?", "The bidder won lots 12, 14 and 16.")).toMatchObject({ counts: 0 });
    // Years served are how long, not how old.
    expect(counted("How old was the bidder?", "The bidder served 12 years in the navy.")).toMatchObject({ counts: 0, other: 1 });
    expect(counted("How long was the bidder in the navy?", "The bidder served 12 years in the navy.")).toMatchObject({ counts: 1 });
    expect(counted("How long is the new bridge?", "The new bridge spans 420 metres.")).toMatchObject({ counts: 1 });
    expect(counted("How tall were the waves?", "Waves of up to 9 feet hit the pier.")).toMatchObject({ counts: 1 });
    expect(counted("How tall were the waves?", "The storm cut power to 4,000 homes.")).toMatchObject({ counts: 0, other: 1 });
    expect(counted("How strong were the winds?", "Gusts reached 140 mph.")).toMatchObject({ counts: 1 });
    expect(counted("How strong was the storm?", "It struck as a Category 4 storm.")).toMatchObject({ counts: 1 });
    expect(counted("How strong was the earthquake?", "A magnitude 6.1 quake struck.")).toMatchObject({ counts: 1 });
    expect(counted("How hot did it get?", "Temperatures reached 41 degrees.")).toMatchObject({ counts: 1 });
  });

  it("a number written in words counts as one in digits does, every number word of them", () => {
    expect(counted("How old was the bidder?", "The bidder, eighteen years old, won.")).toMatchObject({ counts: 1 });
    expect(counted("How old was the bidder?", "The bidder, nineteen-years-old, won.")).toMatchObject({ counts: 1 });
    expect(counted("How many people were hurt?", "Officials said seventeen people were hurt.")).toMatchObject({ counts: 1 });
    expect(counted("How long was the bidder in the navy?", "The bidder served sixty years in the navy.")).toMatchObject({ counts: 1 });
  });

  it("what percentage: a share the sentence gives, however it writes the sign", () => {
    const share = (question: string, sentence: string) => {
      const small = createEngine([article("poll", sentence)]);
      const inside = engineInternals(small);
      const q = analyseQuestion(question, inside.model);
      const f = inside.model.features(0);
      return f ? countedAnswer(f.terms, q, f.entities) : undefined;
    };
    expect(share("What percentage of the vote did Okafor win?", "Okafor won 41.5% of the vote.")).toMatchObject({ counts: 1 });
    expect(share("What percentage of the vote did Okafor win?", "Okafor won 41 percent of the vote.")).toMatchObject({ counts: 1 });
    expect(share("What percentage of the vote did Okafor win?", "Okafor won 41,200 votes.")).toMatchObject({ counts: 0 });
  });

  it("ranks the sentence giving the measure over one giving other numbers", () => {
    const storm = createEngine([
      article("storm", ["Storm Ivo crossed the Carrow coast on Tuesday and cut power to 4,000 homes in 12 towns.", "Ivo's winds reached 95 mph at the Carrow lighthouse."].join("\n\n")),
      article("mill", MILL),
    ]);
    const inside = engineInternals(storm);
    const q = analyseQuestion("How strong did Storm Ivo's winds get at the coast?", inside.model);
    const ranked = rankCandidates(inside.model, inside.index, q, DEFAULT_RANK_OPTIONS, {}).ranked;
    const byText = new Map(ranked.map((r) => [inside.model.sentences[r.id]?.text ?? "", r.features] as const));
    expect([...byText].find(([text]) => text.includes("95 mph"))?.[1].answerCounted).toBe(1);
    expect([...byText].find(([text]) => text.includes("4,000 homes"))?.[1].countsOther).toBe(1);
  });

  it("is ranking evidence, not a gate: the asked noun is often paraphrased (storeys, floors)", () => {
    const { top, e, features } = evidence("How many jobs did the mill auction save?");
    expect(top).toContain("30 bidders");
    expect(features?.countsOther).toBe(1);
    expect(e.typeMissing).toBe(0);
  });
});

/** The top passage of a question over its own small corpus, and whether it names someone the question does not. */
function topAgent(small: ReturnType<typeof createEngine>) {
  const inside = engineInternals(small);
  return (question: string) => {
    const q = analyseQuestion(question, inside.model);
    const ranked = rankCandidates(inside.model, inside.index, q, DEFAULT_RANK_OPTIONS, {}).ranked;
    return { text: inside.model.sentences[ranked[0]?.id ?? -1]?.text, agent: ranked[0]?.features.answerAgent };
  };
}

describe("a currency's letters are not a name", () => {
  it("the C of C$ or the NZ of NZ$ does not answer a who", () => {
    const cup = createEngine([
      article("cup", ["The Galaxy Cup final drew a record crowd on Sunday, with the winning side receiving C$25,000 and a trophy.", "Tickets for the Galaxy Cup final sold out in an hour."].join("\n\n")),
      article("prize", ["The Harbour Hawks won the Orca Shield on Saturday and took home NZ$40,000."].join("\n\n")),
    ]);
    const top = topAgent(cup);
    expect(top("Which team won the Galaxy Cup?")).toEqual({ text: expect.stringContaining("C$25,000"), agent: 0 });
    expect(top("Which team won the Orca Shield?")).toEqual({ text: expect.stringContaining("Harbour Hawks"), agent: 1 });
  });
});

describe("a wire story's dateline says who reported, not who did it", () => {
  it("the place and agency before the dash do not answer a who; a name after it does", () => {
    const wire = createEngine([
      article("dam", ["KESTON, Vt. (AP) — Cracks were found in the spillway of the Orrin dam on Tuesday, officials said.", "The dam was built in 1961."].join("\n\n")),
      article("levee", ["MARLOW (Reuters) - Engineer Ruth Almeda found a breach in the Tamsin levee on Friday."].join("\n\n")),
    ]);
    const top = topAgent(wire);
    expect(top("Who found cracks in the spillway of the Orrin dam?")).toEqual({ text: expect.stringContaining("KESTON, Vt. (AP)"), agent: 0 });
    expect(top("Who found a breach in the Tamsin levee?")).toEqual({ text: expect.stringContaining("Ruth Almeda"), agent: 1 });
  });

  it("so does a dateline with a date in it, or before a colon, as South Asian papers write it", () => {
    const wire = createEngine([
      article("port", ["KOCHI, Dec 19 (Reuters) - The Varam port was closed on Monday after a fire.", "Ships went to Goa."].join("\n\n")),
      article("drones", ["NEW DELHI: The new drone rules were announced on Monday after a long review.", "They take effect in March."].join("\n\n")),
    ]);
    const top = topAgent(wire);
    expect(top("Who closed the Varam port?")).toEqual({ text: expect.stringContaining("KOCHI, Dec 19 (Reuters)"), agent: 0 });
    expect(top("Who announced the new drone rules?")).toEqual({ text: expect.stringContaining("NEW DELHI:"), agent: 0 });
  });
});
