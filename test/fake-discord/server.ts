/**
 * A local fake of Discord (REST v10 under /api/v10 and a v10 JSON gateway) on
 * 127.0.0.1, for driving an unmodified discord.js Client in tests. It records
 * every REST call so tests can assert exactly what the bot sent, and records
 * anything it does not understand as unknown (tests assert there is none).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { FakeGateway } from "./gateway.js";
import {
  autocompleteInteraction,
  buttonInteraction,
  chatInputInteraction,
  dmChatInputInteraction,
  member,
  message,
  messageCommandInteraction,
  modalSubmitInteraction,
  snowflake,
  user,
  type CommandOption,
  type FakeGuild,
  type MemberAccess,
  type SubmittedComponent,
  type FakeUser,
  type Interaction,
  type Message,
} from "./payloads.js";
import { route, type InteractionState, type RestRequest, type RestWorld } from "./rest.js";

/** One REST call the bot made, as the fake saw and answered it. */
export interface RestCall {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
  status: number;
  response: unknown;
  /** performance.now() when the response was sent. */
  at: number;
}

export interface FakeDiscordOptions {
  /** The bot token the fake accepts. Default "fake-token". */
  token?: string;
  /** How many guilds the bot is in. Default 1. */
  guilds?: number;
  /** The shard count GET /gateway/bot recommends. Default 1. */
  shards?: number;
  /** Shards that may identify at once (session_start_limit.max_concurrency). Default 1. */
  maxConcurrency?: number;
}

export class FakeDiscord implements RestWorld {
  readonly token: string;
  readonly recommendedShards: number;
  readonly maxConcurrency: number;
  readonly applicationId = snowflake();
  readonly bot: FakeUser = user("citebot", { bot: true });
  readonly guilds: FakeGuild[];
  readonly interactions = new Map<string, InteractionState>();
  readonly messages = new Map<string, Message>();
  readonly users = new Map<string, FakeUser>();
  /** Members given particular permissions or roles (see {@link person}); others have every permission and no role. */
  readonly access = new Map<string, MemberAccess>();
  /** Channels where the bot has lost its permissions (a test adds them): posts and edits there are refused with 403. */
  readonly forbiddenChannels = new Set<string>();
  readonly calls: RestCall[] = [];
  /** Requests and gateway traffic the fake could not place: each one is a failing test. */
  readonly unknown: string[] = [];
  readonly gateway: FakeGateway;
  private readonly waiters = new Set<{ test: (call: RestCall) => boolean; resolve: (call: RestCall) => void }>();
  private port = 0;

  private constructor(private readonly http: Server, options: FakeDiscordOptions) {
    this.token = options.token ?? "fake-token";
    this.recommendedShards = options.shards ?? 1;
    this.maxConcurrency = options.maxConcurrency ?? 1;
    this.guilds = Array.from({ length: options.guilds ?? 1 }, (_, i) => ({ id: snowflake(), name: `Guild ${i + 1}`, channelId: snowflake(), modChannelId: snowflake() }));
    this.gateway = new FakeGateway({ ...this.worldForGateway(), unknown: (what) => this.unknown.push(what) });
    http.on("request", (req, res) => void this.serve(req, res));
    http.on("upgrade", (req, socket, head) => {
      if (new URL(req.url ?? "/", "http://fake").pathname !== "/gateway") {
        this.unknown.push(`upgrade ${req.url ?? ""}`);
        socket.destroy();
        return;
      }
      this.gateway.server.handleUpgrade(req, socket, head, (ws) => this.gateway.server.emit("connection", ws, req));
    });
  }

  static async start(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
    const fake = new FakeDiscord(createServer(), options);
    await new Promise<void>((resolve) => fake.http.listen(0, "127.0.0.1", resolve));
    fake.port = (fake.http.address() as AddressInfo).port;
    return fake;
  }

  private worldForGateway() {
    return { token: this.token, applicationId: this.applicationId, bot: this.bot, guilds: this.guilds, gatewayUrl: () => this.gatewayUrl() };
  }

