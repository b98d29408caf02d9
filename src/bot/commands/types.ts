/**
 * The shape of a slash command module, and the wrapper that checks its
 * options with zod before its handler sees them.
 */
import { ApplicationCommandOptionType, type RESTPostAPIApplicationCommandsJSONBody } from "discord.js";
import type { z } from "zod";
import { UserFacingError, type Invocation, type Outcome } from "../invocation.js";
import type { Choice } from "../render/index.js";
import type { BotRuntime } from "../runtime.js";

/** The option someone is typing into, for autocomplete. Its value is untrusted and may be partial. */
export interface FocusedOption {
  name: string;
  value: string;
}

/** What each file in commands/ exports. */
export interface CommandModule<Input extends z.ZodType> {
  /** The definition registered with Discord by `npm run deploy-commands` (a slash command, or a message command such as "Report citation"). */
  data: RESTPostAPIApplicationCommandsJSONBody;
  /** The options, checked: Discord's own validation is not trusted (or present, in the terminal). */
  input: Input;
  execute(call: Invocation, input: z.output<Input>): Promise<Outcome>;
  /** Suggestions for an option registered with autocomplete (at most 25, see the renderer). Synchronous: it runs on every keystroke. */
  autocomplete?(runtime: BotRuntime, focused: FocusedOption, guildId: string | null): Choice[];
}

/** A command ready to run from raw options (option name → value). */
export interface SlashCommand {
  readonly name: string;
  readonly data: RESTPostAPIApplicationCommandsJSONBody;
  run(call: Invocation, options: Record<string, unknown>): Promise<Outcome>;
  /** Present when an option of the command has autocomplete; `guildId` (null in DMs) decides whose suppressions apply. */
  autocomplete?(runtime: BotRuntime, focused: FocusedOption, guildId: string | null): Choice[];
}

export function defineCommand<Input extends z.ZodType>(module: CommandModule<Input>): SlashCommand {
  return {
    name: module.data.name,
    data: module.data,
    run(call, options) {
      const parsed = module.input.safeParse(options);
      if (!parsed.success) throw new UserFacingError(problemLine(module.data, parsed.error.issues[0]));
      return module.execute(call, parsed.data);
    },
    ...(module.autocomplete ? { autocomplete: module.autocomplete } : {}),
  };
}

/**
 * One plain line for options that did not validate. Discord's own client
 * only sends what a command declares, so this is mostly a modified client's
 * doing; the person still gets a sentence, never a validator's internals.
 */
function problemLine(data: RESTPostAPIApplicationCommandsJSONBody, issue: z.core.$ZodIssue | undefined): string {
  const command = `/${data.name}`;
  const path = issue?.path.join(".") ?? "";
  if (path === "subcommand") {
    const options = "options" in data ? (data.options ?? []) : [];
    const names = options.filter((o) => o.type === ApplicationCommandOptionType.Subcommand).map((o) => o.name);
    const list = names.length > 1 ? `${names.slice(0, -1).join(", ")} or ${names.at(-1)}` : (names[0] ?? "");
    return `${command} needs a subcommand: ${list}.`;
  }
  if (issue === undefined || path === "") return `${command}: its options were not understood.`;
  // Messages written for people (in the command's schema) are kept; zod's own type errors are not.
  const plain = issue.code === "custom" || issue.code === "too_big" || issue.code === "too_small" ? issue.message : "is missing or not valid";
  return `${command}: option ${path} ${plain}`;
}
