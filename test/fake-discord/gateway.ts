/**
 * The gateway half of the fake: just enough of gateway v10 (JSON encoding, no
 * compression) for discord.js to HELLO → IDENTIFY → READY → GUILD_CREATE,
 * heartbeat, resume, and receive the dispatches a test sends.
 */
import type { IncomingMessage } from "node:http";
import { randomUUID } from "node:crypto";
import { WebSocket, WebSocketServer } from "ws";
import { guildCreate, type FakeGuild, type FakeUser } from "./payloads.js";

const Op = { Dispatch: 0, Heartbeat: 1, Identify: 2, Resume: 6, Hello: 10, HeartbeatAck: 11 } as const;

/** What the gateway needs to know about the fake's world. */
export interface GatewayWorld {
  token: string;
  applicationId: string;
  bot: FakeUser;
  guilds: FakeGuild[];
  gatewayUrl(): string;
  /** Something the client did that the fake does not understand; fails the test. */
  unknown(what: string): void;
}

interface Session {
  socket: WebSocket;
  sessionId: string;
  sequence: number;
  shard: [number, number];
  ready: boolean;
}

/** The IDENTIFY payload as received, for tests that check intents. */
export interface Identify {
  token: string;
  intents: number;
  shard?: [number, number];
}

export class FakeGateway {
  readonly server = new WebSocketServer({ noServer: true });
  readonly identifies: Identify[] = [];
  readonly connectQueries: URLSearchParams[] = [];
  private readonly sessions = new Set<Session>();

  constructor(private readonly world: GatewayWorld) {
    this.server.on("connection", (socket, request: IncomingMessage) => this.open(socket, request));
  }

  private open(socket: WebSocket, request: IncomingMessage): void {
    const query = new URL(request.url ?? "/", "http://fake").searchParams;
    this.connectQueries.push(query);
    // discord.js asks for zlib-stream only when zlib-sync is installed, and etf
    // only with erlpack; this fake speaks plain JSON, so anything else is a bug.
    if (query.get("encoding") !== "json" || query.has("compress") || query.get("v") !== "10") {
      this.world.unknown(`gateway connection with ${query.toString()}`);
      socket.close(4012, "fake gateway speaks v10 JSON only");
      return;
    }
    const session: Session = { socket, sessionId: randomUUID(), sequence: 0, shard: [0, 1], ready: false };
    this.sessions.add(session);
    socket.on("close", () => this.sessions.delete(session));
    socket.on("message", (raw) => this.receive(session, String(raw)));
    this.send(session, { op: Op.Hello, d: { heartbeat_interval: 41_250 } });
  }

  private receive(session: Session, raw: string): void {
    const payload = JSON.parse(raw) as { op: number; d: unknown };
    switch (payload.op) {
      case Op.Heartbeat:
        this.send(session, { op: Op.HeartbeatAck });
        return;
      case Op.Identify:
        this.identify(session, payload.d as Identify);
        return;
      case Op.Resume:
        session.ready = true;
        this.dispatchTo(session, "RESUMED", {});
        return;
      default:
        this.world.unknown(`gateway opcode ${payload.op}`);
    }
  }

  private identify(session: Session, identify: Identify): void {
    this.identifies.push(identify);
    if (identify.token !== this.world.token) {
      session.socket.close(4004, "Authentication failed.");
      return;
    }
    session.shard = identify.shard ?? [0, 1];
    const mine = this.world.guilds.filter((guild) => this.owns(session, guild.id));
    this.dispatchTo(session, "READY", {
      v: 10,
      user: { ...this.world.bot, verified: true, mfa_enabled: false, flags: 0 },
      guilds: mine.map((guild) => ({ id: guild.id, unavailable: true })),
      session_id: session.sessionId,
      resume_gateway_url: this.world.gatewayUrl(),
      shard: session.shard,
      application: { id: this.world.applicationId, flags: 0 },
      private_channels: [],
      presences: [],
      relationships: [],
      guild_join_requests: [],
      user_settings: {},
      geo_ordered_rtc_regions: [],
    });
    session.ready = true;
    // Without these discord.js waits 15 s for the "unavailable" guilds of READY.
    for (const guild of mine) this.dispatchTo(session, "GUILD_CREATE", guildCreate(guild, this.world.bot));
  }

  /** Discord's rule for which shard receives a guild's events. */
  private owns(session: Session, guildId: string): boolean {
    const [id, count] = session.shard;
    return Number((BigInt(guildId) >> 22n) % BigInt(count)) === id;
  }

  /** Send a dispatch to the shard that owns `guildId` (or every shard). */
  dispatch(event: string, data: unknown, guildId?: string): void {
    const targets = [...this.sessions].filter((s) => s.ready && (guildId === undefined || this.owns(s, guildId)));
    if (targets.length === 0) throw new Error(`no connected shard to receive ${event}`);
    for (const session of targets) this.dispatchTo(session, event, data);
  }

  get connected(): number {
    return [...this.sessions].filter((s) => s.ready).length;
  }

  private dispatchTo(session: Session, event: string, data: unknown): void {
    session.sequence += 1;
    this.send(session, { op: Op.Dispatch, t: event, s: session.sequence, d: data });
  }

  private send(session: Session, payload: object): void {
    if (session.socket.readyState === WebSocket.OPEN) session.socket.send(JSON.stringify({ t: null, s: null, ...payload }));
  }

  close(): void {
    for (const session of this.sessions) session.socket.terminate();
    this.sessions.clear();
    this.server.close();
  }
}
