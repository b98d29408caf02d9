/**
 * The shape of a slash command module, and the wrapper that checks its
 * options with zod before its handler sees them.
 */
import type { RESTPostAPIApplicationCommandsJSONBody } from "discord.js";
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
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new UserFacingError(`/${module.data.name}: ${issue ? `${issue.path.join(".") || "options"} ${issue.message}` : "options not understood"}`);
      }
      return module.execute(call, parsed.data);
    },
    ...(module.autocomplete ? { autocomplete: module.autocomplete } : {}),
  };
}
