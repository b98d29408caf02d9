/**
 * The REST half of the fake: the v10 routes citebot uses, answering as Discord
 * does — including Discord's refusals (already acknowledged, unknown webhook,
 * body over a limit), so a bot bug surfaces as the same error it would in
 * production. Anything else is an unknown route and fails the test.
 */
import { limitViolations, modalViolations } from "./limits.js";
import { message, snowflake, type FakeGuild, type FakeUser, type Interaction, type Message } from "./payloads.js";

export interface RestRequest {
  method: string;
  /** Path below /api/v10, with each segment URL-decoded (`@original`, not `%40original`). */
  path: string;
  query: URLSearchParams;
  body: unknown;
  authorization: string | undefined;
}

export interface RestResponse {
  status: number;
  body?: unknown;
}

/** What the routes read and change. */
export interface RestWorld {
  token: string;
  applicationId: string;
  bot: FakeUser;
  guilds: FakeGuild[];
  recommendedShards: number;
  maxConcurrency: number;
  gatewayUrl(): string;
  interactions: Map<string, InteractionState>;
  messages: Map<string, Message>;
  users: Map<string, FakeUser>;
  /** Channels where the bot has lost its permissions: posting and editing there get 403 Missing Permissions. */
  forbiddenChannels: Set<string>;
}

/** Discord's view of one interaction: how it was acknowledged and its reply. */
export interface InteractionState {
  interaction: Interaction;
  user: FakeUser;
  acknowledged?: number;
  ephemeral: boolean;
  originalId?: string;
  /** The form the bot answered with (callback type 9), for the test to fill in. */
  modal?: { custom_id: string; title: string; components: unknown[] };
}

type Handler = (world: RestWorld, req: RestRequest, params: string[]) => RestResponse;

interface Route {
  method: string;
  pattern: string[];
  /** Whether Discord wants `Authorization: Bot <token>` (interaction webhooks use their token instead). */
  auth: boolean;
  handle: Handler;
}

const MessageFlags = { Ephemeral: 64, Loading: 128 } as const;

function error(status: number, code: number, msg: string): RestResponse {
  return { status, body: { code, message: msg } };
}

function invalidBody(body: unknown): RestResponse | undefined {
  const problems = limitViolations(body);
  return problems.length > 0 ? error(400, 50035, `Invalid Form Body: ${problems.join("; ")}`) : undefined;
}

function fields(body: unknown): { content?: string; embeds?: unknown[]; components?: unknown[]; flags?: number } {
  return (typeof body === "object" && body !== null ? body : {}) as ReturnType<typeof fields>;
}

function pending(world: RestWorld, token: string | undefined): InteractionState | undefined {
  return token === undefined ? undefined : world.interactions.get(token);
}

