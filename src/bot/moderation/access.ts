/**
 * Who may act, decided in the handler on every action from the member
 * permissions and roles Discord sent with that very interaction (see
 * Invocation.member). Commands also carry default_member_permissions, but
 * Discord lets server admins change those, so they are never relied on.
 */
import { PermissionFlagsBits } from "discord.js";
import { ADMINISTRATOR, NOT_A_MODERATOR_TEXT, isModerator, parsePermissions, type MemberAccess } from "../../moderation/index.js";
import type { Invocation } from "../invocation.js";
import { refuse, type ModerationScope } from "./context.js";
import { MODERATION_TEXTS } from "./texts.js";

/** Discord permission bit "Manage Server". */
export const MANAGE_GUILD = PermissionFlagsBits.ManageGuild;

/** No payload, no permissions: a missing or malformed member is nobody. */
const NOBODY: MemberAccess = { permissions: "0", roleIds: [] };

/** True when the caller may moderate in this server; otherwise they are told so privately. */
export async function requireModerator(call: Invocation, scope: ModerationScope): Promise<boolean> {
  const config = scope.mod.store.getGuildConfig(scope.guildId);
  if (isModerator(call.member ?? NOBODY, config)) return true;
  await refuse(call, NOT_A_MODERATOR_TEXT);
  return false;
}

/**
 * True when the caller may change the server's moderation settings: Manage
 * Server or Administrator. The moderator role alone is not enough, or a role
 * moderator could name another role and so make anyone a moderator.
 */
export async function requireConfigurator(call: Invocation): Promise<boolean> {
  const bits = parsePermissions((call.member ?? NOBODY).permissions);
  if (bits !== undefined && (bits & (MANAGE_GUILD | ADMINISTRATOR)) !== 0n) return true;
  await refuse(call, MODERATION_TEXTS.notConfigurator);
  return false;
}
