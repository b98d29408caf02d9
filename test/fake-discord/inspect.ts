/**
 * Reading what the bot sent, independently of the bot's own code: which
 * call carries an interaction's answer, the message inside a REST body, and
 * markdown reduced to the text a reader sees.
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

/** The edit of an interaction's original response (deferred replies are filled in this way). */
export const isEdit = (token: string) => (c: RestCall) => c.method === "PATCH" && c.path.includes(token);

/** An interaction's initial callback (immediate replies, modals, updates). */
export const isCallback = (token: string) => (c: RestCall) => c.path.endsWith(`/${token}/callback`);

/**
 * An interaction's answer message: the reply itself (callback type 4, when the
 * answer was ready at once) or the edit filling in a deferred reply.
 */
export function isAnswer(token: string): (c: RestCall) => boolean {
  const edit = isEdit(token);
  const callback = isCallback(token);
  return (c) => edit(c) || (callback(c) && (c.body as { type?: number } | undefined)?.type === 4);
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
