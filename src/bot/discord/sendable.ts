/**
 * A rendered payload as handed to discord.js. Plain embeds and components it
 * copies key by key through its camelCase-to-snake_case transformer on every
 * message; the renderer's are API JSON, snake_case already, so that copy only
 * costs time. Wrapped as JSON-encodable, they are sent as they are (the same
 * bytes: JSON.stringify and discord.js both call toJSON).
 */
import type { JSONEncodable } from "discord.js";
import { toDiscordPayload, type Addressing, type DiscordPayload, type Reply } from "../render/index.js";

class ApiJson<T> implements JSONEncodable<T> {
  constructor(private readonly json: T) {}

  toJSON(): T {
    return this.json;
  }
}

type Encoded<T> = T extends readonly (infer E)[] ? JSONEncodable<E>[] : never;

export interface SendablePayload extends Omit<DiscordPayload, "embeds" | "components"> {
  embeds: Encoded<DiscordPayload["embeds"]>;
  components: Encoded<DiscordPayload["components"]>;
}

/** {@link toDiscordPayload}, ready for discord.js's send, reply and edit methods. */
export function sendable(reply: Reply, addressing: Addressing): SendablePayload {
  const payload = toDiscordPayload(reply, addressing);
  return { ...payload, embeds: payload.embeds.map((e) => new ApiJson(e)), components: payload.components.map((c) => new ApiJson(c)) };
}
