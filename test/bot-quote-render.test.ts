/**
 * The /quote renderer on hand-made quotes: escaping, how attributions are
 * worded, fitting long quotes within Discord's limits, buttons, the "not
 * found" replies and autocomplete choices; plus the "mq:" custom id and the
 * terminal's /quote syntax.
 */
import { describe, expect, test } from "vitest";
import type { QuoteResult, SpeakerSuggestion } from "../src/qa/index.js";
import { parseLine } from "../src/bot/chat/parse-line.js";
import { customId, parseCustomId } from "../src/bot/custom-ids.js";
import {
  CUT_MARK,
  attributionPhrase,
  outletChoices,
  renderNoQuotes,
  renderQuotePage,
  renderUnknownSpeaker,
  speakerChoices,
  toDiscordPayload,
  type QuotePageInput,
} from "../src/bot/render/index.js";
import { displayed } from "./fake-discord/inspect.js";
import { limitViolations } from "./fake-discord/limits.js";
import { citation } from "./fixtures/bot-helpers.js";

const SPEAKER = { id: "vladimir-putin", name: "Vladimir Putin" };


function quote(text: string, n: number, over: Partial<QuoteResult> = {}): QuoteResult {
  const start = n * 10_000;
  return {
    text,
    kind: "full",
    attribution: { speaker: SPEAKER, label: "Putin", method: "named" },
    citation: citation({ start, end: start + text.length, quote: text, paragraph: n + 1 }),
    alsoIn: [],
    key: `article-one:${start}-${start + text.length}`,
    ...over,
  };
}

function page(quotes: QuoteResult[], over: Partial<QuotePageInput> = {}) {
  return renderQuotePage({ speaker: SPEAKER, quotes, total: quotes.length, offset: 0, filters: {}, askId: "111", userId: "222", ...over });
}

const descriptionOf = (reply: { embeds?: Array<{ description?: string }> }) => reply.embeds?.[0]?.description ?? "";

