/**
 * Posting and editing the bot's own messages in a channel by id, over the
 * client's REST (rate limits shared with everything else the bot sends).
 * Moderation's mod-log uses it; the channel need not be in discord.js's cache.
 */
import { DiscordAPIError, PermissionFlagsBits, RESTJSONErrorCodes, Routes, type Client } from "discord.js";
import type { ChannelMessages } from "../moderation/modlog.js";
import { toDiscordPayload, type Reply } from "../render/index.js";

/** The REST body for a reply; flags and allowed_mentions come from the renderer as for every other message. */
function body(reply: Reply, delivery: "create" | "edit") {
  const payload = toDiscordPayload(reply, { delivery });
  return {
    content: payload.content,
    embeds: payload.embeds,
    components: payload.components,
    flags: payload.flags,
    allowed_mentions: { parse: payload.allowedMentions.parse },
  };
}

export function channelMessages(client: Client): ChannelMessages {
  return {
    async post(channelId, reply) {
      const created = (await client.rest.post(Routes.channelMessages(channelId), { body: body(reply, "create") })) as { id: string };
      return created.id;
    },
    async edit(channelId, messageId, reply) {
      try {
        await client.rest.patch(Routes.channelMessage(channelId, messageId), { body: body(reply, "edit") });
        return true;
      } catch (error) {
        // Someone deleted the post: the caller posts a fresh one.
        if (error instanceof DiscordAPIError && error.code === RESTJSONErrorCodes.UnknownMessage) return false;
        throw error;
      }
    },
    postable(channelId, guildId) {
      // The Guilds intent keeps every channel of every server the bot is in cached, with its permission overwrites.
      const channel = client.channels.cache.get(channelId);
      if (!channel || channel.isDMBased() || channel.guildId !== guildId || !channel.isTextBased()) return "unknown-channel";
      const permissions = client.user ? channel.permissionsFor(client.user) : null;
      const needed = [PermissionFlagsBits.ViewChannel, PermissionFlagsBits.SendMessages, PermissionFlagsBits.EmbedLinks];
      return permissions && !permissions.has(needed) ? "no-access" : "ok";
    },
  };
}
