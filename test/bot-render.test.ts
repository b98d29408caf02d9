/**
 * The renderer on hand-made answers: escaping, safe links, cutting at word
 * boundaries, sharing the embed budget, buttons, and the Discord payload.
 */
import { describe, expect, test } from "vitest";
import type { Answer, ContextView, Sentence } from "../src/qa/index.js";
import {
  CUT_MARK,
  escapeMarkdown,
  fitText,
  link,
  markdownToText,
  renderAbout,
  renderAnswerPage,
  renderContext,
  renderNotFound,
  safeUrl,
  shareBudget,
  singleLine,
  toDiscordPayload,
  type Reply,
} from "../src/bot/render/index.js";
import { displayed } from "./fake-discord/inspect.js";
import { limitViolations } from "./fake-discord/limits.js";
import { citation } from "./fixtures/bot-helpers.js";


function answer(text: string, n: number, over: Partial<Answer> = {}): Answer {
  return {
    text,
    score: 1,
    citation: citation({ start: n * 1000, end: n * 1000 + text.length, quote: text }),
    alsoIn: [],
    highlights: [],
    key: `article-one:${n * 1000}-${n * 1000 + text.length}`,
    ...over,
  };
}

/** Seeded, so failures repeat. */
function random(seed: number): () => number {
  let s = seed;
  return () => ((s = (s * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
}

function toPayload(reply: Reply) {
  const payload = toDiscordPayload(reply, { delivery: "create" });
  return { content: payload.content, embeds: payload.embeds, components: payload.components };
}

describe("escaping", () => {
  test("any text, however hostile, displays exactly as written", () => {
    const next = random(7);
    const alphabet = ["*", "_", "~", "|", "`", "\\", "[", "]", "(", ")", "<", ">", "#", "@", ":", "/", "-", "+", ".", "1", "a", " ", "everyone", "https://", "\u202e"];
    for (let i = 0; i < 500; i++) {
      const text = Array.from({ length: 1 + Math.floor(next() * 30) }, () => alphabet[Math.floor(next() * alphabet.length)]).join("");
      expect(displayed(escapeMarkdown(singleLine(text))), JSON.stringify(text)).toBe(singleLine(text));
    }
  });

  test("mentions, links, timestamps, spoilers and block syntax are neutralised", () => {
    expect(escapeMarkdown("@everyone and @here")).toBe("\\@everyone and \\@here");
    expect(escapeMarkdown("<@123> <#456> <t:0:R> <:e:1>")).toBe("\\<\\@123\\> \\<#456\\> \\<t:0:R\\> \\<:e:1\\>".replace("<#", "<\\#"));
    expect(escapeMarkdown("[x](http://evil)")).toBe("\\[x\\]\\(http\\://evil\\)");
    expect(escapeMarkdown("||spoiler|| `code` **b** __u__ ~~s~~")).toBe("\\|\\|spoiler\\|\\| \\`code\\` \\*\\*b\\*\\* \\_\\_u\\_\\_ \\~\\~s\\~\\~");
    expect(escapeMarkdown("- item")).toBe("\\- item");
    expect(escapeMarkdown("12. item")).toBe("12\\. item");
    expect(escapeMarkdown("# Heading")).toBe("\\# Heading");
    expect(escapeMarkdown("> quote")).toBe("\\> quote");
  });

  test("line breaks and bidirectional overrides cannot reshape the message", () => {
    expect(singleLine("one\ntwo\r\n\tthree\u2028four")).toBe("one two three four");
    expect(singleLine("abc\u202edcba\u2066x\u2069")).toBe("abcdcbax");
  });
});

describe("links", () => {
  test("only http(s) URLs without credentials are linked, with brackets encoded", () => {
    expect(safeUrl("https://news.example/a(b)c?q=[1]")).toBe("https://news.example/a%28b%29c?q=%5B1%5D");
    expect(safeUrl("http://news.example/x y")).toBe("http://news.example/x%20y");
    for (const bad of ["javascript:alert(1)", "data:text/html,x", "ftp://news.example/", "https://trusted.example@evil.example/", "https://user:pw@news.example/", "not a url", "//news.example"]) {
      expect(safeUrl(bad), bad).toBeUndefined();
    }
    expect(safeUrl(`https://news.example/${"a".repeat(600)}`)).toBeUndefined();
  });

  test("the label is escaped, and an unsafe URL leaves just the label", () => {
    expect(link("A [b] *c*", "https://news.example/")).toBe("[A \\[b\\] \\*c\\*](https://news.example/)");
    expect(link("Title", "javascript:alert(1)")).toBe("Title");
    expect(link("   ", undefined)).toBe("article");
  });
});

describe("cutting", () => {
  test("cuts only between words, marks the cut, and keeps text that fits whole", () => {
    const text = "The quick brown fox jumps over the lazy dog";
    expect(fitText(text, 100)).toEqual({ rendered: text, cut: false });
    for (let max = 5; max < text.length; max++) {
      const fitted = fitText(text, max)!;
      expect(fitted.rendered.length).toBeLessThanOrEqual(max);
      expect(fitted.rendered.endsWith(CUT_MARK)).toBe(true);
      const kept = fitted.rendered.slice(0, -1);
      expect(text.startsWith(kept) && text[kept.length] === " ").toBe(true);
    }
    // A first word longer than the budget is cut inside, rather than shown as just the mark.
    expect(fitText("Supercalifragilistic expialidocious", 10)).toEqual({ rendered: "Supercali…", cut: true, midWord: true });
    expect(fitText("Supercalifragilistic", 1)).toBeUndefined();
  });

  test("shares a budget fairly: small wants in full, the rest split", () => {
    expect(shareBudget(100, [10, 200, 200])).toEqual([10, 45, 45]);
    expect(shareBudget(100, [10, 20])).toEqual([10, 20]);
    const shares = shareBudget(4000, [3000, 3000, 50]);
    expect(shares[2]).toBe(50);
    expect(shares.reduce((a, b) => a + b)).toBeLessThanOrEqual(4000);
  });
});

describe("answer pages", () => {
  const long = (seed: string) => `${seed} ${"word ".repeat(600).trim()}.`;

  test("long passages share the embed within every limit; passages that cannot fit move to the next page", () => {
    // Long headlines and URLs make each citation heavy, so five cannot share one embed usefully.
    const heavy = citation({ headline: "Headline ".repeat(30), url: `https://news.example/${"path/".repeat(95)}` });
    const answers = [1, 2, 3, 4, 5].map((n) => ({ ...answer(long(`Passage${n}`), n), citation: heavy }));
    const page = renderAnswerPage({ answers, total: 12, offset: 0, askId: "111", userId: "222" });
    expect(limitViolations(toPayload(page.reply))).toEqual([]);
    expect(page.shown.length).toBeGreaterThanOrEqual(1);
    expect(page.shown.length).toBeLessThan(5);
    const ids = page.reply.buttons!.flat().map((b) => b.customId);
    expect(ids).toContain(`more:111:222:${page.shown.length}`);
    expect(page.reply.embeds![0]!.footer!.text).toBe(`Passages 1–${page.shown.length} of 12 · quoted verbatim from the articles`);
    for (const shown of page.shown) expect(page.reply.embeds![0]!.description).toContain(`> ${shown.text.slice(0, 20)}`);
  });

  test("three 3,000-character passages are all shown, each cut to a fair share", () => {
    const answers = [1, 2, 3].map((n) => answer(long(`Passage${n}`), n));
    const page = renderAnswerPage({ answers, total: 3, offset: 0, askId: "1", userId: "2" });
    expect(page.shown).toHaveLength(3);
    const description = page.reply.embeds![0]!.description!;
    expect(description.length).toBeLessThanOrEqual(4096);
    expect(description.match(/ word…\n|word…$/g)).toHaveLength(3);
  });

  test("highlights are bold, clipped to the text and merged; citations carry outlet, link, date and paragraph", () => {
    const text = "Putin said the missile could not be stopped.";
    const a = answer(text, 1, { highlights: [{ start: 0, end: 5 }, { start: 14, end: 21 }, { start: 17, end: 24 }, { start: 36, end: 99 }] });
    const page = renderAnswerPage({ answers: [a], total: 1, offset: 0, askId: "1", userId: "2" });
    const description = page.reply.embeds![0]!.description!;
    expect(description).toContain("> **Putin** said the **missile c**ould not be **stopped.**");
    expect(description).toContain("**1.** *The Outlet* · [A headline](https://news.example/story) · 19 December 2024 · paragraph 4");
    expect(page.reply.buttons).toEqual([[{ customId: `ctx:${a.key}`, label: "Context 1", style: "secondary" }]]);
  });

  test("a supplied headline is marked, and wire copy names the other outlets", () => {
    const a = answer("Text.", 1, { citation: citation({ headlineSupplied: true }), alsoIn: [citation({ outlet: "Wire A" }), citation({ outlet: "Wire B" }), citation({ outlet: "Wire A" })] });
    const description = renderAnswerPage({ answers: [a], total: 1, offset: 0, askId: "1", userId: "2" }).reply.embeds![0]!.description!;
    expect(description).toContain("(descriptive title)");
    expect(description).toContain("Also in *Wire A*, *Wire B*");
  });

  test("extra buttons (moderators' Report) go after More sources, and repeated keys get one button", () => {
    const a = answer("Same passage.", 1);
    const page = renderAnswerPage({
      answers: [a, a],
      total: 9,
      offset: 3,
      askId: "9",
      userId: "8",
      extraButtons: (shown, first) => [{ customId: `cbm:report:${shown[0]!.key}`, label: `Report ${first}`, style: "danger" }],
    });
    expect(page.reply.buttons!.map((row) => row.map((b) => b.label))).toEqual([["Context 4"], ["More sources", "Report 4"]]);
    expect(limitViolations(toPayload(page.reply))).toEqual([]);
  });

  test("no More sources button on the last page", () => {
    const page = renderAnswerPage({ answers: [answer("Last.", 1)], total: 4, offset: 3, askId: "1", userId: "2" });
    expect(page.reply.buttons!.flat().map((b) => b.label)).toEqual(["Context 4"]);
  });
});

describe("other replies", () => {
  test("not found: the reason, the closest articles, escaped", () => {
    const reply = renderNotFound(
      {
        question: "q",
        answered: false,
        reason: "unknown-terms",
        unknownTerms: ["**peru**"],
        nearest: [{ articleId: "a", headline: "[Nearest]", outlet: "O", published: "2025-01-10", url: "javascript:x", score: 1 }],
      },
      3,
    );
    expect(reply.embeds![0]!.title).toBe("Not found in the corpus");
    expect(reply.embeds![0]!.description).toContain("No article mentions **\\*\\*peru\\*\\***.");
    expect(reply.embeds![0]!.description).toContain("• *O* · \\[Nearest\\] · 10 January 2025");
  });

  test("context of enormous neighbours keeps the cited sentence and whole sentences only", () => {
    const s = (index: number, text: string, paragraph = index): Sentence => ({ id: index, articleId: "a", paragraph, index, start: 0, end: text.length, text });
    const view: ContextView = {
      citation: citation(),
      before: [s(0, "x ".repeat(2500).trim()), s(1, "Short before.", 2)],
      sentence: s(2, "The cited sentence."),
      after: [s(3, "Short after.", 2), s(4, "y ".repeat(2500).trim())],
    };
    const description = renderContext(view).embeds![0]!.description!;
    expect(description.length).toBeLessThanOrEqual(4096);
    expect(description).toMatch(/^… Short before\. \*\*The cited sentence\.\*\* Short after\. …\n\n\*The Outlet\*/);
  });

  test("about with hundreds of outlets fits, counting the rest", () => {
    const outlets = Array.from({ length: 400 }, (_, i) => `Outlet number ${i}`);
    const reply = renderAbout({ articles: 1000, sentences: 50_000, outlets, from: "2020-01-01", to: "2025-01-01" });
    const description = reply.embeds![0]!.description!;
    expect(description.length).toBeLessThanOrEqual(4096);
    expect(description).toMatch(/and \d+ more$/);
    expect(description).toContain("**1,000** news articles (**50,000** sentences) by **400** outlets, published between 1 January 2020 and 1 January 2025");
  });
});

describe("the Discord payload", () => {
  test("plain content suppresses link previews; embeds do not; private only on create; nothing pings", () => {
    expect(toDiscordPayload({ content: "hi" }, { delivery: "create", visibility: "private" })).toMatchObject({ flags: 64 | 4, allowedMentions: { parse: [] } });
    expect(toDiscordPayload({ embeds: [{ description: "x" }] }, { delivery: "create", visibility: "public" }).flags).toBe(0);
    expect(toDiscordPayload({ embeds: [{ description: "x" }] }, { delivery: "edit", visibility: "private" }).flags).toBe(0);
    expect(toDiscordPayload({ content: "x" }, { delivery: "create", replyingToMessage: true }).allowedMentions).toEqual({ parse: [], repliedUser: false });
  });
});

describe("terminal text", () => {
  test("unescapes, shows links as text <url>, and uses ANSI bold only when asked", () => {
    const markdown = "> **Putin** said \\*\\*not bold\\*\\* [Head \\[1\\]](https://x.example/a%28b%29)";
    expect(markdownToText(markdown)).toBe("  │ Putin said **not bold** Head [1] <https://x.example/a%28b%29>");
    expect(markdownToText("**b**", { ansi: true })).toBe("\x1b[1mb\x1b[22m");
    expect(markdownToText("again <t:100:R>", { now: () => 90_000 })).toBe("again in 10 s");
  });
});
