/**
 * The exactness invariant, checked everywhere: every quote equals the
 * article body at its offsets, for every answer, every wire copy and every
 * sentence of the bundled corpus. Also highlights, wire copies, diversity
 * of supporting passages, paging and suppression.
 */
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { engineInternals } from "../src/qa/engine.js";
import {
  openEngine,
  parsePassageKey,
  passageKey,
  type Answer,
  type Article,
  type AskResult,
  type Citation,
  type QaEngine,
} from "../src/qa/index.js";
import { termsOfTokens } from "../src/qa/nlp/terms.js";
import { analyseQuestion } from "../src/qa/rank/question.js";

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const CORPUS = path.join(REPO, "corpus");

const QUESTIONS = [
  "Who was killed in Moscow?",
  "Who killed Igor Kirillov?",
  "What did Putin call Kirillov's killing?",
  "What is the Oreshnik?",
  "What does Oreshnik mean in English?",
  "Where was the Oreshnik first used?",
  "Where did Putin challenge the West to a high-tech duel?",
  "What did Zelenskyy say about Putin?",
  "Is Zelensky a legitimate leader according to Putin?",
  "Who can sign a peace agreement for Ukraine?",
  "What did Putin say about compromise?",
  "When will Trump be inaugurated?",
  "How many North Korean soldiers have been killed?",
  "How many drones did Russian air defences repel?",
  "What happened in Kryvyi Rih?",
  "What did Peskov say?",
  "How many glide bombs has Russia launched on Ukraine?",
  "What did Meloni say about Trump?",
  "Where did Zelensky address allies?",
  "What did Putin say about Syria?",
  "Who is Austin Tice?",
  "What did Trump say at Mar-a-Lago?",
  "What did Putin say about the Kursk region?",
  "How long has Putin held power?",
  "What must Ukraine renounce?",
  "Has Putin spoken to Trump?",
  "When did Putin order the invasion of Ukraine?",
  "There is no chance of shooting down these missiles",
  "Let them select a target, possibly in Kyiv",
  "What did Putin say about NATO air defenses?",
  "What did the U.S. say?",
  "Russia Ukraine war Putin Trump Kyiv Moscow missile",
  "putin",
  "What did the Kremlin say about the meeting with Trump?",
  "What did Putin say about Western experts?",
  "Trump sworn in 20 January",
];

function bodyOf(engine: QaEngine, articleId: string): string {
  const a = engine.articles.find((x) => x.id === articleId);
  if (!a) throw new Error(`no article ${articleId}`);
  return a.body;
}

/** The invariant for one citation, plus its metadata matching the article. */
function expectExactCitation(engine: QaEngine, c: Citation): void {
  const article = engine.articles.find((a) => a.id === c.articleId) as Article;
  expect(article, c.articleId).toBeDefined();
  expect(article.body.slice(c.start, c.end)).toBe(c.quote);
  expect(c.quote.length).toBeGreaterThan(0);
  expect(c.quote).toBe(c.quote.trim());
  expect(c).toMatchObject({ headline: article.headline, headlineSupplied: article.headlineSupplied, outlet: article.outlet, published: article.published });
  expect(c.author).toBe(article.author);
  expect(c.url).toBe(article.url);
  expect(c.paragraph).toBeGreaterThanOrEqual(1);
  expect(c.sentence).toBeGreaterThanOrEqual(1);
}

function expectExactAnswer(engine: QaEngine, a: Answer): void {
  expect(a.text).toBe(a.citation.quote);
  expect(bodyOf(engine, a.citation.articleId).slice(a.citation.start, a.citation.end)).toBe(a.text);
  expectExactCitation(engine, a.citation);
  expect(a.key).toBe(passageKey(a.citation));
  expect(parsePassageKey(a.key)).toEqual({ articleId: a.citation.articleId, start: a.citation.start, end: a.citation.end });
  const articles = [a.citation.articleId];
  for (const c of a.alsoIn) {
    expectExactCitation(engine, c);
    articles.push(c.articleId);
  }
  // A wire copy lists other articles, each once, earliest first.
  expect(new Set(articles).size).toBe(articles.length);
  const dates = a.alsoIn.map((c) => c.published);
  expect(dates).toEqual([...dates].sort());
  expect(Number.isFinite(a.score)).toBe(true);
}

const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}'’.-]*[\p{L}\p{N}])?/gu;

