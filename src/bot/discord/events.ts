/**
 * Discord events in, handlers out: slash commands, buttons and mentions each
 * become an Invocation with the right Responder and pass through the error
 * boundary (handle.ts) once.
 */
import {
  Events,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Client,
  type Interaction,
  type Message,
} from "discord.js";
import { findButton } from "../buttons/index.js";
import { findCommand } from "../commands/index.js";
import { handle } from "../handle.js";
import { UserFacingError, type Invocation } from "../invocation.js";
import { answerMention, questionFromMention } from "../mention.js";
import { NOTICES, renderNotice, type Choice } from "../render/index.js";
import type { Responder } from "../responder.js";
import type { BotRuntime } from "../runtime.js";
import { InteractionResponder } from "./interaction-responder.js";
import { MessageResponder } from "./message-responder.js";

function invocation(runtime: BotRuntime, responder: Responder, source: { id: string; guildId: string | null }, userId: string): Invocation {
  return { runtime, responder, userId, guildId: source.guildId, requestId: source.id };
}

async function onCommand(runtime: BotRuntime, interaction: ChatInputCommandInteraction): Promise<void> {
  const call = invocation(runtime, new InteractionResponder(interaction), interaction, interaction.user.id);
  const command = findCommand(interaction.commandName);
  // Options arrive as name/value pairs; the command's zod schema decides what they mean.
  const options = Object.fromEntries(interaction.options.data.map((option) => [option.name, option.value]));
  await handle(call, `/${interaction.commandName}`, async () => {
    if (!command) throw new UserFacingError(`citebot has no /${interaction.commandName} command any more; see /help.`);
    return command.run(call, options);
  });
}

async function onButton(runtime: BotRuntime, interaction: ButtonInteraction): Promise<void> {
  const call = invocation(runtime, new InteractionResponder(interaction), interaction, interaction.user.id);
  const button = findButton(interaction.customId, runtime.hooks.buttons);
  await handle(call, `button:${button?.name ?? "unknown"}`, async () => {
    if (button) return button.run(call);
    await call.responder.send(renderNotice(NOTICES.unknownButton), "private");
    return "unknown-button";
  });
}

/**
 * Suggestions while someone types an option (/quote's speaker). Runs on
 * every keystroke, so it logs at debug level only; a failure sends no
 * suggestions rather than an error, which Discord has no place to show.
 */
async function onAutocomplete(runtime: BotRuntime, interaction: AutocompleteInteraction): Promise<void> {
  const started = performance.now();
  const command = `/${interaction.commandName}`;
  let choices: Choice[] = [];
  try {
    const focused = interaction.options.getFocused(true);
    choices = findCommand(interaction.commandName)?.autocomplete?.(runtime, { name: focused.name, value: String(focused.value) }) ?? [];
  } catch (error) {
    runtime.log.error("autocomplete failed", { command, guild: interaction.guildId, error });
  }
  try {
    await interaction.respond(choices);
  } catch (error) {
    // Discord drops suggestions that come too late (the person typed on); nothing is lost.
    runtime.log.warn("autocomplete not delivered", { command, guild: interaction.guildId, error });
    return;
  }
  runtime.log.debug("autocomplete", { command, guild: interaction.guildId, latencyMs: Math.round((performance.now() - started) * 10) / 10, choices: choices.length });
}

async function onMessage(runtime: BotRuntime, client: Client, message: Message): Promise<void> {
  if (message.author.bot || message.webhookId !== null || message.system || !client.user) return;
  const question = questionFromMention(message.content, client.user.id);
  if (question === undefined) return;
  const call = invocation(runtime, new MessageResponder(message), message, message.author.id);
  await handle(call, "mention", () => answerMention(call, question));
}

export function attachHandlers(client: Client, runtime: BotRuntime): void {
  client.on(Events.InteractionCreate, (interaction: Interaction) => {
    if (interaction.isChatInputCommand()) void onCommand(runtime, interaction);
    else if (interaction.isButton()) void onButton(runtime, interaction);
    else if (interaction.isAutocomplete()) void onAutocomplete(runtime, interaction);
    // citebot registers no menus or modals; anything else is not ours.
  });
  client.on(Events.MessageCreate, (message) => void onMessage(runtime, client, message));
}
