/** Who counts as a moderator. Pure: the bot passes what Discord sent. */
import { PermissionFlagsBits } from "discord.js";
import type { GuildConfig } from "../store/index.js";

/** Discord permission bit "Manage Messages". */
export const MANAGE_MESSAGES = PermissionFlagsBits.ManageMessages;
/** Discord permission bit "Administrator"; it implies every permission. */
export const ADMINISTRATOR = PermissionFlagsBits.Administrator;

/** The parts of a guild member the check needs. */
export interface MemberAccess {
  /**
   * The member's permission bitfield as Discord sends it (a decimal string,
   * e.g. `interaction.member.permissions` in raw payloads), or a bigint.
   */
  permissions: string | bigint;
  /** Ids of the member's roles. */
  roleIds: readonly string[];
}

/** Parse a permission bitfield; undefined when it is not a non-negative integer. */
export function parsePermissions(permissions: string | bigint): bigint | undefined {
  if (typeof permissions === "bigint") return permissions >= 0n ? permissions : undefined;
  if (!/^\d{1,40}$/.test(permissions)) return undefined;
  return BigInt(permissions);
}

/**
 * True when the member may moderate citations in this server: they have
 * Manage Messages (or Administrator), or they hold the server's configured
 * moderator role. A malformed bitfield counts as no permissions. Call it on
 * every moderator action, not once per session.
 */
export function isModerator(member: MemberAccess, config: Pick<GuildConfig, "moderatorRoleId">): boolean {
  const bits = parsePermissions(member.permissions);
  if (bits !== undefined && (bits & (MANAGE_MESSAGES | ADMINISTRATOR)) !== 0n) return true;
  return config.moderatorRoleId !== null && member.roleIds.includes(config.moderatorRoleId);
}
