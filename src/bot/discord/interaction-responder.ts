/**
 * A Responder over a Discord interaction (slash command or button).
 * Replies at once when the answer is ready; otherwise acknowledges with
 * deferReply and fills the reply in with editReply. A private line after a
 * public acknowledgement replaces it with an ephemeral follow-up, so an
 * error never shows in the channel.
 */
import type { ButtonInteraction, ChatInputCommandInteraction, Message, MessageContextMenuCommandInteraction, ModalSubmitInteraction } from "discord.js";
import { deferFlags, toDiscordModal, type ModalSpec, type Reply } from "../render/index.js";
import type { Delivered, Responder, Visibility } from "../responder.js";
import { sendable } from "./sendable.js";

type Repliable = ChatInputCommandInteraction | ButtonInteraction | MessageContextMenuCommandInteraction | ModalSubmitInteraction;

const delivered = (message: Message): Delivered => ({ messageId: message.id, channelId: message.channelId });

export class InteractionResponder implements Responder {
  readonly mustAnswer = true;
  private deferredAs: Visibility | undefined;
  private filled = false;

  constructor(private readonly interaction: Repliable) {}

  ageMs(): number {
    return Date.now() - this.interaction.createdTimestamp;
  }

  async defer(visibility: Visibility): Promise<void> {
    if (this.interaction.deferred || this.interaction.replied) return;
    await this.interaction.deferReply({ flags: deferFlags(visibility) });
    this.deferredAs = visibility;
  }

  async send(reply: Reply, visibility: Visibility): Promise<Delivered | undefined> {
    const { interaction } = this;
    if (!interaction.deferred && !interaction.replied) {
      // An answer ready at once is the reply itself: paging and reports refer back to the message it created.
      const response = await interaction.reply({ ...sendable(reply, { delivery: "create", visibility }), withResponse: true });
      const message = response.resource?.message;
      return message ? delivered(message) : undefined;
    }
    if (this.deferredAs !== undefined && !this.filled) {
      this.filled = true;
      // The acknowledgement fixed the visibility; a private line must not land in a public reply.
      if (this.deferredAs === "public" && visibility === "private") {
        await interaction.deleteReply();
        return delivered(await interaction.followUp(sendable(reply, { delivery: "create", visibility })));
      }
      return delivered(await interaction.editReply(sendable(reply, { delivery: "edit" })));
    }
    return delivered(await interaction.followUp(sendable(reply, { delivery: "create", visibility })));
  }

  async showModal(modal: ModalSpec): Promise<void> {
    const { interaction } = this;
    // Discord allows a form only as the first answer, and never in answer to a form.
    if (interaction.isModalSubmit()) throw new Error("a form cannot open another form");
    await interaction.showModal(toDiscordModal(modal));
  }

  async update(reply: Reply): Promise<Delivered> {
    const { interaction } = this;
    if (!interaction.isButton()) throw new Error("update() needs a button interaction");
    await interaction.update(sendable(reply, { delivery: "edit" }));
    return { messageId: interaction.message.id, channelId: interaction.message.channelId };
  }
}
