/**
 * Boilerplate exclusion: page furniture (captions, teasers, related
 * headlines, schedules, copyright notices, bylines, bios, datelines, a
 * scraper's date prefix) stays verbatim in the article but is never cited.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { engineInternals } from "../src/qa/engine.js";
import { createEngine, openEngine, passageKey, type Article, type AskResult, type QaEngine, type Sentence } from "../src/qa/index.js";
import { article as makeArticle } from "./fixtures/qa-helpers.js";

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const CORPUS = path.join(REPO, "corpus");

const article = (id: string, body: string, extra: Partial<Article> = {}) => makeArticle(id, body, { headline: "Kremlin talks resume", outlet: "Test Wire", ...extra });

function sentencesOf(engine: QaEngine): Sentence[] {
  return engineInternals(engine).model.sentences;
}

/** Every passage key an answer shows: the lead and its wire copies. */
function citedKeys(result: AskResult): string[] {
  if (!result.answered) return [];
  return result.answers.flatMap((a) => [a.key, ...a.alsoIn.map((c) => passageKey({ articleId: c.articleId, start: c.start, end: c.end }))]);
}

/** The sentence whose text starts with (or, failing that, contains) `text`. */
function find(sentences: readonly Sentence[], articleId: string, text: string): Sentence {
  const own = sentences.filter((s) => s.articleId === articleId);
  const s = own.find((x) => x.text.startsWith(text)) ?? own.find((x) => x.text.includes(text));
  if (!s) throw new Error(`no sentence of ${articleId} contains ${JSON.stringify(text)}`);
  return s;
}

// One paragraph per line; the comment says what each must be.
const FURNITURE = [
  /* 0 prefix + prose */ " date 2024-12-19 Vladimir Putin told reporters in Moscow that the army was advancing on every front.",
  /* 1 caption */ "Putin speaks at his annual news conference in Moscow on Thursday. (Photo by Alexander Kazakov/AP)",
  /* 2 prose */ "The Kremlin said talks with Washington would resume after the inauguration in January.",
  /* 3 teaser */ "Read more: Putin issues stark warning over hypersonic missile tests",
  /* 4 schedule */ "Nick Ferrari 7am - 10am",
  /* 5 dateline */ "Updated: 19 December 2024, 13:27",
  /* 6 related */ "Zelensky dismisses Kremlin peace overture",
  /* 7 related */ "Oil prices climb as winter sets in across Europe",
  /* 8 related */ "Why the Baltic cable cuts worry NATO planners",
  /* 9 prose */ "The foreign ministry said the ambassador had been summoned over the drone attack on the refinery.",
  /* 10 caption */ "A damaged apartment block in Belgorod. John Smith/Reuters",
  /* 11 caption */ "Firefighters at the scene of the strike. Photo: Jane Roe",
  /* 12 caption */ "Rescue workers search the rubble in Dnipro. Getty Images",
  /* 13 copyright */ "© 2024 Example News Ltd. All rights reserved.",
  /* 14 copyright */ "This material may not be published, broadcast, rewritten or redistributed.",
  /* 15 copyright */ "Reporting by Jane Doe; Editing by John Roe",
  /* 16 copyright */ "Source: example-news.co.uk",
  /* 17 copyright */ "AFP contributed to this report.",
  /* 18 byline */ "Jane Doe",
  /* 19 byline */ "Author",
  /* 20 bio */ "Jane Doe is a senior correspondent covering Russia and Eastern Europe for Example News.",
  /* 21 prose, no final punctuation */
  "The governor of the Belgorod region said that the reconstruction of the damaged apartment blocks would take at least two years and would be paid for by the federal budget rather than by the residents themselves as had first been feared",
  /* 22 dateline */ "December 19, 2024",
  /* 23 teaser */ "Watch: Putin's full end-of-year news conference",
  /* 24 prose */ "A second drone struck the refinery in Belgorod shortly before dawn.",
  /* 25 duplicate */ "Zelensky dismisses Kremlin peace overture",
];
const EXPECTED: Array<string | undefined> = [
  undefined,
  "caption",
  undefined,
  "teaser",
  "schedule",
  "dateline",
  "related-headline",
  "related-headline",
  "related-headline",
  undefined,
  "caption",
  "caption",
  "caption",
  "copyright",
  "copyright",
  "copyright",
  "copyright",
  "copyright",
  "byline",
  "byline",
  "author-bio",
  undefined,
  "dateline",
  "teaser",
  undefined,
  "duplicate-line",
];

