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
  type MessageContextMenuCommandInteraction,
  type ModalSubmitInteraction,
} from "discord.js";
import { findButton } from "../buttons/index.js";
import { findCommand } from "../commands/index.js";
import { handle } from "../handle.js";
import { UserFacingError, type Invocation } from "../invocation.js";
import { answerMention, questionFromMention } from "../mention.js";
import { findModal } from "../modals.js";
import { NOTICES, renderNotice, type Choice } from "../render/index.js";
import type { Responder } from "../responder.js";
import type { BotRuntime } from "../runtime.js";
import { commandOptions, modalValues } from "./interaction-data.js";
import { InteractionResponder } from "./interaction-responder.js";
import { MemberAccessTap } from "./member-access.js";
import { MessageResponder } from "./message-responder.js";

function invocation(
  runtime: BotRuntime,
  responder: Responder,
  source: { id: string; guildId: string | null },
  userId: string,
  context: Pick<Invocation, "member" | "message"> = {},
): Invocation {
  return { runtime, responder, userId, guildId: source.guildId, requestId: source.id, ...context };
}

/** Where a component interaction's message is, for handlers that refer back to it (reports). */
const sourceMessage = (message: Message | null) => (message ? { id: message.id, channelId: message.channelId } : undefined);

async function onCommand(runtime: BotRuntime, interaction: ChatInputCommandInteraction | MessageContextMenuCommandInteraction, access: MemberAccessTap): Promise<void> {
  const call = invocation(runtime, new InteractionResponder(interaction), interaction, interaction.user.id, { member: access.take(interaction.id) });
  const command = findCommand(interaction.commandName);
  // Options arrive as name/value pairs (a message command's one option is its target); the command's zod schema decides what they mean.
  const options = interaction.isChatInputCommand() ? commandOptions(interaction.options.data) : { targetId: interaction.targetId };
  await handle(call, interaction.isChatInputCommand() ? `/${interaction.commandName}` : `menu:${interaction.commandName}`, async () => {
    if (!command) throw new UserFacingError(`citebot has no /${interaction.commandName} command any more; see /help.`);
    return command.run(call, options);
  });
}

async function onButton(runtime: BotRuntime, interaction: ButtonInteraction, access: MemberAccessTap): Promise<void> {
  const call = invocation(runtime, new InteractionResponder(interaction), interaction, interaction.user.id, {
    member: access.take(interaction.id),
    message: sourceMessage(interaction.message),
  });
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
    choices = findCommand(interaction.commandName)?.autocomplete?.(runtime, { name: focused.name, value: String(focused.value) }, interaction.guildId) ?? [];
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

/** A submitted form (moderation's report and decision forms); its fields are validated by the handler. */
async function onModal(runtime: BotRuntime, interaction: ModalSubmitInteraction, access: MemberAccessTap): Promise<void> {
  const call = invocation(runtime, new InteractionResponder(interaction), interaction, interaction.user.id, {
    member: access.take(interaction.id),
    message: sourceMessage(interaction.message),
  });
  const modal = findModal(interaction.customId, runtime.hooks.modals);
  await handle(call, `form:${modal?.name ?? "unknown"}`, async () => {
    if (modal) return modal.run(call, modalValues(interaction));
    await call.responder.send(renderNotice(NOTICES.unknownForm), "private");
    return "unknown-button";
  });
}

async function onMessage(runtime: BotRuntime, client: Client, message: Message): Promise<void> {
  if (message.author.bot || message.webhookId !== null || message.system || !client.user) return;
  const question = questionFromMention(message.content, client.user.id);
  if (question === undefined) return;
  if (runtime.channels.blocked(message.channelId)) {
    runtime.log.debug("skipped", { command: "mention", guild: message.guildId, channel: message.channelId, reason: "channel refused the bot recently" });
    return;
  }
  const call = invocation(runtime, new MessageResponder(message), message, message.author.id);
  await handle(call, "mention", () => answerMention(call, question));
}

export function attachHandlers(client: Client, runtime: BotRuntime): void {
  const access = new MemberAccessTap(client);
  client.on(Events.InteractionCreate, (interaction: Interaction) => {
    if (interaction.isChatInputCommand() || interaction.isMessageContextMenuCommand()) void onCommand(runtime, interaction, access);
    else if (interaction.isButton()) void onButton(runtime, interaction, access);
    else if (interaction.isModalSubmit()) void onModal(runtime, interaction, access);
    else if (interaction.isAutocomplete()) void onAutocomplete(runtime, interaction);
    // citebot registers no select menus; anything else is not ours.
    access.take(interaction.id);
  });
  client.on(Events.MessageCreate, (message) => void onMessage(runtime, client, message));
}
