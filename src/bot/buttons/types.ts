/**
 * A button handler: it recognises its own custom ids (parsed with zod, see
 * custom-ids.ts) and acts on them. Features outside the bot add handlers
 * through BotHooks.buttons.
 */
import type { Invocation, Outcome } from "../invocation.js";

export interface ButtonHandler<Action = unknown> {
  /** Names the button in the log. */
  readonly name: string;
  /** The action for `customId`, or undefined when the id is not this handler's (or is malformed). */
  parse(customId: string): Action | undefined;
  execute(call: Invocation, action: Action): Promise<Outcome>;
}
