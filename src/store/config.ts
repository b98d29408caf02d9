/** Per-server settings: the mod-log channel and the moderator role. */
import type { Database } from "better-sqlite3";
import { z } from "zod";
import { epochMs, iso, parseInput, parseRow, snowflake } from "./schemas.js";

/** A server's moderation settings. Unset values are null. */
export interface GuildConfig {
  guildId: string;
  /** Channel that receives new reports (`/config modlog channel:`). */
  modlogChannelId: string | null;
  /** Members with this role are moderators, besides those with Manage Messages. */
  moderatorRoleId: string | null;
  /** Last change, or null when never configured. */
  updatedAt: string | null;
}

export const guildConfigPatch = z
  .object({
    /** A channel id, or null to turn the mod-log off. Omit to leave unchanged. */
    modlogChannelId: snowflake.nullable().optional(),
    /** A role id, or null to clear. Omit to leave unchanged. */
    moderatorRoleId: snowflake.nullable().optional(),
  })
  .strict();
export type GuildConfigPatch = z.input<typeof guildConfigPatch>;

const configRow = z.object({
  guild_id: snowflake,
  modlog_channel_id: snowflake.nullable(),
  moderator_role_id: snowflake.nullable(),
  updated_at: epochMs,
});

export function configRepo(db: Database, now: () => number) {
  const get = db.prepare("SELECT * FROM guild_config WHERE guild_id = ?");
  const upsert = db.prepare(
    `INSERT INTO guild_config (guild_id, modlog_channel_id, moderator_role_id, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (guild_id) DO UPDATE SET
       modlog_channel_id = excluded.modlog_channel_id,
       moderator_role_id = excluded.moderator_role_id,
       updated_at = excluded.updated_at`,
  );

  function read(guildId: string): GuildConfig {
    const row = get.get(guildId);
    if (row === undefined) return { guildId, modlogChannelId: null, moderatorRoleId: null, updatedAt: null };
    const c = parseRow(configRow, row, "guild_config");
    return {
      guildId: c.guild_id,
      modlogChannelId: c.modlog_channel_id,
      moderatorRoleId: c.moderator_role_id,
      updatedAt: iso(c.updated_at),
    };
  }

  const set = db.transaction((guildId: string, patch: z.output<typeof guildConfigPatch>): GuildConfig => {
    const current = read(guildId);
    const modlog = patch.modlogChannelId === undefined ? current.modlogChannelId : patch.modlogChannelId;
    const role = patch.moderatorRoleId === undefined ? current.moderatorRoleId : patch.moderatorRoleId;
    upsert.run(guildId, modlog, role, now());
    return read(guildId);
  });

  return {
    /** A server's settings; all null when it never configured anything. */
    getGuildConfig(guildId: string): GuildConfig {
      return read(parseInput(snowflake, guildId, "guild id"));
    },

    /** Change some settings of a server; omitted fields stay as they are. Returns the new settings. */
    setGuildConfig(guildId: string, patch: GuildConfigPatch): GuildConfig {
      const g = parseInput(snowflake, guildId, "guild id");
      return set.immediate(g, parseInput(guildConfigPatch, patch, "guild config"));
    },
  };
}

export type ConfigRepo = ReturnType<typeof configRepo>;
