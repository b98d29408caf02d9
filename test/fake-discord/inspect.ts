/**
 * Reading what the bot sent, independently of the bot's own code: the
 * message inside a REST body, and markdown reduced to the text a reader sees.
 */
import type { RestCall } from "./server.js";

export interface SentMessage {
  content?: string;
  embeds?: Array<{ title?: string; description?: string; footer?: { text: string } }>;
  components?: Array<{ type: number; components: Array<{ type: number; style: number; label: string; custom_id: string }> }>;
  flags?: number;
  allowed_mentions?: { parse: string[]; replied_user?: boolean };
  message_reference?: { message_id: string };
}

/** The message of a REST call: a callback's `data`, or the body itself. */
export function sent(call: RestCall): SentMessage {
  const body = call.body as { type?: number; data?: SentMessage } & SentMessage;
  return call.path.endsWith("/callback") ? (body.data ?? {}) : body;
}

export function description(message: SentMessage): string {
  return message.embeds?.map((e) => e.description ?? "").join("\n") ?? "";
}

/** What Discord displays for escaped, bolded markdown: markers gone, escapes resolved. */
export function displayed(markdown: string): string {
  return markdown.replace(/\\([^A-Za-z0-9\s])|\*\*/g, (_, escaped?: string) => escaped ?? "");
}

export function labels(message: SentMessage): string[][] {
  return (message.components ?? []).map((row) => row.components.map((b) => b.label));
}

export function customIds(message: SentMessage): string[] {
  return (message.components ?? []).flatMap((row) => row.components.map((b) => b.custom_id));
}

export const FLAGS = { SuppressEmbeds: 4, Ephemeral: 64 } as const;