/** Highlights are sorted, inside the text, on word boundaries, and cover exactly the words that match the question (a phrase read as one term, "Kryvyi Rih", whole). */
function expectHighlights(engine: QaEngine, question: string, a: Answer): void {
  const { model } = engineInternals(engine);
  const qTerms = new Set(analyseQuestion(question, model).terms);
  const words = [...a.text.matchAll(WORD)];
  const spans: number[] = [];
  const wordTerms = termsOfTokens(words.map((m) => m[0]), model.aliases, spans);
  const matches = words.map((_, i) => (wordTerms[i] ?? []).some((t) => qTerms.has(t)));
  // The last word of each matched word's phrase (the word itself unless an alias of several words starts there).
  const endsMatch = (i: number) => words.some((_, j) => matches[j] && j + (spans[j] ?? 1) - 1 === i);
  const inside = (start: number, end: number) => a.highlights.some((h) => h.start <= start && end <= h.end);
  let previousEnd = -1;
  for (const h of a.highlights) {
    expect(h.start).toBeGreaterThanOrEqual(0);
    expect(h.end).toBeLessThanOrEqual(a.text.length);
    expect(h.start).toBeLessThan(h.end);
    expect(h.start).toBeGreaterThan(previousEnd);
    previousEnd = h.end;
    expect(words.some((w, i) => w.index === h.start && matches[i]), `highlight ${a.text.slice(h.start, h.end)} starts on a matched word`).toBe(true);
    expect(words.some((w, i) => w.index + w[0].length === h.end && endsMatch(i)), `highlight ${a.text.slice(h.start, h.end)} ends on a matched word or phrase`).toBe(true);
  }
  words.forEach((w, i) => {
    const start = w.index;
    const end = start + w[0].length;
    if (matches[i]) expect(inside(start, end), `matched word "${w[0]}" is bold`).toBe(true);
  });
}

let engine: Awaited<ReturnType<typeof openEngine>>;
beforeAll(async () => {
  engine = await openEngine({ corpusDir: CORPUS, cache: false });
});

describe("every sentence of the bundled corpus", () => {
  it("slices exactly, lies inside its paragraph, and the sentences cover each paragraph's text", () => {
    const { model } = engineInternals(engine);
    expect(model.sentences.length).toBeGreaterThan(150);
    model.articles.forEach((article, ai) => {
      const own = model.sentences.filter((s) => s.articleId === article.id);
      for (const [i, s] of own.entries()) {
        expect(article.body.slice(s.start, s.end)).toBe(s.text);
        expect(s.index).toBe(i);
        const p = model.paragraphs[ai]?.[s.paragraph];
        expect(p).toBeDefined();
        expect(s.start).toBeGreaterThanOrEqual(p?.start ?? Infinity);
        expect(s.end).toBeLessThanOrEqual(p?.end ?? -Infinity);
        if (i > 0) expect(s.start).toBeGreaterThanOrEqual((own[i - 1]?.end ?? 0));
      }
      // Nothing is lost between sentences but spaces (and the one scraper prefix).
      for (const p of model.paragraphs[ai] ?? []) {
        const text = article.body.slice(p.start, p.end).replace(/^\s*date \d{4}-\d{2}-\d{2}\s+/, "");
        const joined = own.filter((s) => s.paragraph === p.index).map((s) => s.text).join("");
        expect(joined.replace(/\s+/g, ""), `${article.id} paragraph ${p.index}`).toBe(text.replace(/\s+/g, ""));
      }
    });
  });

  it("context(key) for every key: exact quote and neighbours, or undefined for boilerplate", () => {
    const { model } = engineInternals(engine);
    let shown = 0;
    for (const s of model.sentences) {
      const key = passageKey(s);
      const view = engine.context(key);
      if (s.boilerplate) {
        expect(view, key).toBeUndefined();
        continue;
      }
      shown++;
      expect(view, key).toBeDefined();
      if (!view) continue;
      const body = bodyOf(engine, s.articleId);
      expectExactCitation(engine, view.citation);
      expect(view.citation).toMatchObject({ articleId: s.articleId, start: s.start, end: s.end, quote: s.text, paragraph: s.paragraph + 1, sentence: s.index + 1 });
      expect(view.sentence.text).toBe(s.text);
      const around = [...view.before, view.sentence, ...view.after];
      expect(view.before.length).toBeLessThanOrEqual(2);
      expect(view.after.length).toBeLessThanOrEqual(2);
      for (const [i, n] of around.entries()) {
        expect(body.slice(n.start, n.end)).toBe(n.text);
        expect(n.articleId).toBe(s.articleId);
        expect(n.boilerplate).toBeUndefined();
        if (i > 0) expect(n.start).toBeGreaterThan(around[i - 1]?.start ?? Infinity);
      }
    }
    expect(shown).toBe(engine.summary.sentences);
  });

  it("context() takes a window and refuses keys that name no passage", () => {
    const { model } = engineInternals(engine);
    const s = model.sentences.find((x) => !x.boilerplate && x.index > 5 && x.articleId === "dpa-putin-high-tech-duel-kiev");
    if (!s) throw new Error("no sentence");
    expect(engine.context(passageKey(s), { window: 0 })).toMatchObject({ before: [], after: [] });
    const one = engine.context(passageKey(s), { window: 1 });
    expect(one?.before.length).toBeLessThanOrEqual(1);
    expect(one?.after.length).toBeLessThanOrEqual(1);
    for (const bad of [
      "",
      "nonsense",
      `${s.articleId}:${s.start + 1}-${s.end}`,
      `${s.articleId}:${s.start}-${s.end - 1}`,
      `no-such-article:${s.start}-${s.end}`,
      `${s.articleId}:${s.start}-${s.end}x`,
      `${s.articleId.toUpperCase()}:${s.start}-${s.end}`,
    ]) {
      expect(engine.context(bad), bad).toBeUndefined();
    }
  });
});