/** Each line's mark, as one article of those lines. */
function paragraphMarks(lines: readonly string[]): Array<string | undefined> {
  const e = createEngine([article("lines", lines.join("\n"))]);
  return (engineInternals(e).model.paragraphs[0] ?? []).map((p) => p.boilerplate);
}

describe("boilerplate in a hand-written article", () => {
  const body = FURNITURE.join("\n");
  let engine: ReturnType<typeof createEngine>;
  let sentences: Sentence[];
  beforeAll(() => {
    engine = createEngine([article("furniture", body, { author: "Jane Doe" })]);
    sentences = sentencesOf(engine);
  });

  it("marks each paragraph as expected", () => {
    const paragraphs = engineInternals(engine).model.paragraphs[0] ?? [];
    expect(paragraphs).toHaveLength(FURNITURE.length);
    expect(paragraphs.map((p) => p.boilerplate)).toEqual(EXPECTED);
    // Every sentence carries its paragraph's mark.
    for (const s of sentences) expect(s.boilerplate, s.text).toBe(paragraphs[s.paragraph]?.boilerplate);
  });

  it("the outlet's calls to the reader are not citable, and news that uses the same verbs is", () => {
    const lines = [
      "The valley road was closed on Monday after the river burst its banks.",
      "Sign up for our morning newsletter to get the day's news in your inbox.",
      "Follow us on Twitter and Facebook for updates on the flood.",
      "Click here to subscribe.",
      "Subscribers to the county's flood alerts were warned on Sunday night.",
      "Donate blood if you can, the hospital urged residents on Tuesday.",
    ];
    expect(paragraphMarks(lines)).toEqual([undefined, "teaser", "teaser", "teaser", undefined, undefined]);
  });

  it("the page talking about itself or its paywall is not citable; news about subscriptions is", () => {
    const lines = [
      "The valley road was closed on Monday after the river burst its banks.",
      "This article is more than 2 years old.",
      "Already a subscriber? Log in.",
      "We use cookies to improve your experience on our site.",
      "Advertisement - scroll to continue reading.",
      "The paper said its subscribers would get unlimited access to the flood maps.",
    ];
    expect(paragraphMarks(lines)).toEqual([undefined, "teaser", "teaser", "teaser", "teaser", undefined]);
  });

  it("a caption labelled as one for screen readers is not citable, whatever follows the label", () => {
    const lines = [
      "The valley road was closed on Monday after the river burst its banks.",
      "Image caption, Firefighters pumped water from the flooded houses on Monday.",
      "Media caption: The moment the old bridge gave way",
      "The image of the collapsed bridge was shared widely on Monday.",
    ];
    expect(paragraphMarks(lines)).toEqual([undefined, "caption", "caption", undefined]);
  });

  it("how to reach the writer or the newsroom, and the outlet's standards notice, are not citable", () => {
    const lines = [
      "The valley road was closed on Monday after the river burst its banks.",
      "Jane Roe can be reached at jroe@outlet.example or on Twitter.",
      "Have a news tip? Email us at tips@outlet.example.",
      "Our Standards: The Outlet Trust Principles.",
      "The county set up a hotline, and residents can be reached by boat in the lower valley.",
    ];
    expect(paragraphMarks(lines)).toEqual([undefined, "author-bio", "author-bio", "copyright", undefined]);
  });

  it("a byline line (By Jane Doe) is not citable", () => {
    const e = createEngine([article("by", "By Jane Doe\nThe ministry confirmed the strike on the depot near Kursk on Friday.")]);
    const [byline, prose] = sentencesOf(e);
    expect(byline?.text).toBe("By Jane Doe");
    expect(byline?.boilerplate).toBeDefined();
    expect(prose?.boilerplate).toBeUndefined();
  });

  it("the scraper's date prefix is never part of a sentence", () => {
    const first = sentences[0] as Sentence;
    expect(first.text).toBe("Vladimir Putin told reporters in Moscow that the army was advancing on every front.");
    expect(first.start).toBe(body.indexOf("Vladimir Putin"));
    expect(body.slice(first.start, first.end)).toBe(first.text);
    expect(sentences.some((s) => s.text.includes("2024-12-19"))).toBe(false);
    const r = engine.ask("Who told reporters the army was advancing?");
    expect(r.answered && r.answers[0]?.text).toBe(first.text);
  });

  it("a long prose paragraph without final punctuation is citable and answers", () => {
    const long = find(sentences, "furniture", "The governor of the Belgorod region");
    expect(long.boilerplate).toBeUndefined();
    const r = engine.ask("How long will the reconstruction of the apartment blocks take?");
    expect(r.answered).toBe(true);
    if (r.answered) expect(r.answers[0]?.key).toBe(passageKey(long));
  });

  it("a short paragraph whose last sentence leads into a list is prose, not a heading", () => {
    const lead = "Some sanctions have exemptions that do not fit this pattern. Thus, a typical package reads:";
    const e = createEngine([article("list", ["U.S. Sanctions Target Oil Shipping", lead, "The package bans shipping insurance for tankers above the price cap."].join("\n"))]);
    const marks = (engineInternals(e).model.paragraphs[0] ?? []).map((p) => p.boilerplate);
    expect(marks).toEqual(["subheading", undefined, undefined]);
    const r = e.ask("Which sanctions have exemptions?");
    expect(r.answered && r.answers[0]?.text).toBe("Some sanctions have exemptions that do not fit this pattern.");
  });

  it("a quote signed after a dash is someone's words, not a heading, with or without a final stop", () => {
    const lines = ["Carrow Bridge To Be Rebuilt", "The council voted on Monday to rebuild the Carrow bridge by 2027.", "“We owe this town a bridge it can trust” — Ada Okafor, mayor of Carrow", "\"Nobody asked the ferry crews.\" - Ben Hale"];
    const e = createEngine([article("signed", lines.join("\n"))]);
    const marks = (engineInternals(e).model.paragraphs[0] ?? []).map((p) => p.boilerplate);
    expect(marks).toEqual(["subheading", undefined, undefined, undefined]);
    const quoted = (speaker: string) => {
      const found = e.findQuotes({ speaker });
      return found.speaker === null ? [] : found.quotes.map((q) => q.text);
    };
    expect(quoted("Ada Okafor")).toEqual(["We owe this town a bridge it can trust"]);
    expect(quoted("Ben Hale")).toEqual(["Nobody asked the ferry crews."]);
  });

  it("context() refuses every boilerplate sentence and skips them around a cited one", () => {
    for (const s of sentences) {
      const view = engine.context(passageKey(s), { window: 30 });
      if (s.boilerplate) expect(view, s.text).toBeUndefined();
      else {
        expect(view?.sentence.text).toBe(s.text);
        for (const n of [...(view?.before ?? []), ...(view?.after ?? [])]) expect(n.boilerplate, n.text).toBeUndefined();
      }
    }
  });

  it("questions aimed at the furniture never cite it", () => {
    const furniture = new Set(sentences.filter((s) => s.boilerplate).map(passageKey));
    const questions = [
      "What warning did Putin issue over hypersonic missile tests?",
      "Who took the photo of Putin at the news conference?",
      "When is Nick Ferrari on air?",
      "When was the article updated?",
      "Did Zelensky dismiss the Kremlin peace overture?",
      "Why do the Baltic cable cuts worry NATO planners?",
      "Why are oil prices climbing?",
      "Who photographed the damaged apartment block in Belgorod?",
      "Who reserves all rights?",
      "Who edited the report?",
      "Who is Jane Doe?",
      "What does Jane Doe cover?",
      "Which agency contributed to this report?",
      "Where can I watch Putin's news conference?",
      "What happened in Dnipro?",
      "What did the Kremlin say about talks with Washington?",
      "What struck the refinery in Belgorod?",
    ];
    let answered = 0;
    for (const q of questions) {
      const r = engine.ask(q, { limit: 50 });
      if (r.answered) answered++;
      for (const key of citedKeys(r)) expect(furniture.has(key), `${q} cited ${key}`).toBe(false);
    }
    // The prose questions must still be answered: the filter is not "refuse everything".
    expect(answered).toBeGreaterThanOrEqual(3);
  });

  it("boilerplate does not count towards the citable sentence total", () => {
    const citable = sentences.filter((s) => !s.boilerplate).length;
    expect(engine.summary.sentences).toBe(citable);
    expect(citable).toBeLessThan(sentences.length);
  });
});

