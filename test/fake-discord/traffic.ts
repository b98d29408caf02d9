/**
 * Checks every bot test runs over the fake's traffic after each test: the
 * bot only used routes the fake knows, every body kept within Discord's
 * limits (modals by their own rules), and every request succeeded except the
 * refusals a test provoked on purpose.
 */
import { expect } from "vitest";
import { sent } from "./inspect.js";
import { limitViolations, modalViolations } from "./limits.js";
import type { FakeDiscord, RestCall } from "./server.js";

/** Interaction callback type of a modal (a form the bot opens). */
const MODAL = 9;

export function expectCleanTraffic(fake: FakeDiscord, expectedRefusals: ReadonlySet<RestCall> = new Set()): void {
  expect(fake.unknown, "requests the fake does not know").toEqual([]);
  for (const call of fake.calls) {
    const isModal = (call.body as { type?: number } | undefined)?.type === MODAL;
    expect(isModal ? modalViolations(sent(call)) : limitViolations(sent(call)), `${call.method} ${call.path}`).toEqual([]);
    if (!expectedRefusals.has(call)) expect(call.status, `${call.method} ${call.path} → ${JSON.stringify(call.response)}`).toBeLessThan(400);
  }
}

// Kept here too, where most tests import them from.
export { isAnswer, isCallback, isEdit } from "./inspect.js";