describe("answers to a broad set of questions", () => {
  const results = new Map<string, AskResult>();
  beforeAll(() => {
    for (const q of QUESTIONS) results.set(q, engine.ask(q, { limit: 50 }));
  });

  it("most of the questions are answered", () => {
    const answered = [...results.values()].filter((r) => r.answered).length;
    expect(answered).toBeGreaterThanOrEqual(QUESTIONS.length - 2);
  });

  it("every answer and every alsoIn citation is exact", () => {
    let checked = 0;
    for (const r of results.values()) {
      if (!r.answered) continue;
      expect(r.total).toBe(r.answers.length);
      for (const a of r.answers) {
        expectExactAnswer(engine, a);
        checked += 1 + a.alsoIn.length;
      }
      // No passage is shown twice, as a lead or a copy.
      const keys = r.answers.flatMap((a) => [a.key, ...a.alsoIn.map(passageKey)]);
      expect(new Set(keys).size).toBe(keys.length);
    }
    expect(checked).toBeGreaterThan(100);
  });

  it("highlights are inside the text and cover exactly the words that match the question", () => {
    let bold = 0;
    for (const [q, r] of results) {
      if (!r.answered) continue;
      for (const a of r.answers) {
        expectHighlights(engine, q, a);
        bold += a.highlights.length;
      }
    }
    expect(bold).toBeGreaterThan(100);
  });

  it("adjacent matched words are one bold run", () => {
    const r = engine.ask("Who is Austin Tice?");
    expect(r.answered).toBe(true);
    if (!r.answered) return;
    const a = r.answers[0] as Answer;
    expect(a.highlights.map((h) => a.text.slice(h.start, h.end))).toEqual(["Austin Tice"]);
  });

  it("passages come best first, whatever their article, each sentence once", () => {
    for (const [q, r] of results) {
      if (!r.answered) continue;
      const scores = r.answers.map((a) => a.score);
      expect(scores, q).toEqual([...scores].sort((x, y) => y - x));
      const keys = r.answers.flatMap((a) => [a.key, ...a.alsoIn.map((c) => `${c.articleId}:${c.start}-${c.end}`)]);
      expect(new Set(keys).size, q).toBe(keys.length);
    }
  });

  it("the wire copy in the bundled corpus (LBC and dpa quoting the same sentence) is one answer", () => {
    const r = engine.ask("Is there a chance of shooting down these missiles?", { limit: 50 });
    expect(r.answered).toBe(true);
    if (!r.answered) return;
    const withCopy = r.answers.filter((a) => a.text.includes("There is no chance of shooting down these missiles"));
    expect(withCopy).toHaveLength(1);
    const a = withCopy[0] as Answer;
    const outlets = [a.citation.articleId, ...a.alsoIn.map((c) => c.articleId)].sort();
    expect(outlets).toEqual(["dpa-putin-high-tech-duel-kiev", "lbc-putin-high-tech-duel-kyiv"]);
    // Each copy quotes its own article: straight quotes in one, curly in the other.
    const quotes = [a.citation.quote, ...a.alsoIn.map((c) => c.quote)];
    expect(new Set(quotes).size).toBe(2);
  });
});