describe("boilerplate in the bundled corpus", () => {
  let engine: Awaited<ReturnType<typeof openEngine>>;
  let sentences: Sentence[];
  beforeAll(async () => {
    engine = await openEngine({ corpusDir: CORPUS, cache: false });
    sentences = sentencesOf(engine);
  });

  it.each([
    ["lbc-putin-high-tech-duel-kyiv", "Read more: Putin issues stark warning", "teaser"],
    ["lbc-putin-high-tech-duel-kyiv", "Clive Bull 1am - 4am", "schedule"],
    ["lbc-putin-high-tech-duel-kyiv", "19 December 2024, 13:27", "dateline"],
    ["dpa-putin-high-tech-duel-kiev", "©2024 dpa GmbH", "copyright"],
    ["dpa-putin-high-tech-duel-kiev", "© Copyright 2024 dpa.", "copyright"],
    ["dpa-putin-high-tech-duel-kiev", "This material may not be published", "copyright"],
    ["dpa-putin-high-tech-duel-kiev", "This post was originally published on here", "copyright"],
    ["epoch-times-putin-ready-for-compromises", "Chris Summers is a UK-based journalist", "author-bio"],
    ["epoch-times-putin-ready-for-compromises", "Reuters contributed to this report.", "copyright"],
    ["epoch-times-putin-ready-for-compromises", "Maxim Shemetov/Reuters", "caption"],
    ["epoch-times-putin-ready-for-compromises", "Russian President Vladimir Putin attends his annual end-of-year press conference", "caption"],
    ["epoch-times-putin-ready-for-compromises", "(AP Photo)", "caption"],
    ["epoch-times-putin-ready-for-compromises", "Updated:", "dateline"],
    ["epoch-times-putin-ready-for-compromises", "Chris Summers", "byline"],
    ["independent-kremlin-trump-meeting", "Source: independent", "copyright"],
    ["independent-kremlin-trump-meeting", "Editorial: Ukraine is right to turn off", "teaser"],
    ["independent-kremlin-trump-meeting", "Russia dropped more than 50,000 glide bomb", "related-headline"],
    ["independent-kremlin-trump-meeting", "Ukrainian family learns son is alive", "related-headline"],
    ["independent-kremlin-trump-meeting", "Putin has ruled Russia for 25 years", "related-headline"],
  ])("%s: %s is %s and not citable", (articleId, text, reason) => {
    const s = find(sentences, articleId, text);
    expect(s.boilerplate).toBe(reason);
    expect(engine.context(passageKey(s))).toBeUndefined();
  });

  it("every sentence of the caption and bio paragraphs is marked, not just the first", () => {
    const bio = find(sentences, "epoch-times-putin-ready-for-compromises", "Chris Summers is a UK-based journalist");
    const caption = find(sentences, "epoch-times-putin-ready-for-compromises", "Igor Kirillov, chief of the Russian military");
    for (const p of [bio, caption]) {
      const same = sentences.filter((s) => s.articleId === p.articleId && s.paragraph === p.paragraph);
      for (const s of same) expect(s.boilerplate, s.text).toBeDefined();
    }
  });

  it("the scraper's date prefix of the news-conference report is not quoted", () => {
    const a = engine.articles.find((x) => x.id === "putin-news-conference-2024-12-19") as Article;
    expect(a.body.startsWith(" date 2024-12-19 In response")).toBe(true);
    const first = sentences.find((s) => s.articleId === a.id) as Sentence;
    expect(first.boilerplate).toBeUndefined();
    expect(first.start).toBe(a.body.indexOf("In response"));
    expect(first.text.startsWith("In response to a question about a new hypersonic ballistic missile")).toBe(true);
    expect(sentences.some((s) => /\bdate 2024-12-19/.test(s.text))).toBe(false);
  });

  it("ordinary prose sentences of each article stay citable", () => {
    for (const [id, text] of [
      ["dpa-putin-high-tech-duel-kiev", "MOSCOW — Russian President Vladimir Putin on Thursday challenged"],
      ["lbc-putin-high-tech-duel-kyiv", "Vladimir Putin has challenged the West"],
      ["epoch-times-putin-ready-for-compromises", "Putin said he had not spoken to Trump"],
      ["independent-kremlin-trump-meeting", "Russia has launched over 51,000 of guided aerial bombs"],
      ["putin-news-conference-2024-12-19", "Putin described Kirillov’s killing"],
    ] as const) {
      const s = find(sentences, id, text);
      expect(s.boilerplate, text).toBeUndefined();
      expect(engine.context(passageKey(s))?.sentence.text).toBe(s.text);
    }
  });

  it("no answer to any of these questions cites a boilerplate sentence", () => {
    const boilerplate = new Set(sentences.filter((s) => s.boilerplate).map(passageKey));
    expect(boilerplate.size).toBeGreaterThan(30);
    const questions = [
      "What warning did Putin issue about his red lines?",
      "Who is Chris Summers?",
      "What does Chris Summers write about?",
      "Who is Clive Bull?",
      "When is Clive Bull on air?",
      "Who distributes dpa articles?",
      "Who owns the copyright of the dpa article?",
      "Where was this post originally published?",
      "Who took the photo of Igor Kirillov?",
      "Who contributed to the Epoch Times report?",
      "Where did Kirillov attend a briefing in 2018?",
      "What is the source of the Independent article?",
      "How many glide bombs did Russia drop since Feb 22?",
      "Is Ukraine right to turn off the flow of Russian gas?",
      "What has Putin got to show for 25 years of ruling Russia?",
      "Did a Ukrainian family learn their son is alive?",
      "What does Kyiv stand to gain in the counterattack?",
      "Where are Putin's forces making gains on the frontline?",
      "What are the Russian glide bombs called?",
      "When was the Epoch Times article updated?",
      "Who was killed in Moscow?",
      "What did Putin say about compromise?",
      "Where did Putin challenge the West to a high-tech duel?",
      "How many glide bombs has Russia launched on Ukraine?",
      "What did Putin say about the Oreshnik missile?",
      "Russian President Vladimir Putin",
      "Putin Ready for Compromises Over Ukraine in Talks With Trump",
    ];
    let answered = 0;
    for (const q of questions) {
      const r = engine.ask(q, { limit: 50 });
      if (r.answered) answered++;
      for (const key of citedKeys(r)) expect(boilerplate.has(key), `${q} cited ${key}`).toBe(false);
    }
    // The seven ordinary questions at the end must still be answered.
    expect(answered).toBeGreaterThanOrEqual(7);
  });

  it("the glide-bomb question cites the body sentence, not the related headline", () => {
    const r = engine.ask("How many glide bombs has Russia launched on Ukraine?");
    expect(r.answered).toBe(true);
    if (r.answered) expect(r.answers[0]?.text).toContain("Russia has launched over 51,000 of guided aerial bombs");
  });
});
