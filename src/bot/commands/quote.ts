/**
 * /quote speaker:<name> [topic:<words>] [outlet:<name>] [private:<bool>] —
 * a speaker's direct quotes, verbatim and cited, with how each was
 * attributed. `speaker` and `outlet` autocomplete.
 */
import { SlashCommandBuilder } from "discord.js";
import { z } from "zod";
import type { Invocation, Outcome } from "../invocation.js";
import { lookUpQuotes, speakerSuggestions } from "../quote-lookup.js";
import { DISCORD_LIMITS, outletChoices, speakerChoices, type Choice } from "../render/index.js";
import type { BotRuntime } from "../runtime.js";
import type { FocusedOption } from "./types.js";

/** Longest speaker and outlet Discord lets people type (an autocomplete value is at most 100 too). */
const MAX_NAME = 100;
/** Longest topic (the engine's limit for it). */
const MAX_TOPIC = 200;

export const data = new SlashCommandBuilder()
  .setName("quote")
  .setDescription("What someone said: their direct quotes from the news articles, each cited")
  .addStringOption((option) =>
    option.setName("speaker").setDescription("Who, e.g. Zelensky or Putin (suggestions appear as you type)").setRequired(true).setMaxLength(MAX_NAME).setAutocomplete(true),
  )
  .addStringOption((option) => option.setName("topic").setDescription("Only quotes about this, e.g. peace talks").setMaxLength(MAX_TOPIC))
  .addStringOption((option) => option.setName("outlet").setDescription("Only quotes from this outlet, e.g. The Independent").setMaxLength(MAX_NAME).setAutocomplete(true))
  .addBooleanOption((option) => option.setName("private").setDescription("Only you see the quotes (default: everyone in the channel)"))
  .toJSON();

export const input = z.object({
  speaker: z.string().max(MAX_NAME, `must be at most ${MAX_NAME} characters`),
  topic: z.string().max(MAX_TOPIC, `must be at most ${MAX_TOPIC} characters`).optional(),
  outlet: z.string().max(MAX_NAME, `must be at most ${MAX_NAME} characters`).optional(),
  private: z.boolean().default(false),
});

export function execute(call: Invocation, options: z.output<typeof input>): Promise<Outcome> {
  return lookUpQuotes(call, {
    speaker: options.speaker,
    topic: options.topic,
    outlet: options.outlet,
    visibility: options.private ? "private" : "public",
  });
}

export function autocomplete(runtime: BotRuntime, focused: FocusedOption, guildId: string | null): Choice[] {
  // What is typed is untrusted and unbounded; no name is longer than Discord's option limit.
  const typed = focused.value.slice(0, MAX_NAME);
  switch (focused.name) {
    case "speaker":
      // Nothing typed yet: the most-quoted speakers.
      return speakerChoices(speakerSuggestions(runtime, guildId, typed, DISCORD_LIMITS.autocompleteChoices));
    case "outlet":
      return outletChoices(runtime.engine.summary.outlets, typed);
    default:
      return [];
  }
}