describe("paging", () => {
  it.each(["Who was killed in Moscow?", "What did Putin say about compromise?", "Russia Ukraine war Putin Trump Kyiv Moscow missile"])(
    "%s: pages concatenate to the full list with a constant total",
    (q) => {
      const all = engine.ask(q, { limit: 50 });
      expect(all.answered).toBe(true);
      if (!all.answered) return;
      expect(all.total).toBeGreaterThanOrEqual(5);
      for (const limit of [1, 2, 3]) {
        const keys: string[] = [];
        for (let offset = 0; offset < all.total; offset += limit) {
          const page = engine.ask(q, { limit, offset });
          expect(page.answered).toBe(true);
          if (!page.answered) return;
          expect(page.total).toBe(all.total);
          expect(page.answers.length).toBe(Math.min(limit, all.total - offset));
          keys.push(...page.answers.map((a) => a.key));
        }
        expect(keys).toEqual(all.answers.map((a) => a.key));
      }
      const past = engine.ask(q, { offset: all.total });
      expect(past.answered && past.answers).toEqual([]);
      if (past.answered) expect(past.total).toBe(all.total);
    },
  );

  it("the default page is three answers", () => {
    const r = engine.ask("Who was killed in Moscow?");
    expect(r.answered && r.answers.length).toBe(3);
  });
});

describe("suppressed passages", () => {
  it("a suppressed key is never returned by ask, as a lead or a copy, and the next answer moves up", () => {
    for (const q of QUESTIONS.slice(0, 12)) {
      const before = engine.ask(q, { limit: 50 });
      if (!before.answered) continue;
      const first = before.answers[0] as Answer;
      const suppressed = new Set([first.key]);
      const after = engine.ask(q, { limit: 50, suppressed });
      const shown = after.answered ? after.answers.flatMap((a) => [a.key, ...a.alsoIn.map(passageKey)]) : [];
      expect(shown, q).not.toContain(first.key);
      if (after.answered && before.answers.length > 1 && first.alsoIn.length === 0) {
        expect(after.answers.map((a) => a.text)).toContain(before.answers[1]?.text);
      }
    }
  });

  it("suppressing every answer one by one ends in a refusal, never a suppressed key", () => {
    const q = "Who killed Igor Kirillov?";
    const suppressed = new Set<string>();
    for (let round = 0; round < 40; round++) {
      const r = engine.ask(q, { limit: 50, suppressed });
      if (!r.answered) break;
      for (const a of r.answers) {
        expect(suppressed.has(a.key)).toBe(false);
        for (const c of a.alsoIn) expect(suppressed.has(passageKey(c))).toBe(false);
      }
      suppressed.add((r.answers[0] as Answer).key);
    }
    expect(engine.ask(q, { suppressed }).answered).toBe(false);
    expect(suppressed.size).toBeGreaterThanOrEqual(2);
  });

  it("suppressing a sentence suppresses its wire copies: neither the lead nor a copy is cited again", () => {
    const q = "Is there a chance of shooting down these missiles?";
    const r = engine.ask(q);
    if (!r.answered) throw new Error("not answered");
    const a = r.answers.find((x) => x.alsoIn.length > 0) as Answer;
    const copyKey = passageKey(a.alsoIn[0] as Citation);
    const cited = (suppressed: string) => {
      const result = engine.ask(q, { suppressed: new Set([suppressed]), limit: 10 });
      return result.answered ? result.answers.flatMap((x) => [x.key, ...x.alsoIn.map((c) => passageKey(c))]) : [];
    };
    for (const key of [copyKey, a.key]) {
      expect(cited(key)).not.toContain(a.key);
      expect(cited(key)).not.toContain(copyKey);
    }
  });

  it("context() refuses a suppressed key and leaves suppressed neighbours out", () => {
    const { model } = engineInternals(engine);
    const own = model.sentences.filter((s) => s.articleId === "dpa-putin-high-tech-duel-kiev" && !s.boilerplate);
    const mid = own[4];
    const neighbour = own[3];
    if (!mid || !neighbour) throw new Error("no sentences");
    expect(engine.context(passageKey(mid), { suppressed: new Set([passageKey(mid)]) })).toBeUndefined();
    const view = engine.context(passageKey(mid), { suppressed: new Set([passageKey(neighbour)]) });
    expect(view?.before.map((s) => s.text)).not.toContain(neighbour.text);
    expect(engine.context(passageKey(mid))?.before.map((s) => s.text)).toContain(neighbour.text);
  });
});

