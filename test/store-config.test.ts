import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { StoreError, openStore, type Store } from "../src/store/index.js";
import { GUILD_A, GUILD_B, fakeClock, sf, tempDir } from "./fixtures/store-helpers.js";

describe("store: guild config", () => {
  let tmp: ReturnType<typeof tempDir>;
  let path: string;
  let store: Store;

  beforeEach(() => {
    tmp = tempDir();
    path = tmp.db;
    store = openStore({ path, now: fakeClock().now });
  });
  afterEach(() => {
    store.close();
    tmp.cleanup();
  });

  it("is all null for a server that never configured anything", () => {
    expect(store.getGuildConfig(GUILD_A)).toEqual({ guildId: GUILD_A, modlogChannelId: null, moderatorRoleId: null, updatedAt: null });
  });

  it("sets fields independently, clears with null, per server, and persists", () => {
    store.setGuildConfig(GUILD_A, { modlogChannelId: sf(1, 3) });
    const both = store.setGuildConfig(GUILD_A, { moderatorRoleId: sf(2, 3) });
    expect(both).toMatchObject({ modlogChannelId: sf(1, 3), moderatorRoleId: sf(2, 3), updatedAt: "2025-01-01T00:00:00.000Z" });
    expect(store.getGuildConfig(GUILD_B).modlogChannelId).toBeNull();
    store.setGuildConfig(GUILD_A, { modlogChannelId: null });
    store.close();
    store = openStore({ path });
    expect(store.getGuildConfig(GUILD_A)).toMatchObject({ modlogChannelId: null, moderatorRoleId: sf(2, 3) });
  });

  it("validates ids and rejects unknown settings", () => {
    expect(() => store.setGuildConfig(GUILD_A, { modlogChannelId: "#general" })).toThrow(StoreError);
    expect(() => store.setGuildConfig(GUILD_A, { retention: 3 } as never)).toThrow(StoreError);
    expect(() => store.getGuildConfig("not-a-guild")).toThrow(/guild id/);
    expect(store.getGuildConfig(GUILD_A).updatedAt).toBeNull();
  });
});
