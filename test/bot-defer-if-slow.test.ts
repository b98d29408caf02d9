/**
 * When an answer is acknowledged before it is sent: only when it is not
 * ready within the usual wait, and at once when the request is already old
 * (it reached the bot late), so Discord's 3-second window holds either way.
 * The whole path through the fake Discord is in bot-slow-answer.test.ts.
 */
import { describe, expect, test, vi } from "vitest";
import { acknowledgeBudget, deferIfSlow } from "../src/bot/defer-if-slow.js";
import { BOT_DEFAULTS } from "../src/bot/options.js";
import type { Responder } from "../src/bot/responder.js";

function responder(ageMs?: number) {
  const defer = vi.fn(async () => {});
  const r: Responder = {
    mustAnswer: true,
    defer,
    send: async () => undefined,
    update: async () => undefined,
    ...(ageMs === undefined ? {} : { ageMs: () => ageMs }),
  };
  return { r, defer };
}

/** A promise the test settles, and a short real wait for timers to run. */
function held<T>() {
  let settle!: (value: T) => void;
  const promise = new Promise<T>((resolve) => (settle = resolve));
  return { promise, settle };
}
const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("acknowledgeBudget", () => {
  test("the usual wait for a fresh request, and for a request with no deadline", () => {
    expect(acknowledgeBudget(responder(0).r)).toBe(BOT_DEFAULTS.acknowledgeAfterMs);
    expect(acknowledgeBudget(responder().r)).toBe(BOT_DEFAULTS.acknowledgeAfterMs);
  });

  test("cut short as the request ages, and none left past the deadline", () => {
    const age = BOT_DEFAULTS.acknowledgeDeadlineMs - 100;
    expect(acknowledgeBudget(responder(age).r)).toBe(100);
    expect(acknowledgeBudget(responder(BOT_DEFAULTS.acknowledgeDeadlineMs + 500).r)).toBe(0);
  });
});

describe("deferIfSlow", () => {
  test("an answer ready at once is not acknowledged first, even on an old request", async () => {
    const { r, defer } = responder(BOT_DEFAULTS.acknowledgeDeadlineMs + 500);
    await expect(deferIfSlow(r, "public", Promise.resolve("answer"))).resolves.toBe("answer");
    expect(defer).not.toHaveBeenCalled();
  });

  test("a fresh request's answer still coming is not acknowledged before the wait is over", async () => {
    const { r, defer } = responder(0);
    const answer = held<string>();
    const result = deferIfSlow(r, "public", answer.promise);
    await tick(30);
    expect(defer).not.toHaveBeenCalled();
    answer.settle("answer");
    await expect(result).resolves.toBe("answer");
    expect(defer).not.toHaveBeenCalled();
  });

  test("an old request whose answer is still coming is acknowledged at once, with its visibility", async () => {
    const { r, defer } = responder(BOT_DEFAULTS.acknowledgeDeadlineMs + 500);
    const answer = held<string>();
    const result = deferIfSlow(r, "private", answer.promise);
    await tick(30);
    expect(defer).toHaveBeenCalledWith("private");
    answer.settle("answer");
    await expect(result).resolves.toBe("answer");
  });

  test("a failure is passed on as it is, and a quick one is not acknowledged first", async () => {
    const { r, defer } = responder(0);
    await expect(deferIfSlow(r, "public", Promise.reject(new Error("index exploded")))).rejects.toThrow("index exploded");
    expect(defer).not.toHaveBeenCalled();
  });
});