describe("wire copy and passage order over a hand-made corpus", () => {
  const SAME = "the Oreshnik missile could not be intercepted by any Western air defence system.";
  const files: Record<string, { outlet: string; published: string; body: string }> = {
    "wire-a": { outlet: "Agency A", published: "2024-12-20", body: `Putin said ${SAME}\nThe remarks came at his annual news conference.` },
    "wire-b": { outlet: "Paper B", published: "2024-12-19T09:00:00Z", body: `Putin said ${SAME}\nMarkets in Moscow were unmoved by the speech.` },
    "wire-c": { outlet: "Paper C", published: "2024-12-21", body: `Analysts were sceptical of the claim.\nHe said ${SAME}` },
    "other-d": { outlet: "Paper D", published: "2024-12-22", body: "The Oreshnik missile was first fired at Dnipro in November, and Western air defence officials studied the debris." },
    "grain-x": {
      outlet: "Paper X",
      published: "2024-12-18",
      body: [
        "The Kremlin said the grain corridor talks in Istanbul had collapsed on Monday.",
        "The Kremlin said the grain corridor talks in Istanbul could resume next month.",
        "The Kremlin said the grain corridor talks in Istanbul needed new guarantees from Ankara.",
      ].join("\n"),
    },
    "grain-y": { outlet: "Paper Y", published: "2024-12-18", body: "Turkish diplomats said grain corridor talks remained possible despite the Kremlin statement." },
  };
  let tmp: string;
  let small: QaEngine;
  beforeAll(async () => {
    tmp = await mkdtemp(path.join(tmpdir(), "citebot-qa-citations-"));
    await mkdir(path.join(tmp, "corpus"));
    for (const [id, f] of Object.entries(files)) {
      await writeFile(path.join(tmp, "corpus", `${id}.md`), `---\nid: ${id}\nheadline: Report ${id}\noutlet: ${f.outlet}\npublished: ${f.published}\n---\n${f.body}\n`);
    }
    small = await openEngine({ corpusDir: path.join(tmp, "corpus"), cache: false });
  });
  afterAll(async () => {
    await rm(tmp, { recursive: true, force: true });
  });

  it("two outlets carrying the same sentence give one answer with the others in alsoIn, earliest first", () => {
    const r = small.ask("Could Western air defence systems intercept the Oreshnik missile?", { limit: 50 });
    expect(r.answered).toBe(true);
    if (!r.answered) return;
    const wire = r.answers.filter((a) => a.text.endsWith(SAME));
    expect(wire).toHaveLength(1);
    const a = wire[0] as Answer;
    expectExactAnswer(small, a);
    const all = [a.citation, ...a.alsoIn].map((c) => c.articleId).sort();
    expect(all).toEqual(["wire-a", "wire-b", "wire-c"]);
    expect(a.alsoIn.map((c) => c.published)).toEqual(a.alsoIn.map((c) => c.published).sort());
    for (const c of a.alsoIn) expect(c.quote.endsWith(SAME)).toBe(true);
    // The different sentence of another article is never merged into the copies.
    expect(r.answers.filter((x) => x.citation.articleId === "other-d").every((x) => !x.text.endsWith(SAME))).toBe(true);
    expect(r.total).toBe(r.answers.length);
  });

  it("the attribution tag may differ (he said / Putin said): still one passage", () => {
    const r = small.ask("He said the Oreshnik missile could not be intercepted", { limit: 50 });
    if (!r.answered) throw new Error("not answered");
    const texts = r.answers.map((a) => a.text).filter((t) => t.endsWith(SAME));
    expect(texts).toHaveLength(1);
  });

  it("the story's stronger sentences come before a weaker one from another article", () => {
    const r = small.ask("What did the Kremlin say about the grain corridor talks in Istanbul?", { limit: 50 });
    expect(r.answered).toBe(true);
    if (!r.answered) return;
    const articles = r.answers.map((a) => a.citation.articleId);
    expect(articles.slice(0, 3)).toEqual(["grain-x", "grain-x", "grain-x"]);
    expect(articles.indexOf("grain-y")).toBe(articles.includes("grain-y") ? 3 : -1);
  });
});
