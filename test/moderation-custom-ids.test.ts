import { describe, expect, it } from "vitest";
import { MAX_CUSTOM_ID_LENGTH, encodeCustomId, parseCustomId, type CustomId } from "../src/moderation/index.js";

const LONG_KEY = `${"a".repeat(40)}:999999998-999999999`;

describe("moderation: custom ids", () => {
  const samples: CustomId[] = [
    { kind: "report" },
    { kind: "report", passageKey: "article-1:10-20" },
    { kind: "report", passageKey: LONG_KEY },
    { kind: "report-modal", messageId: "12345678901234567" },
    { kind: "report-modal", messageId: "12345678901234567890", passageKey: LONG_KEY },
    { kind: "uphold", reportId: 1 },
    { kind: "suppress", reportId: 987654321 },
    { kind: "decide-modal", action: "uphold", reportId: 5 },
    { kind: "decide-modal", action: "suppress", reportId: 6 },
  ];

  it.each(samples)("round-trips %j within Discord's 100 characters", (id) => {
    const text = encodeCustomId(id);
    expect(text.length).toBeLessThanOrEqual(MAX_CUSTOM_ID_LENGTH);
    expect(text.startsWith("cbm:")).toBe(true);
    expect(parseCustomId(text)).toEqual(id);
  });

  it("encodes to a stable, readable form", () => {
    expect(encodeCustomId({ kind: "report", passageKey: "a:1-2" })).toBe("cbm:report:a:1-2");
    expect(encodeCustomId({ kind: "suppress", reportId: 12 })).toBe("cbm:suppress:12");
    expect(encodeCustomId({ kind: "report-modal", messageId: "12345678901234567", passageKey: "a:1-2" })).toBe(
      "cbm:report-modal:12345678901234567:a:1-2",
    );
  });

  it.each([
    "",
    "cbm",
    "cbm:",
    "report:a:1-2",
    "cbm:report:",
    "cbm:report:Article:1-2",
    "cbm:report:a:2-1",
    "cbm:report:a:1-2:extra",
    "cbm:report:a:1-2\n",
    "cbm:report-modal:123:a:1-2",
    "cbm:report-modal:123456789012345678901:a:1-2",
    "cbm:report-modal:12345678901234567:bad key",
    "cbm:uphold:0",
    "cbm:uphold:-1",
    "cbm:uphold:1.5",
    "cbm:uphold:abc",
    "cbm:uphold:99999999999999999",
    "cbm:suppress:",
    "cbm:restore:1",
    "cbm:decide-modal:restore:1",
    "cbm:decide-modal:uphold:",
    "CBM:uphold:1",
    "more:page:2",
    `cbm:report:${"a".repeat(41)}:1-2`,
    `cbm:report-modal:12345678901234567:${"a".repeat(90)}:1-2`,
  ])("rejects the malformed or foreign id %j", (text) => {
    expect(parseCustomId(text)).toBeUndefined();
  });

  it("refuses to encode invalid parts", () => {
    expect(() => encodeCustomId({ kind: "uphold", reportId: 0 })).toThrow();
    expect(() => encodeCustomId({ kind: "report", passageKey: "no" })).toThrow();
    expect(() => encodeCustomId({ kind: "report-modal", messageId: "1" })).toThrow();
  });
});
