/**
 * The member's permissions and roles exactly as Discord sent them with an
 * interaction. Moderator checks must rest on that payload (`member.permissions`,
 * the member's permissions in the channel as a decimal string, and
 * `member.roles`). discord.js turns the member into a GuildMember whose role
 * list is filtered through its role cache, so the raw gateway packet is read
 * instead: discord.js emits it (Events.Raw) just before, and in the same tick
 * as, the interaction event that consumes it.
 */
import { Events, GatewayDispatchEvents, type Client } from "discord.js";
import { z } from "zod";
import type { MemberAccess } from "../../moderation/index.js";

const snowflake = z.string().regex(/^\d{17,20}$/);

const interactionPacket = z.object({
  t: z.literal(GatewayDispatchEvents.InteractionCreate),
  d: z.object({
    id: snowflake,
    member: z.object({ permissions: z.string().regex(/^\d{1,40}$/), roles: z.array(snowflake) }).optional(),
  }),
});

/** Packets are consumed at once; this only bounds the map if an event were ever missed. */
const MAX_PENDING = 1_000;

/** Remembers each guild interaction's member access from the raw packet until its handler takes it. */
export class MemberAccessTap {
  private readonly pending = new Map<string, MemberAccess>();

  constructor(client: Client) {
    client.on(Events.Raw, (packet: unknown) => this.observe(packet));
  }

  /** Record the member of an INTERACTION_CREATE packet; anything else (or malformed) is ignored. */
  observe(packet: unknown): void {
    // Every gateway packet passes here; only interactions are worth a schema (a failed parse builds its error report).
    if ((packet as { t?: unknown } | null)?.t !== GatewayDispatchEvents.InteractionCreate) return;
    const parsed = interactionPacket.safeParse(packet);
    if (!parsed.success || parsed.data.d.member === undefined) return;
    const { id, member } = parsed.data.d;
    this.pending.set(id, { permissions: member.permissions, roleIds: member.roles });
    if (this.pending.size > MAX_PENDING) this.pending.delete(this.pending.keys().next().value!);
  }

  /** The access sent with interaction `id` (once); undefined in DMs or when the payload was malformed. */
  take(id: string): MemberAccess | undefined {
    const access = this.pending.get(id);
    this.pending.delete(id);
    return access;
  }
}
