/**
 * A reply as the renderer builds it, before it is addressed: the Discord
 * adapter turns it into a message payload (adding flags and allowed_mentions),
 * the terminal prints it as text. Markdown in `content` and embed
 * descriptions is already escaped; every other string is plain text.
 */
import type { APIEmbed } from "discord.js";

export type ButtonStyle = "primary" | "secondary" | "danger";

/** A button; its custom id comes from custom-ids.ts and nowhere else. */
export interface ButtonSpec {
  customId: string;
  label: string;
  style: ButtonStyle;
}

/** One autocomplete suggestion (plain text; Discord allows 1–100 characters for each, 25 choices). */
export interface Choice {
  name: string;
  value: string;
}

export interface Reply {
  /** One line of Discord markdown (notices). */
  content?: string;
  embeds?: APIEmbed[];
  /** Rows of buttons, top to bottom. */
  buttons?: ButtonSpec[][];
}
