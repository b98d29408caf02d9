/**
 * Discord events in, handlers out: slash commands, buttons and mentions each
 * become an Invocation with the right Responder and pass through the error
 * boundary (handle.ts) once.
 */
import { Events, type ButtonInteraction, type ChatInputCommandInteraction, type Client, type Interaction, type Message } from "discord.js";
import { findButton } from "../buttons/index.js";
import { findCommand } from "../commands/index.js";
import { handle } from "../handle.js";
import { UserFacingError, type Invocation } from "../invocation.js";
import { answerMention, questionFromMention } from "../mention.js";
import { NOTICES, renderNotice } from "../render/index.js";
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
    // citebot registers no autocomplete, menus or modals; anything else is not ours.
  });
  client.on(Events.MessageCreate, (message) => void onMessage(runtime, client, message));
}
