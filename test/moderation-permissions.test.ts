import { describe, expect, it } from "vitest";
import { ADMINISTRATOR, MANAGE_MESSAGES, isModerator, parsePermissions } from "../src/moderation/index.js";

const ROLE = "900000000000000009";
const OTHER_ROLE = "900000000000000010";
const noRole = { moderatorRoleId: null };
const withRole = { moderatorRoleId: ROLE };

describe("moderation: isModerator", () => {
  it("uses Discord's bit values", () => {
    expect(MANAGE_MESSAGES).toBe(0x2000n);
    expect(ADMINISTRATOR).toBe(0x8n);
  });

  it("accepts Manage Messages from a decimal bitfield string, alone or among other bits", () => {
    expect(isModerator({ permissions: "8192", roleIds: [] }, noRole)).toBe(true);
    expect(isModerator({ permissions: String(0x2000 | 0x400 | 0x800), roleIds: [] }, noRole)).toBe(true);
    // A large bitfield beyond 2^53 with Manage Messages set.
    expect(isModerator({ permissions: ((1n << 50n) | MANAGE_MESSAGES).toString(), roleIds: [] }, noRole)).toBe(true);
    expect(isModerator({ permissions: MANAGE_MESSAGES, roleIds: [] }, noRole)).toBe(true);
  });

  it("accepts Administrator, which implies every permission", () => {
    expect(isModerator({ permissions: "8", roleIds: [] }, noRole)).toBe(true);
  });

  it("refuses members without the permission or the role", () => {
    // Send Messages | View Channel | Read Message History: an ordinary member.
    expect(isModerator({ permissions: String(0x800 | 0x400 | 0x10000), roleIds: [OTHER_ROLE] }, withRole)).toBe(false);
    expect(isModerator({ permissions: "0", roleIds: [] }, noRole)).toBe(false);
    // 0x1000 and 0x4000 are neighbours of Manage Messages, not it.
    expect(isModerator({ permissions: String(0x1000 | 0x4000), roleIds: [] }, noRole)).toBe(false);
  });

  it("accepts the configured moderator role, and only when one is configured", () => {
    expect(isModerator({ permissions: "0", roleIds: [OTHER_ROLE, ROLE] }, withRole)).toBe(true);
    expect(isModerator({ permissions: "0", roleIds: [ROLE] }, noRole)).toBe(false);
  });

  it("treats a malformed bitfield as no permissions", () => {
    for (const bad of ["", "-8192", "0x2000", "8192.0", "abc", " 8192"]) {
      expect(parsePermissions(bad)).toBeUndefined();
      expect(isModerator({ permissions: bad, roleIds: [] }, noRole)).toBe(false);
    }
    expect(isModerator({ permissions: "nonsense", roleIds: [ROLE] }, withRole)).toBe(true);
  });
});
