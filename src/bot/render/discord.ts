/**
 * A rendered reply addressed for Discord: components as API JSON, flags and
 * allowed_mentions on every message. This is the only place those are set.
 */
import { ButtonStyle, ComponentType, MessageFlags, type APIActionRowComponent, type APIButtonComponent, type APIEmbed } from "discord.js";
import type { Visibility } from "../responder.js";
import { truncate } from "./fit.js";
import { DISCORD_LIMITS } from "../../common/discord-limits.js";
import type { ButtonSpec, Reply } from "./reply.js";

export interface Addressing {
  /** "create" for a new message or interaction response, "edit" for editing one (flags are limited there). */
  delivery: "create" | "edit";
  /** Default "public". Only meaningful on create; an edit keeps the message's visibility. */
  visibility?: Visibility;
  /** A reply to someone's message: do not ping them either. */
  replyingToMessage?: boolean;
}

export interface DiscordPayload {
  content: string;
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIButtonComponent>[];
  flags: number;
  allowedMentions: { parse: []; repliedUser?: false };
}

const STYLE = { primary: ButtonStyle.Primary, secondary: ButtonStyle.Secondary, danger: ButtonStyle.Danger } as const;

function button(spec: ButtonSpec): APIButtonComponent {
  return { type: ComponentType.Button, style: STYLE[spec.style], label: truncate(spec.label, DISCORD_LIMITS.buttonLabel), custom_id: spec.customId };
}

/** Flags for acknowledging an interaction before its reply exists (deferReply). */
export function deferFlags(visibility: Visibility): number {
  return visibility === "private" ? MessageFlags.Ephemeral : 0;
}

export function toDiscordPayload(reply: Reply, addressing: Addressing): DiscordPayload {
  const embeds = reply.embeds ?? [];
  let flags = 0;
  // Plain content is where URLs would unfurl into cards; embeds never unfurl,
  // and SUPPRESS_EMBEDS on them would hide the embeds themselves.
  if (embeds.length === 0) flags |= MessageFlags.SuppressEmbeds;
  if (addressing.delivery === "create" && addressing.visibility === "private") flags |= MessageFlags.Ephemeral;
  return {
    content: reply.content ?? "",
    embeds,
    components: (reply.buttons ?? []).map((row) => ({ type: ComponentType.ActionRow, components: row.map(button) })),
    flags,
    // Article text is untrusted: nothing in a message may ping anyone, ever.
    allowedMentions: addressing.replyingToMessage ? { parse: [], repliedUser: false } : { parse: [] },
  };
}