  /** The base to give discord.js as `rest.api`. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}/gateway`;
  }

  get guild(): FakeGuild {
    return this.guilds[0]!;
  }

  /**
   * A member of the guild who can talk to the bot. `access` sets the
   * permissions (a decimal bitfield string) and role ids every interaction of
   * theirs carries; by default they have every permission and no role.
   */
  person(name: string, access?: Partial<MemberAccess>): FakeUser {
    const person = user(name);
    this.users.set(person.id, person);
    if (access) this.access.set(person.id, { permissions: access.permissions ?? "0", roles: access.roles ?? [] });
    return person;
  }

  private async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const url = new URL(req.url ?? "/", "http://fake");
    const raw = Buffer.concat(chunks).toString("utf8");
    const body: unknown = raw && req.headers["content-type"]?.includes("application/json") ? JSON.parse(raw) : raw || undefined;
    const prefix = "/api/v10/";
    const path = url.pathname.startsWith(prefix)
      ? "/" + url.pathname.slice(prefix.length).split("/").map(decodeURIComponent).join("/")
      : url.pathname;
    const request: RestRequest = { method: req.method ?? "GET", path, query: url.searchParams, body, authorization: req.headers.authorization };
    const answer = url.pathname.startsWith(prefix) ? route(this, request) : undefined;
    if (!answer) this.unknown.push(`${request.method} ${url.pathname}${url.search}`);
    const { status, body: response } = answer ?? { status: 404, body: { code: 0, message: "404: Not Found" } };
    // discord.js parses only bodies labelled JSON; anything else becomes an empty object.
    if (response === undefined) res.writeHead(status).end();
    else res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(response));
    this.record({ method: request.method, path, query: url.searchParams, body, status, response, at: performance.now() });
  }

  private record(call: RestCall): void {
    this.calls.push(call);
    for (const waiter of this.waiters) {
      if (waiter.test(call)) {
        this.waiters.delete(waiter);
        waiter.resolve(call);
      }
    }
  }

  /**
   * The first call (already made or still to come) that passes `test`. With
   * `since` (a length of `calls` taken earlier) only calls from there on are
   * looked at: a load benchmark's thousands of calls are not scanned again for
   * every interaction.
   */
  waitFor(test: (call: RestCall) => boolean, timeoutMs = 5_000, since = 0): Promise<RestCall> {
    for (let i = since; i < this.calls.length; i++) if (test(this.calls[i]!)) return Promise.resolve(this.calls[i]!);
    return new Promise((resolve, reject) => {
      const waiter = {
        test,
        resolve: (call: RestCall) => {
          clearTimeout(timer);
          resolve(call);
        },
      };
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        reject(new Error(`no matching REST call within ${timeoutMs} ms; calls so far:\n${this.describeCalls()}`));
      }, timeoutMs);
      this.waiters.add(waiter);
    });
  }

  describeCalls(): string {
    return this.calls.map((c) => `${c.method} ${c.path} → ${c.status}`).join("\n");
  }

  /** Calls made on behalf of one interaction (callback, edits, follow-ups). */
  callsFor(interaction: Interaction): RestCall[] {
    return this.calls.filter((c) => c.path.includes(`/${interaction.token}`));
  }

  private deliver(built: Interaction, who: FakeUser): Interaction {
    const access = this.access.get(who.id);
    const interaction = access ? { ...built, member: member(who, access) } : built;
    this.interactions.set(interaction.token, { interaction, user: who, ephemeral: false });
    this.gateway.dispatch("INTERACTION_CREATE", interaction, interaction.guild_id);
    return interaction;
  }

  /**
   * Someone runs a slash command in their DMs with the bot (no server, so no
   * member and no permissions). The DM channel is one the fake knows, as
   * `openDm` makes them, so the bot could also post there.
   */
  slashInDm(who: FakeUser, name: string, options: Record<string, string | boolean> = {}): Interaction {
    const typed: CommandOption[] = Object.entries(options).map(([key, value]) => ({ name: key, type: typeof value === "boolean" ? 5 : 3, value }));
    let channelId = [...this.users.entries()].find(([key, u]) => key.startsWith("dm:") && u.id === who.id)?.[0].slice(3);
    if (channelId === undefined) {
      channelId = snowflake();
      this.users.set(`dm:${channelId}`, who);
    }
    const interaction = dmChatInputInteraction({ applicationId: this.applicationId, user: who, channelId, name, options: typed });
    this.interactions.set(interaction.token, { interaction, user: who, ephemeral: false });
    this.gateway.dispatch("INTERACTION_CREATE", interaction);
    return interaction;
  }

  /** Someone runs a slash command; options are given as name → value. */
  slash(who: FakeUser, name: string, options: Record<string, string | boolean> = {}, guild = this.guild): Interaction {
    const typed: CommandOption[] = Object.entries(options).map(([key, value]) => ({ name: key, type: typeof value === "boolean" ? 5 : 3, value }));
    return this.deliver(chatInputInteraction({ applicationId: this.applicationId, guild, user: who, name, options: typed }), who);
  }

  /**
   * Someone runs a subcommand (`/review queue page:2`). Strings, integers and
   * booleans get their option type; a channel or role is given with its type,
   * `{ type: 7, value: channelId }`, as Discord sends it.
   */
  subcommand(
    who: FakeUser,
    name: string,
    sub: string,
    options: Record<string, string | number | boolean | { type: 7 | 8; value: string }> = {},
    guild = this.guild,
  ): Interaction {
    const typed = Object.entries(options).map(([key, value]) =>
      typeof value === "object" ? { name: key, ...value } : { name: key, type: typeof value === "boolean" ? 5 : typeof value === "number" ? 4 : 3, value },
    );
    // A subcommand is an option of type 1 holding its own options instead of a value.
    const command = [{ name: sub, type: 1, options: typed }] as unknown as CommandOption[];
    return this.deliver(chatInputInteraction({ applicationId: this.applicationId, guild, user: who, name, options: command }), who);
  }

  /**
   * Someone types `typed` into option `focused` of a command (Discord sends
   * this while they type). The bot's suggestions come back as a type 8
   * callback; see {@link choices}.
   */
  autocomplete(who: FakeUser, name: string, focused: string, typed: string, others: Record<string, string | boolean> = {}, guild = this.guild): Interaction {
    const options = [
      ...Object.entries(others).map(([key, value]) => ({ name: key, type: typeof value === "boolean" ? 5 : 3, value })),
      { name: focused, type: 3, value: typed, focused: true },
    ];
    return this.deliver(autocompleteInteraction({ applicationId: this.applicationId, guild, user: who, name, options }), who);
  }

  /** The suggestions the bot answered an autocomplete interaction with, once it has. */
  async choices(interaction: Interaction, timeoutMs?: number): Promise<Array<{ name: string; value: string | number }>> {
    const call = await this.waitFor((c) => c.path.endsWith(`/${interaction.token}/callback`), timeoutMs);
    const body = call.body as { type: number; data?: { choices?: Array<{ name: string; value: string | number }> } };
    if (body.type !== 8) throw new Error(`expected an autocomplete result (type 8), got type ${body.type}`);
    return body.data?.choices ?? [];
  }

  /** Someone presses a button that is really on a message the bot sent (else this throws). */
  press(who: FakeUser, messageId: string, label: string | RegExp): Interaction {
    const target = this.messages.get(messageId);
    if (!target) throw new Error(`no message ${messageId}`);
    const buttons = (target.components as Array<{ components: Array<{ label: string; custom_id: string }> }>).flatMap((row) => row.components);
    const button = buttons.find((b) => (typeof label === "string" ? b.label === label : label.test(b.label)));
    if (!button) throw new Error(`no button ${String(label)} on message ${messageId}; has ${buttons.map((b) => b.label).join(", ")}`);
    const guild = this.guilds.find((g) => g.channelId === target.channel_id || g.modChannelId === target.channel_id) ?? this.guild;
    return this.deliver(
      buttonInteraction({ applicationId: this.applicationId, guild, user: who, customId: button.custom_id, message: target, channelId: target.channel_id }),
      who,
    );
  }

  /** A client that sends a custom id the bot never issued (a modified client can), from `guild`. */
  pressForged(who: FakeUser, messageId: string, customId: string, guild = this.guild): Interaction {
    const target = this.messages.get(messageId);
    if (!target) throw new Error(`no message ${messageId}`);
    return this.deliver(buttonInteraction({ applicationId: this.applicationId, guild, user: who, customId, message: target }), who);
  }

  /** Someone uses a message command (right-click › Apps) on a message; Discord resolves the target. */
  messageCommand(who: FakeUser, name: string, targetId: string, guild = this.guild): Interaction {
    const target = this.messages.get(targetId);
    if (!target) throw new Error(`no message ${targetId}`);
    return this.deliver(messageCommandInteraction({ applicationId: this.applicationId, guild, user: who, name, target }), who);
  }

  /** The form the bot opened in answer to `interaction` (callback type 9), once it has. */
  async modal(interaction: Interaction, timeoutMs?: number): Promise<NonNullable<InteractionState["modal"]>> {
    const call = await this.waitFor((c) => c.path.endsWith(`/${interaction.token}/callback`), timeoutMs);
    const shown = this.interactions.get(interaction.token)?.modal;
    if (!shown) throw new Error(`expected a modal (callback type 9), got ${JSON.stringify(call.body)}`);
    return shown;
  }

  /**
   * Someone fills in and submits the form the bot opened for `opened`, as
   * Discord's client would: `values` by field custom id (a select's choices
   * must be among its options; preselected options count as chosen), and
   * required fields must be filled. Throws when the bot opened no form.
   */
  submitModal(who: FakeUser, opened: Interaction, values: Record<string, string | string[]> = {}): Interaction {
    const form = this.interactions.get(opened.token)?.modal;
    if (!form) throw new Error("the bot opened no form for that interaction");
    const components = form.components.map((raw, i): SubmittedComponent => {
      const field = (raw as { component: { type: number; custom_id: string; required?: boolean; options?: Array<{ value: string; default?: boolean }> } }).component;
      const given = values[field.custom_id];
      if (field.type === 3) {
        const options = field.options ?? [];
        const chosen = given === undefined ? options.filter((o) => o.default).map((o) => o.value) : Array.isArray(given) ? given : [given];
        for (const value of chosen) if (!options.some((o) => o.value === value)) throw new Error(`${value} is not an option of ${field.custom_id}`);
        if (field.required !== false && chosen.length === 0) throw new Error(`${field.custom_id} is required`);
        return { type: 18, id: 2 * i + 1, component: { type: 3, id: 2 * i + 2, custom_id: field.custom_id, values: chosen } };
      }
      const text = typeof given === "string" ? given : "";
      if (field.required !== false && text === "") throw new Error(`${field.custom_id} is required`);
      return { type: 18, id: 2 * i + 1, component: { type: 4, id: 2 * i + 2, custom_id: field.custom_id, value: text } };
    });
    return this.submitForgedModal(who, form.custom_id, components, { guild: this.guilds.find((g) => g.id === opened.guild_id), channelId: opened.channel_id, from: opened });
  }

  /**
   * A form submission as a modified client could send it: any custom id and
   * fields, from any guild. `from` is the interaction that opened the form;
   * when it was a button, the submission carries that button's message.
   */
  submitForgedModal(
    who: FakeUser,
    customId: string,
    components: SubmittedComponent[],
    where: { guild?: FakeGuild; channelId?: string; from?: Interaction } = {},
  ): Interaction {
    const opener = where.from && where.from.type === 3 && "message" in where.from ? where.from.message : undefined;
    const source = opener ? this.messages.get(opener.id) : undefined;
    return this.deliver(
      modalSubmitInteraction({ applicationId: this.applicationId, guild: where.guild ?? this.guild, user: who, customId, components, message: source, channelId: where.channelId }),
      who,
    );
  }

  /** Someone posts a message in the guild channel (mention the bot with `<@id>`). */
  say(who: FakeUser, content: string, guild = this.guild): Message {
    const mentions = content.includes(`<@${this.bot.id}>`) ? [this.bot] : [];
    const posted = message({ channelId: guild.channelId, guildId: guild.id, author: who, content, mentions });
    this.messages.set(posted.id, posted);
    this.gateway.dispatch("MESSAGE_CREATE", { ...posted, member: { roles: [], joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0 } }, guild.id);
    return posted;
  }

  /** The original response of an interaction as it stands now. */
  original(interaction: Interaction): Message | undefined {
    const id = this.interactions.get(interaction.token)?.originalId;
    return id === undefined ? undefined : this.messages.get(id);
  }

  /** Destroy the client first: a closed gateway makes discord.js reconnect forever. */
  async stop(): Promise<void> {
    this.gateway.close();
    this.http.closeAllConnections();
    await new Promise<void>((resolve) => this.http.close(() => resolve()));
  }
}