describe("quote pages", () => {
  test("each quote verbatim in quotation marks, with kind, attribution and citation", () => {
    const quotes = [
      quote("Politics is the art of compromise", 1, { attribution: { speaker: SPEAKER, label: "Russia’s long-standing leader", method: "resolved" } }),
      quote("high-tech duel", 2, { kind: "partial" }),
      quote("Let’s see what happens.", 3, { attribution: { speaker: SPEAKER, label: "he", method: "inherited" } }),
    ];
    const { reply, shown } = page(quotes);
    expect(shown).toEqual(quotes);
    const text = displayed(descriptionOf(reply));
    expect(text.split("\n")).toEqual([
      "Quotes by Vladimir Putin",
      "",
      "1. *The Outlet* · [A headline](https://news.example/story) · 19 December 2024 · paragraph 2",
      "> “Politics is the art of compromise”",
      "Full quote · resolved from “Russia’s long-standing leader”",
      "",
      "2. *The Outlet* · [A headline](https://news.example/story) · 19 December 2024 · paragraph 3",
      "> “high-tech duel”",
      "Partial quote · named as “Putin”",
      "",
      "3. *The Outlet* · [A headline](https://news.example/story) · 19 December 2024 · paragraph 4",
      "> “Let’s see what happens.”",
      "Full quote · inherited from the quote before it (“he”)",
    ]);
    expect(reply.embeds?.[0]?.footer?.text).toBe("Quotes 1–3 of 3 · quoted verbatim from the articles · speakers identified automatically");
    // One private "Show context" per quote, numbered like the quotes, carrying the quote's key.
    expect(reply.buttons).toEqual([quotes.map((q, i) => ({ customId: `ctx:${q.key}`, label: `Context ${i + 1}`, style: "secondary" }))]);
  });

  test("hostile quotes, labels, names and filters are escaped; nothing can ping", () => {
    const hostile = "Tell @everyone **now** <@123456789012345678> ||x|| [link](http://evil.example) `code` <t:0:R>";
    const q = quote(hostile, 1, {
      attribution: { speaker: SPEAKER, label: "@here **boss**", method: "named" },
      citation: citation({ outlet: "Evil ||Times||", headline: "[click](http://evil.example)", quote: hostile }),
      alsoIn: [citation({ outlet: "@everyone News" })],
    });
    const { reply } = renderQuotePage({
      speaker: { id: "x", name: "**Bold** @everyone" },
      quotes: [q],
      total: 1,
      offset: 0,
      filters: { topic: "<@1> **t**", outlet: "||o||" },
      askId: "1",
      userId: "2",
    });
    const markdown = descriptionOf(reply);
    // Every piece of syntax is escaped (a backslash before it), so it shows as text.
    for (const raw of [/(?<!\\)@everyone/, /(?<!\\)@here/, /(?<!\\)<@/, /(?<!\\)<t:/, /(?<!\\)\*\*(now|boss|Bold|t)/, /(?<!\\)\|\|/, /(?<!\\)`/]) {
      expect(markdown).not.toMatch(raw);
    }
    expect(displayed(markdown)).toContain(`> “${hostile}”`);
    expect(displayed(markdown)).toContain("Quotes by **Bold** @everyone about “<@1> **t**” from outlets matching “||o||”");
    expect(displayed(markdown)).toContain("named as “@here **boss**”");
    expect(displayed(markdown)).toContain("Also in *@everyone News*");
    // The only link is the article's own URL.
    expect([...markdown.matchAll(/(?<!\\)\]\(([^)]*)\)/g)].map((m) => m[1])).toEqual(["https://news.example/story"]);
    const payload = toDiscordPayload(reply, { delivery: "edit" });
    expect(payload.allowedMentions).toEqual({ parse: [] });
  });

  test.each([
    ["named", "named as “Putin”"],
    ["resolved", "resolved from “Putin”"],
    ["inherited", "inherited from the quote before it (“Putin”)"],
  ] as const)("attribution %s reads %s", (method, words) => {
    expect(attributionPhrase({ speaker: SPEAKER, label: "Putin", method })).toBe(words);
  });

  test("long quotes share the embed within every limit, cut at a word with a mark and no closing quotation mark", () => {
    const long = (n: number) => Array.from({ length: 500 }, (_, i) => `word${n}x${i}`).join(" ");
    const quotes = [1, 2, 3, 4, 5].map((n) => quote(long(n), n, { alsoIn: [citation({ outlet: "Other" })] }));
    const { reply, shown } = page(quotes, { total: 12 });
    expect(limitViolations(toDiscordPayload(reply, { delivery: "edit" }))).toEqual([]);
    // Each gets a fair share well above the minimum, so all five are shown, each cut.
    expect(shown).toHaveLength(5);
    const lines = descriptionOf(reply).split("\n").filter((l) => l.startsWith("> "));
    expect(lines).toHaveLength(shown.length);
    for (const line of lines) {
      expect(line.endsWith(CUT_MARK)).toBe(true);
      expect(line).not.toContain("”");
      expect(line).toMatch(/x\d+…$/);
    }
    // The next page starts after the last quote shown.
    expect(reply.buttons?.flat().map((b) => b.customId)).toEqual([...quotes.map((q) => `ctx:${q.key}`), "mq:111:222:5"]);
  });

  test("a quote too long to share the page moves to the next one rather than being cut to nothing", () => {
    const quotes = Array.from({ length: 5 }, (_, n) => quote(Array.from({ length: 400 }, (_, i) => `w${i}`).join(" "), n, { alsoIn: Array.from({ length: 3 }, () => citation({ outlet: "O".repeat(60) })) }));
    const narrow = renderQuotePage({ speaker: { id: "x", name: "N".repeat(300) }, quotes, total: 5, offset: 0, filters: { topic: "t".repeat(200), outlet: "o".repeat(100) }, askId: "1", userId: "2" });
    expect(limitViolations(toDiscordPayload(narrow.reply, { delivery: "edit" }))).toEqual([]);
    for (const line of descriptionOf(narrow.reply).split("\n").filter((l) => l.startsWith("> "))) expect(line.length).toBeGreaterThan(150);
  });

  test("More quotes pages on from the offset, extra buttons follow it, none on the last page", () => {
    const quotes = [1, 2].map((n) => quote(`quote number ${n}`, n));
    const extra = (shown: readonly { key: string }[], first: number) => shown.map((q, i) => ({ customId: `cbm:report:${q.key}`, label: `Report ${first + i}`, style: "danger" as const }));
    const middle = page(quotes, { offset: 5, total: 9, extraButtons: extra });
    expect(middle.reply.buttons?.map((row) => row.map((b) => b.label))).toEqual([["Context 6", "Context 7"], ["More quotes", "Report 6", "Report 7"]]);
    expect(middle.reply.buttons?.[1]?.[0]?.customId).toBe("mq:111:222:7");
    expect(descriptionOf(middle.reply)).toContain("**6.** ");
    expect(middle.reply.embeds?.[0]?.footer?.text).toMatch(/^Quotes 6–7 of 9 /);
    const last = page(quotes, { offset: 7, total: 9 });
    expect(last.reply.buttons?.map((row) => row.map((b) => b.label))).toEqual([["Context 8", "Context 9"]]);
  });
});

describe("Context buttons", () => {
  const short = (count: number) => Array.from({ length: count }, (_, n) => quote(`short quote ${n}`, n));
  const grid = (reply: { buttons?: Array<Array<{ label: string }>> }) => reply.buttons?.map((row) => row.map((b) => b.label)) ?? [];

  test("a page never shows a quote whose Context button would not fit Discord's 5 × 5 grid, and keeps More quotes", () => {
    // 25 quotes would need 5 rows of Context buttons, leaving none for More quotes: 20 are shown, the rest move on.
    const { reply, shown } = page(short(25), { total: 30 });
    expect(shown).toHaveLength(20);
    const rows = grid(reply);
    expect(rows).toHaveLength(5);
    expect(rows.slice(0, 4).flat()).toEqual(shown.map((_, i) => `Context ${i + 1}`));
    expect(rows[4]).toEqual(["More quotes"]);
    expect(reply.buttons?.[4]?.[0]?.customId).toBe("mq:111:222:20");
    expect(reply.embeds?.[0]?.footer?.text).toMatch(/^Quotes 1–20 of 30 /);
    expect(limitViolations(toDiscordPayload(reply, { delivery: "edit" }))).toEqual([]);
  });

  test("with a Report button per quote as well, the page shrinks until every button fits", () => {
    const extra = (shown: readonly { key: string }[], first: number) => shown.map((q, i) => ({ customId: `cbm:report:${q.key}`, label: `Report ${first + i}`, style: "danger" as const }));
    const { reply, shown } = page(short(25), { total: 30, extraButtons: extra });
    // 10 Context buttons (2 rows) + More quotes and 10 Reports (3 rows); an 11th quote would need a 6th row.
    expect(shown).toHaveLength(10);
    const labels = grid(reply).flat();
    expect(labels).toEqual([...shown.map((_, i) => `Context ${i + 1}`), "More quotes", ...shown.map((_, i) => `Report ${i + 1}`)]);
    expect(limitViolations(toDiscordPayload(reply, { delivery: "edit" }))).toEqual([]);
  });

  test("the description numbers quotes the way the Context buttons are labelled, from the page's offset", () => {
    const { reply } = page(short(3), { offset: 10, total: 13 });
    const numbers = [...descriptionOf(reply).matchAll(/^\*\*(\d+)\.\*\* /gm)].map((m) => `Context ${m[1]}`);
    expect(numbers).toEqual(["Context 11", "Context 12", "Context 13"]);
    expect(grid(reply)).toEqual([numbers]);
  });
});

describe("nothing to show", () => {
  const closest: SpeakerSuggestion[] = [
    { id: "vladimir-putin", name: "Vladimir Putin", quoteCount: 31 },
    { id: "donald-trump", name: "Donald Trump", quoteCount: 1 },
    { id: "austin-tice", name: "Austin Tice", quoteCount: 0 },
  ];

  test("an unknown speaker is named (escaped) with the closest known ones", () => {
    const reply = renderUnknownSpeaker("**Obama** @everyone", closest);
    expect(reply.embeds?.[0]?.title).toBe("Speaker not found");
    const markdown = descriptionOf(reply);
    expect(markdown).not.toMatch(/(?<!\\)@everyone/);
    expect(displayed(markdown).split("\n")).toEqual([
      "No speaker called “**Obama** @everyone” in the corpus.",
      "",
      "Closest speakers",
      "• Vladimir Putin (31 quotes)",
      "• Donald Trump (1 quote)",
      "• Austin Tice (no quotes)",
      "",
      "Start typing a name after `/quote speaker:` and pick one of the suggestions.",
    ]);
    expect(displayed(descriptionOf(renderUnknownSpeaker("zzz", [])))).toContain("No known speaker comes close.");
  });

  test("a known speaker without quotes, or without quotes passing the filters", () => {
    expect(displayed(descriptionOf(renderNoQuotes({ speaker: SPEAKER, filters: {}, unfiltered: 0 })))).toBe(
      "The corpus has no direct quotes by Vladimir Putin: the articles mention them without quoting their words.",
    );
    expect(displayed(descriptionOf(renderNoQuotes({ speaker: SPEAKER, filters: {}, unfiltered: 0, withdrawn: true })))).toBe(
      "None of the quotes by Vladimir Putin can be shown here: this server's moderators have withdrawn them.",
    );
    const filtered = displayed(descriptionOf(renderNoQuotes({ speaker: SPEAKER, filters: { topic: "tanks", outlet: "LBC" }, unfiltered: 31 })));
    expect(filtered).toContain("No quotes by Vladimir Putin about “tanks” from outlets matching “LBC”.");
    expect(filtered).toContain("there are 31 quotes");
    expect(displayed(descriptionOf(renderNoQuotes({ speaker: SPEAKER, filters: { topic: "tanks" }, unfiltered: 1 })))).toContain("there is 1 quote");
  });
});

describe("autocomplete choices", () => {
  test("speakers: name with the quote count shown, the id sent, within Discord's limits", () => {
    const many: SpeakerSuggestion[] = Array.from({ length: 40 }, (_, i) => ({ id: `speaker-${i}`, name: i === 0 ? "N".repeat(300) : `Speaker\n${i}`, quoteCount: 40 - i }));
    const choices = speakerChoices(many);
    expect(choices).toHaveLength(25);
    for (const choice of choices) {
      expect(choice.name.length).toBeGreaterThan(0);
      expect(choice.name.length).toBeLessThanOrEqual(100);
      expect(choice.value.length).toBeLessThanOrEqual(100);
    }
    expect(choices[0]!.name).toMatch(/…? \(40 quotes\)$/);
    expect(choices[1]).toEqual({ name: "Speaker 1 (39 quotes)", value: "speaker-1" });
    expect(speakerChoices([{ id: "a", name: "A", quoteCount: 1 }])).toEqual([{ name: "A (1 quote)", value: "a" }]);
  });

  test("outlets: those containing the typed text in any case, value cut to 100", () => {
    const outlets = ["LBC", "The Independent", "The Epoch Times", "X".repeat(150), ""];
    expect(outletChoices(outlets, "the")).toEqual([
      { name: "The Independent", value: "The Independent" },
      { name: "The Epoch Times", value: "The Epoch Times" },
    ]);
    const [long] = outletChoices(outlets, "xx");
    expect(long!.value).toBe("X".repeat(100));
    expect(long!.name.length).toBeLessThanOrEqual(100);
    expect(outletChoices(Array.from({ length: 30 }, (_, i) => `Outlet ${i}`), "")).toHaveLength(25);
  });
});

describe("custom ids and the terminal", () => {
  test("More quotes ids round-trip within 100 characters; malformed ones are refused", () => {
    const action = { kind: "more-quotes", askId: "9".repeat(20), userId: "9".repeat(20), offset: 10_000 } as const;
    const id = customId(action);
    expect(id.length).toBeLessThanOrEqual(100);
    expect(parseCustomId(id)).toEqual(action);
    for (const raw of ["mq:1:2:0", "mq:1:2:10001", "mq:a:2:3", "mq:1:2", "mq:1:2:3:4", "mq:"]) expect(parseCustomId(raw), raw).toBeUndefined();
  });

  test("a quote's key makes a Show context id within 100 characters, even at the longest a key can be", () => {
    const longest = `${"a".repeat(40)}:${"9".repeat(9)}-${"9".repeat(9)}`;
    const id = customId({ kind: "context", key: longest });
    expect(id).toBe(`ctx:${longest}`);
    expect(id.length).toBeLessThanOrEqual(100);
    expect(parseCustomId(id)).toEqual({ kind: "context", key: longest });
    // Anything that is not a passage or quote key is refused (so a forged id never reaches the engine).
    for (const raw of ["ctx:", "ctx:Article:1-2", "ctx:a:1", "ctx:a:1-2:3", `ctx:${"a".repeat(41)}:1-2`, "ctx:a:1234567890-2"]) expect(parseCustomId(raw), raw).toBeUndefined();
  });

  test("/quote lines take a bare name or Discord's option syntax", () => {
    expect(parseLine("/quote Zelensky")).toEqual({ kind: "command", name: "quote", options: { speaker: "Zelensky" } });
    expect(parseLine("/quote speaker:Zelensky topic:peace")).toEqual({ kind: "command", name: "quote", options: { speaker: "Zelensky", topic: "peace" } });
    expect(parseLine("/Quote speaker: Vladimir Putin topic: peace talks outlet: The Independent private: true")).toEqual({
      kind: "command",
      name: "quote",
      options: { speaker: "Vladimir Putin", topic: "peace talks", outlet: "The Independent", private: true },
    });
    expect(parseLine("/quote Putin outlet:LBC")).toEqual({ kind: "command", name: "quote", options: { speaker: "Putin", outlet: "LBC" } });
    expect(parseLine("/quote")).toEqual({ kind: "command", name: "quote", options: { speaker: "" } });
  });
});
