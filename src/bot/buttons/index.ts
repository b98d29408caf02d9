/**
 * Every button citebot answers, explicitly, and the lookup that finds the
 * handler for a pressed button (citebot's own first, then hooked-in ones).
 */
import type { Invocation, Outcome } from "../invocation.js";
import { moreQuotes } from "./more-quotes.js";
import { moreSources } from "./more-sources.js";
import { showContext } from "./show-context.js";
import type { ButtonHandler } from "./types.js";

export const BUTTONS: readonly ButtonHandler[] = [moreSources as ButtonHandler, showContext as ButtonHandler, moreQuotes as ButtonHandler];

export interface PressedButton {
  name: string;
  run(call: Invocation): Promise<Outcome>;
}

/** The handler for `customId`, or undefined when no handler recognises it. */
export function findButton(customId: string, extra: readonly ButtonHandler[] = []): PressedButton | undefined {
  for (const handler of [...BUTTONS, ...extra]) {
    const action = handler.parse(customId);
    if (action !== undefined) return { name: handler.name, run: (call) => handler.execute(call, action) };
  }
  return undefined;
}

export type { ButtonHandler } from "./types.js";