const callback: Handler = (world, req, [id, token]) => {
  const state = pending(world, token);
  if (!state || state.interaction.id !== id) return error(404, 10062, "Unknown interaction");
  if (state.acknowledged !== undefined) return error(400, 40060, "Interaction has already been acknowledged.");
  const { type, data } = req.body as { type: number; data?: unknown };
  const body = fields(data);
  const problems = type === 9 ? modalViolations(data) : limitViolations(body);
  if (problems.length > 0) return error(400, 50035, `Invalid Form Body: ${problems.join("; ")}`);
  const channelId = state.interaction.channel_id;
  const guildId = state.interaction.guild_id;
  const metadata = { id: state.interaction.id, type: state.interaction.type, user: state.user, authorizing_integration_owners: {} };
  // Autocomplete interactions take suggestions and nothing else; other interactions never take suggestions.
  if ((state.interaction.type === 4) !== (type === 8)) return error(400, 50035, `Invalid Form Body: callback type ${type} for interaction type ${state.interaction.type}`);
  switch (type) {
    case 4: // CHANNEL_MESSAGE_WITH_SOURCE
    case 5: { // DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE
      state.ephemeral = ((body.flags ?? 0) & MessageFlags.Ephemeral) !== 0;
      const flags = (body.flags ?? 0) | (type === 5 ? MessageFlags.Loading : 0);
      const created = message({ ...body, flags, channelId, guildId, author: world.bot, interactionMetadata: metadata });
      world.messages.set(created.id, created);
      state.originalId = created.id;
      break;
    }
    case 6: // DEFERRED_UPDATE_MESSAGE
    case 7: { // UPDATE_MESSAGE
      // Components, and forms opened from a component, carry the message they can update.
      if (!("message" in state.interaction) || !state.interaction.message) return error(400, 40001, "Only component interactions can update");
      state.originalId = state.interaction.message.id;
      if (type === 7) update(world, state.originalId, body);
      break;
    }
    case 9: // MODAL: only commands and components may open a form; a form cannot open another
      if (state.interaction.type !== 2 && state.interaction.type !== 3) return error(400, 50035, `Invalid Form Body: a modal cannot answer interaction type ${state.interaction.type}`);
      state.modal = data as InteractionState["modal"];
      break;
    case 8: // APPLICATION_COMMAND_AUTOCOMPLETE_RESULT (choices checked with the other limits above)
      if (!Array.isArray((data as { choices?: unknown } | undefined)?.choices)) return error(400, 50035, "Invalid Form Body: data.choices is required");
      break;
    default:
      return error(400, 50035, `Invalid Form Body: callback type ${type}`);
  }
  state.acknowledged = type;
  if (req.query.get("with_response") !== "true") return { status: 204 };
  // As Discord: the message the callback created or updated comes back with it (types 4 and 7 only).
  const created = (type === 4 || type === 7) && state.originalId !== undefined ? world.messages.get(state.originalId) : undefined;
  return { status: 200, body: { interaction: { id, type: state.interaction.type }, ...(created ? { resource: { type, message: created } } : {}) } };
};

function update(world: RestWorld, id: string, body: ReturnType<typeof fields>): Message | undefined {
  const existing = world.messages.get(id);
  if (!existing) return undefined;
  const flags = (existing.flags & ~MessageFlags.Loading) | ((body.flags ?? 0) & 4);
  const changed = {
    ...(body.content !== undefined ? { content: body.content } : {}),
    ...(body.embeds !== undefined ? { embeds: body.embeds } : {}),
    ...(body.components !== undefined ? { components: body.components } : {}),
  };
  const next: Message = { ...existing, ...changed, flags, edited_timestamp: new Date().toISOString() } as Message;
  world.messages.set(id, next);
  return next;
}

const editOriginal: Handler = (world, req, [app, token]) => {
  const state = pending(world, token);
  if (app !== world.applicationId || !state?.originalId) return error(404, 10015, "Unknown Webhook");
  const invalid = invalidBody(req.body);
  if (invalid) return invalid;
  const edited = update(world, state.originalId, fields(req.body));
  return edited ? { status: 200, body: edited } : error(404, 10008, "Unknown Message");
};

const deleteOriginal: Handler = (world, _req, [app, token]) => {
  const state = pending(world, token);
  if (app !== world.applicationId || !state?.originalId) return error(404, 10015, "Unknown Webhook");
  world.messages.delete(state.originalId);
  return { status: 204 };
};

const followUp: Handler = (world, req, [app, token]) => {
  const state = pending(world, token);
  // After a modal (type 9) the interaction is over: its answer comes with the form's own submission.
  if (app !== world.applicationId || state?.acknowledged === undefined || state.acknowledged === 9) return error(404, 10015, "Unknown Webhook");
  const invalid = invalidBody(req.body);
  if (invalid) return invalid;
  const { interaction } = state;
  const created = message({ ...fields(req.body), channelId: interaction.channel_id, guildId: interaction.guild_id, author: world.bot });
  world.messages.set(created.id, created);
  return { status: 200, body: created };
};

const createMessage: Handler = (world, req, [channelId]) => {
  const known = world.guilds.some((g) => g.channelId === channelId || g.modChannelId === channelId) || world.users.has(`dm:${channelId}`);
  if (!known) return error(404, 10003, "Unknown Channel");
  if (world.forbiddenChannels.has(channelId!)) return error(403, 50013, "Missing Permissions");
  const invalid = invalidBody(req.body);
  if (invalid) return invalid;
  const body = req.body as ReturnType<typeof fields> & { message_reference?: unknown };
  const guildId = world.guilds.find((g) => g.channelId === channelId || g.modChannelId === channelId)?.id;
  const created = message({ ...fields(body), channelId: channelId!, guildId, author: world.bot, messageReference: body.message_reference });
  world.messages.set(created.id, created);
  return { status: 200, body: created };
};

