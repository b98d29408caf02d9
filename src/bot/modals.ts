/**
 * Modal (form) submissions. citebot's own commands open no forms; features
 * that do (moderation's report and decision forms) add handlers through
 * BotHooks.modals. Like buttons, a submission is recognised by its custom id,
 * parsed back with zod by the handler, and anything unrecognised is refused.
 */
import type { Invocation, Outcome } from "./invocation.js";

/**
 * What was typed or chosen in a submitted form, by the custom id of each
 * field: a text input's value, or a select's chosen values. Untrusted: the
 * handler validates it with zod.
 */
export type ModalValues = Readonly<Record<string, string | readonly string[]>>;

export interface ModalHandler<Action = unknown> {
  /** Names the form in the log. */
  readonly name: string;
  /** The action for `customId`, or undefined when the id is not this handler's (or is malformed). */
  parse(customId: string): Action | undefined;
  execute(call: Invocation, action: Action, values: ModalValues): Promise<Outcome>;
}

export interface SubmittedModal {
  name: string;
  run(call: Invocation, values: ModalValues): Promise<Outcome>;
}

/** The handler for a submitted form's custom id, or undefined when none recognises it. */
export function findModal(customId: string, handlers: readonly ModalHandler[] = []): SubmittedModal | undefined {
  for (const handler of handlers) {
    const action = handler.parse(customId);
    if (action !== undefined) return { name: handler.name, run: (call, values) => handler.execute(call, action, values) };
  }
  return undefined;
}
