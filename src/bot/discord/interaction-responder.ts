/**
 * A Responder over a Discord interaction (slash command or button).
 * Acknowledges with deferReply and fills the reply in with editReply; a
 * private line after a public acknowledgement replaces it with an ephemeral
 * follow-up, so an error never shows in the channel.
 */
import type { ButtonInteraction, ChatInputCommandInteraction } from "discord.js";
import { deferFlags, toDiscordPayload, type Reply } from "../render/index.js";
import type { Responder, Visibility } from "../responder.js";

type Repliable = ChatInputCommandInteraction | ButtonInteraction;

export class InteractionResponder implements Responder {
  readonly mustAnswer = true;
  private deferredAs: Visibility | undefined;
  private filled = false;

  constructor(private readonly interaction: Repliable) {}

  async defer(visibility: Visibility): Promise<void> {
    if (this.interaction.deferred || this.interaction.replied) return;
    await this.interaction.deferReply({ flags: deferFlags(visibility) });
    this.deferredAs = visibility;
  }

  async send(reply: Reply, visibility: Visibility): Promise<void> {
    const { interaction } = this;
    if (!interaction.deferred && !interaction.replied) {
      await interaction.reply(toDiscordPayload(reply, { delivery: "create", visibility }));
      return;
    }
    if (this.deferredAs !== undefined && !this.filled) {
      this.filled = true;
      // The acknowledgement fixed the visibility; a private line must not land in a public reply.
      if (this.deferredAs === "public" && visibility === "private") {
        await interaction.deleteReply();
        await interaction.followUp(toDiscordPayload(reply, { delivery: "create", visibility }));
        return;
      }
      await interaction.editReply(toDiscordPayload(reply, { delivery: "edit" }));
      return;
    }
    await interaction.followUp(toDiscordPayload(reply, { delivery: "create", visibility }));
  }

  async update(reply: Reply): Promise<void> {
    if (!this.interaction.isButton()) throw new Error("update() needs a button interaction");
    await this.interaction.update(toDiscordPayload(reply, { delivery: "edit" }));
  }
}
