/**
 * A Responder over a message that mentions the bot. Public answers are
 * replies to that message (pinging no one, not even its author); private
 * lines go to the author's DMs, the only private channel a message has.
 */
import { DiscordAPIError, RESTJSONErrorCodes, type Message } from "discord.js";
import type { Reply } from "../render/index.js";
import type { Delivered, Responder, Visibility } from "../responder.js";
import { ChannelUnavailableError } from "../channel-backoff.js";
import { sendable } from "./sendable.js";

/** Discord's answers when the bot may not post in a channel (any more): an operator's matter, not the author's. */
const CHANNEL_REFUSALS: ReadonlySet<number> = new Set([
  RESTJSONErrorCodes.MissingPermissions,
  RESTJSONErrorCodes.MissingAccess,
  RESTJSONErrorCodes.UnknownChannel,
  RESTJSONErrorCodes.CannotSendMessagesInNonTextChannel,
]);

export class MessageResponder implements Responder {
  readonly mustAnswer = false;

  constructor(private readonly message: Message) {}

  // Messages have no acknowledgement deadline, and the answer takes
  // milliseconds; a typing indicator would cost a rate-limited call for nothing.
  async defer(): Promise<void> {}

  async send(reply: Reply, visibility: Visibility): Promise<Delivered | undefined> {
    if (visibility === "private") {
      try {
        await this.message.author.send(sendable(reply, { delivery: "create" }));
      } catch (error) {
        // Closed DMs are the author's choice, not a fault, and there is no other private way to reach them.
        if (error instanceof DiscordAPIError && error.code === RESTJSONErrorCodes.CannotSendMessagesToThisUser) return undefined;
        throw error;
      }
      return undefined;
    }
    try {
      const sent = await this.message.reply(sendable(reply, { delivery: "create", replyingToMessage: true }));
      return { messageId: sent.id, channelId: sent.channelId };
    } catch (error) {
      if (error instanceof DiscordAPIError && typeof error.code === "number" && CHANNEL_REFUSALS.has(error.code)) throw new ChannelUnavailableError(this.message.channelId, error.code);
      throw error;
    }
  }

  async update(): Promise<never> {
    throw new Error("a message has no button to update");
  }
}
