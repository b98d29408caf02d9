/**
 * Forms (Discord modals): a plain description that features build, and its
 * API form, cut to Discord's limits. Every field sits in a Label component,
 * Discord's current layout for modals (action rows in modals are deprecated),
 * which is also what lets a form hold a select menu.
 */
import { ComponentType, TextInputStyle, type APIModalInteractionResponseCallbackData } from "discord.js";
import { truncate } from "./fit.js";
import { DISCORD_LIMITS } from "../../common/discord-limits.js";
import { singleLine } from "./markdown.js";

/** A free-text field. */
export interface TextFieldSpec {
  kind: "text";
  customId: string;
  label: string;
  /** Small print under the label. */
  description?: string;
  style: "short" | "paragraph";
  required: boolean;
  minLength?: number;
  maxLength: number;
  placeholder?: string;
}

/** One choice of a select. `value` comes back in the submission and must be short and validated there. */
export interface SelectOptionSpec {
  label: string;
  value: string;
  description?: string;
  /** Preselected. */
  default?: boolean;
}

/** A single-choice select menu. */
export interface SelectFieldSpec {
  kind: "select";
  customId: string;
  label: string;
  description?: string;
  placeholder?: string;
  required: boolean;
  /** At most {@link DISCORD_LIMITS.selectOptions}; the caller chooses which. */
  options: SelectOptionSpec[];
}

export type ModalFieldSpec = TextFieldSpec | SelectFieldSpec;

/** A form. Labels and titles are plain text (modals render no markdown). */
export interface ModalSpec {
  customId: string;
  title: string;
  /** One to {@link DISCORD_LIMITS.modalFields} fields, top to bottom. */
  fields: ModalFieldSpec[];
}

const plain = (text: string, max: number) => truncate(singleLine(text).trim(), max);

function field(spec: ModalFieldSpec) {
  const label = {
    type: ComponentType.Label as const,
    label: plain(spec.label, DISCORD_LIMITS.modalLabel),
    ...(spec.description ? { description: plain(spec.description, DISCORD_LIMITS.modalLabelDescription) } : {}),
  };
  if (spec.kind === "text") {
    return {
      ...label,
      component: {
        type: ComponentType.TextInput as const,
        custom_id: spec.customId,
        style: spec.style === "short" ? TextInputStyle.Short : TextInputStyle.Paragraph,
        required: spec.required,
        ...(spec.minLength !== undefined ? { min_length: spec.minLength } : {}),
        max_length: Math.min(spec.maxLength, DISCORD_LIMITS.textInputLength),
        ...(spec.placeholder ? { placeholder: plain(spec.placeholder, DISCORD_LIMITS.textInputPlaceholder) } : {}),
      },
    };
  }
  return {
    ...label,
    component: {
      type: ComponentType.StringSelect as const,
      custom_id: spec.customId,
      required: spec.required,
      min_values: spec.required ? 1 : 0,
      max_values: 1,
      ...(spec.placeholder ? { placeholder: plain(spec.placeholder, DISCORD_LIMITS.selectPlaceholder) } : {}),
      options: spec.options.slice(0, DISCORD_LIMITS.selectOptions).map((option) => {
        // A value is sent back verbatim and parsed; cutting it would corrupt it.
        if (option.value.length > DISCORD_LIMITS.selectOptionText) throw new Error(`select value longer than ${DISCORD_LIMITS.selectOptionText}: ${option.value}`);
        return {
          label: plain(option.label, DISCORD_LIMITS.selectOptionText),
          value: option.value,
          ...(option.description ? { description: plain(option.description, DISCORD_LIMITS.selectOptionText) } : {}),
          ...(option.default ? { default: true } : {}),
        };
      }),
    },
  };
}

/** The modal as Discord's API wants it in an interaction callback (type 9). */
export function toDiscordModal(spec: ModalSpec): APIModalInteractionResponseCallbackData {
  if (spec.customId.length > DISCORD_LIMITS.customId) throw new Error(`modal custom id longer than ${DISCORD_LIMITS.customId}: ${spec.customId}`);
  if (spec.fields.length === 0 || spec.fields.length > DISCORD_LIMITS.modalFields) throw new Error(`a modal holds 1 to ${DISCORD_LIMITS.modalFields} fields`);
  return { custom_id: spec.customId, title: plain(spec.title, DISCORD_LIMITS.modalTitle), components: spec.fields.map(field) };
}
