/**
 * Turning what discord.js parsed out of an interaction into the plain,
 * untrusted name → value records handlers validate with zod: slash command
 * options (with the subcommand named), and the fields of a submitted form.
 */
import { ApplicationCommandOptionType, type CommandInteractionOption, type ModalSubmitInteraction } from "discord.js";
import type { ModalValues } from "../modals.js";

/**
 * Option name → value; a subcommand becomes `subcommand: <name>` with its own
 * options alongside (`/review suppress key:… reason:…` → `{ subcommand: "suppress", key, reason }`).
 */
export function commandOptions(options: readonly CommandInteractionOption[]): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const option of options) {
    if (option.type === ApplicationCommandOptionType.Subcommand || option.type === ApplicationCommandOptionType.SubcommandGroup) {
      values[option.type === ApplicationCommandOptionType.Subcommand ? "subcommand" : "subcommandGroup"] = option.name;
      Object.assign(values, commandOptions(option.options ?? []));
    } else {
      values[option.name] = option.value;
    }
  }
  return values;
}

/** Field custom id → typed text or chosen values. Fields of other kinds are left out. */
export function modalValues(interaction: ModalSubmitInteraction): ModalValues {
  const values: Record<string, string | readonly string[]> = {};
  for (const [id, field] of interaction.fields.fields) {
    if ("values" in field && Array.isArray(field.values)) values[id] = field.values.filter((v): v is string => typeof v === "string");
    else if ("value" in field && typeof field.value === "string") values[id] = field.value;
  }
  return values;
}
