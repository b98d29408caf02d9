/**
 * Buttons under an answer: one "Context n" per passage, then "More sources"
 * and any extra buttons (the place for moderators' "Report"), in rows that
 * respect Discord's 5 × 5 grid.
 */
import { customId } from "../custom-ids.js";
import { DISCORD_LIMITS } from "../../common/discord-limits.js";
import type { ButtonSpec } from "./reply.js";

export interface AnswerButtonsInput {
  /** Passage number (as shown) and key, per passage on the page. */
  contexts: ReadonlyArray<{ number: number; key: string }>;
  /** Custom id of "More sources", when there are more. */
  more?: string;
  /** Label of that button. Default "More sources" (/quote pages say "More quotes"). */
  moreLabel?: string;
  /** Further buttons, placed after "More sources". */
  extra?: readonly ButtonSpec[];
}

function rows(buttons: readonly ButtonSpec[]): ButtonSpec[][] {
  const out: ButtonSpec[][] = [];
  for (let i = 0; i < buttons.length; i += DISCORD_LIMITS.buttonsPerRow) out.push(buttons.slice(i, i + DISCORD_LIMITS.buttonsPerRow));
  return out;
}

export function answerButtons(input: AnswerButtonsInput): ButtonSpec[][] {
  const seen = new Set<string>();
  // Discord rejects a message whose custom ids repeat; the same passage twice needs one button.
  const unique = (button: ButtonSpec) => !seen.has(button.customId) && seen.add(button.customId) !== undefined;
  const contexts = input.contexts
    .map(({ number, key }): ButtonSpec => ({ customId: customId({ kind: "context", key }), label: `Context ${number}`, style: "secondary" }))
    .filter(unique);
  const more: ButtonSpec[] = input.more ? [{ customId: input.more, label: input.moreLabel ?? "More sources", style: "primary" }] : [];
  const rest = [...more, ...(input.extra ?? [])].filter(unique);
  return [...rows(contexts), ...rows(rest)].slice(0, DISCORD_LIMITS.actionRows);
}
