/**
 * How a handler answers, whoever asked: a Discord interaction, a message that
 * mentions the bot, or the terminal. Handlers only ever talk to this, which
 * is what lets `npm run chat` run the very same handlers.
 */
import type { ModalSpec, Reply } from "./render/index.js";

/** "private": only the person who asked sees it. */
export type Visibility = "public" | "private";

/** Where a reply landed on Discord, for features that refer back to it (reports). */
export interface Delivered {
  messageId: string;
  channelId: string;
}

export interface Responder {
  /**
   * True when staying silent is itself an error the user sees (a Discord
   * interaction shows "did not respond"); false for messages.
   */
  readonly mustAnswer: boolean;
  /**
   * Milliseconds since the request was made, by Discord's clock (an
   * interaction's id holds its creation time); absent where no deadline applies.
   */
  ageMs?(): number;
  /** Promise an answer now and send it later (Discord requires one within 3 s). */
  defer(visibility: Visibility): Promise<void>;
  /** Send the answer, filling in the deferred one if there is one. Says where it landed, when that is known. */
  send(reply: Reply, visibility: Visibility): Promise<Delivered | undefined>;
  /** Replace the message whose button was pressed (button handlers only). */
  update(reply: Reply): Promise<Delivered | undefined>;
  /**
   * Answer with a form (a Discord modal). Only a fresh command or button
   * interaction can; absent in the terminal and for mentions, where the
   * features that need forms (moderation) are off.
   */
  showModal?(modal: ModalSpec): Promise<void>;
}