/** PATCH /channels/{channel}/messages/{message}: the bot editing one of its own messages (the mod-log post). */
const editMessage: Handler = (world, req, [channelId, messageId]) => {
  const existing = world.messages.get(messageId ?? "");
  if (!existing || existing.channel_id !== channelId) return error(404, 10008, "Unknown Message");
  if (existing.author.id !== world.bot.id) return error(403, 50005, "Cannot edit a message authored by another user");
  if (world.forbiddenChannels.has(channelId!)) return error(403, 50013, "Missing Permissions");
  const invalid = invalidBody(req.body);
  if (invalid) return invalid;
  return { status: 200, body: update(world, existing.id, fields(req.body)) };
};

const openDm: Handler = (world, req) => {
  const { recipient_id: recipientId } = req.body as { recipient_id: string };
  const recipient = world.users.get(recipientId);
  if (!recipient) return error(400, 50007, "Cannot send messages to this user");
  const id = snowflake();
  world.users.set(`dm:${id}`, recipient);
  return { status: 200, body: { id, type: 1, last_message_id: null, recipients: [recipient], flags: 0 } };
};

const putCommands: Handler = (world, req, [app, guildId]) => {
  if (app !== world.applicationId) return error(403, 50001, "Missing Access");
  if (guildId !== undefined && !world.guilds.some((g) => g.id === guildId)) return error(403, 50001, "Missing Access");
  const commands = req.body as Array<Record<string, unknown>>;
  const created = commands.map((command) => ({ id: snowflake(), application_id: app, version: snowflake(), ...(guildId ? { guild_id: guildId } : {}), ...command }));
  return { status: 200, body: created };
};

const gatewayBot: Handler = (world) => ({
  status: 200,
  body: { url: world.gatewayUrl(), shards: world.recommendedShards, session_start_limit: { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: world.maxConcurrency } },
});

const ROUTES: Route[] = [
  { method: "GET", pattern: ["gateway", "bot"], auth: true, handle: gatewayBot },
  { method: "POST", pattern: ["interactions", ":id", ":token", "callback"], auth: false, handle: callback },
  { method: "PATCH", pattern: ["webhooks", ":app", ":token", "messages", "@original"], auth: false, handle: editOriginal },
  { method: "DELETE", pattern: ["webhooks", ":app", ":token", "messages", "@original"], auth: false, handle: deleteOriginal },
  { method: "POST", pattern: ["webhooks", ":app", ":token"], auth: false, handle: followUp },
  { method: "POST", pattern: ["channels", ":id", "messages"], auth: true, handle: createMessage },
  { method: "PATCH", pattern: ["channels", ":id", "messages", ":message"], auth: true, handle: editMessage },
  { method: "POST", pattern: ["channels", ":id", "typing"], auth: true, handle: () => ({ status: 204 }) },
  { method: "POST", pattern: ["users", "@me", "channels"], auth: true, handle: openDm },
  { method: "PUT", pattern: ["applications", ":app", "commands"], auth: true, handle: putCommands },
  { method: "PUT", pattern: ["applications", ":app", "guilds", ":guild", "commands"], auth: true, handle: putCommands },
];

/** Answer one request, or undefined when no route matches (the caller records it as unknown). */
export function route(world: RestWorld, req: RestRequest): RestResponse | undefined {
  const segments = req.path.split("/").filter(Boolean);
  for (const candidate of ROUTES) {
    if (candidate.method !== req.method || candidate.pattern.length !== segments.length) continue;
    const params: string[] = [];
    const matches = candidate.pattern.every((part, i) => {
      const segment = segments[i]!;
      if (part.startsWith(":")) return params.push(segment) > 0;
      return part === segment;
    });
    if (!matches) continue;
    if (candidate.auth && req.authorization !== `Bot ${world.token}`) return error(401, 0, "401: Unauthorized");
    return candidate.handle(world, req, params);
  }
  return undefined;
}
