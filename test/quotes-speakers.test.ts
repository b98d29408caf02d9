/**
 * Speaker clustering at corpus scale, on invented people: every full name
 * with its surname-only and initial forms in other articles is one speaker,
 * a surname shared by two people stays apart, and organisations never merge
 * with people. Thousands of people, so that clustering that compares each
 * person with every cluster cannot finish within the test's time limit.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { EMPTY_ALIASES } from "../src/qa/nlp/aliases.js";
import { buildSpeakers, type SpeakerTable } from "../src/qa/quotes/index.js";
import type { ArticlePerson } from "../src/qa/quotes/types.js";

const GIVEN = ["Anna", "Boris", "Chiara", "Dmitri", "Elena", "Farid", "Greta", "Hamid", "Ines", "Jonas"];

/** A distinct invented surname for every number: "Varabski", "Varacski", ... */
function surname(n: number): string {
  let letters = "";
  for (let k = n; letters.length < 4; k = Math.floor(k / 26)) letters += String.fromCharCode(97 + (k % 26));
  return `Var${letters}ski`;
}

function person(articleId: string, name: string, kind: ArticlePerson["kind"] = "person"): ArticlePerson {
  return { articleId, name, kind, roles: [], honorifics: [], mentions: 1 };
}

describe("buildSpeakers on many people", () => {
  const UNIQUE = 6000;
  const SHARED = 600;
  const people: ArticlePerson[] = [];
  for (let i = 0; i < UNIQUE; i++) {
    const given = GIVEN[i % GIVEN.length] as string;
    const last = surname(i);
    people.push(person(`a${i}`, `${given} ${last}`), person(`b${i}`, last), person(`c${i}`, `${given.charAt(0)}. ${last}`));
  }
  for (let i = UNIQUE; i < UNIQUE + SHARED; i++) {
    const last = surname(i);
    people.push(person(`d${i}`, `Anna ${last}`), person(`e${i}`, `Boris ${last}`), person(`f${i}`, last));
  }
  people.push(person("g0", "Ministry of Water", "organisation"), person("g1", "Ministry of Water", "organisation"), person("g2", "Water", "organisation"));
  let table: SpeakerTable;
  // In a hook, so that a clustering that does not scale fails on the hook's time limit instead of hanging collection.
  beforeAll(() => {
    table = buildSpeakers(people, EMPTY_ALIASES);
  });

  it("makes one speaker per person across full, surname-only and initial forms", () => {
    for (const i of [0, 1, 2777, UNIQUE - 1]) {
      const full = `${GIVEN[i % GIVEN.length]} ${surname(i)}`;
      const id = table.idOf(`a${i}`, full);
      expect(id).toBeDefined();
      expect(table.idOf(`b${i}`, surname(i))).toBe(id);
      expect(table.idOf(`c${i}`, `${full.charAt(0)}. ${surname(i)}`)).toBe(id);
      const speaker = table.speakers.find((s) => s.id === id);
      expect(speaker?.name).toBe(full);
      expect(speaker?.aliases).toContain(surname(i));
      expect(table.knownSurname(surname(i).toLowerCase())).toBe(full);
    }
  });

  it("keeps two people with one surname apart, and a bare surname shared by both on its own", () => {
    const i = UNIQUE + 7;
    const anna = table.idOf(`d${i}`, `Anna ${surname(i)}`);
    const boris = table.idOf(`e${i}`, `Boris ${surname(i)}`);
    const bare = table.idOf(`f${i}`, surname(i));
    expect(new Set([anna, boris, bare]).size).toBe(3);
    expect(table.knownSurname(surname(i).toLowerCase())).toBeUndefined();
  });

  it("counts every speaker once, organisations apart from people", () => {
    expect(table.speakers).toHaveLength(UNIQUE + 3 * SHARED + 2);
    expect(new Set(table.speakers.map((s) => s.id)).size).toBe(table.speakers.length);
    expect(table.speakers.filter((s) => s.kind === "organisation").map((s) => s.name).sort()).toEqual(["Ministry of Water", "Water"]);
  });
});
