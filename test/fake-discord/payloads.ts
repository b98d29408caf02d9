/**
 * Builders for the Discord objects the fake hands to discord.js: users,
 * guilds, channels, messages and interactions, shaped like API v10 payloads.
 * Only the fields discord.js reads are filled in, but each is filled the way
 * Discord fills it (snowflakes as strings, ISO timestamps, null not absent).
 */
import { randomBytes } from "node:crypto";

const DISCORD_EPOCH = 1_420_070_400_000n;
let increment = 0n;

/** A fresh, realistic snowflake (18–19 digits, so @discordjs/rest's route ids match). */
export function snowflake(): string {
  increment = (increment + 1n) & 0xfffn;
  return (((BigInt(Date.now()) - DISCORD_EPOCH) << 22n) | increment).toString();
}

/** An interaction token: opaque, URL-safe, and long like Discord's. */
export function interactionToken(): string {
  return `aW50ZXJhY3Rpb24${randomBytes(48).toString("base64url")}`;
}

export interface FakeUser {
  id: string;
  username: string;
  global_name: string | null;
  discriminator: string;
  avatar: null;
  bot?: boolean;
}

export function user(username: string, options: { bot?: boolean } = {}): FakeUser {
  return {
    id: snowflake(),
    username,
    global_name: options.bot ? null : username,
    discriminator: "0",
    avatar: null,
    ...(options.bot ? { bot: true } : {}),
  };
}

export interface FakeGuild {
  id: string;
  name: string;
  channelId: string;
  /** A second text channel, for moderators (the mod-log). */
  modChannelId: string;
}

/** Permission bits Discord reports as strings; granted in full unless a test gives a member less (see {@link MemberAccess}). */
const ALL_PERMISSIONS = "2251799813685247";

/** What an interaction says about its member: permissions in the channel (decimal string) and role ids. */
export interface MemberAccess {
  permissions: string;
  roles: string[];
}

export function member(u: FakeUser, access?: MemberAccess) {
  return {
    user: u,
    nick: null,
    avatar: null,
    roles: access?.roles ?? ([] as string[]),
    joined_at: new Date().toISOString(),
    premium_since: null,
    deaf: false,
    mute: false,
    flags: 0,
    pending: false,
    permissions: access?.permissions ?? ALL_PERMISSIONS,
  };
}

export function textChannel(guild: FakeGuild, id = guild.channelId) {
  return {
    id,
    type: 0,
    guild_id: guild.id,
    name: id === guild.modChannelId ? "mod-log" : "general",
    position: 0,
    permission_overwrites: [],
    nsfw: false,
    topic: null,
    last_message_id: null,
    parent_id: null,
    rate_limit_per_user: 0,
  };
}

/** GUILD_CREATE data: discord.js keeps the guild waiting until this arrives. */
export function guildCreate(guild: FakeGuild, bot: FakeUser) {
  return {
    id: guild.id,
    name: guild.name,
    icon: null,
    splash: null,
    discovery_splash: null,
    owner_id: snowflake(),
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    roles: [
      {
        id: guild.id,
        name: "@everyone",
        color: 0,
        hoist: false,
        icon: null,
        unicode_emoji: null,
        position: 0,
        permissions: ALL_PERMISSIONS,
        managed: false,
        mentionable: false,
        flags: 0,
      },
    ],
    emojis: [],
    stickers: [],
    features: [],
    mfa_level: 0,
    application_id: null,
    system_channel_id: null,
    system_channel_flags: 0,
    rules_channel_id: null,
    vanity_url_code: null,
    description: null,
    banner: null,
    premium_tier: 0,
    preferred_locale: "en-US",
    public_updates_channel_id: null,
    nsfw_level: 0,
    premium_progress_bar_enabled: false,
    joined_at: new Date().toISOString(),
    large: false,
    unavailable: false,
    member_count: 2,
    voice_states: [],
    members: [member(bot)],
    channels: [textChannel(guild), textChannel(guild, guild.modChannelId)],
    threads: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  };
}

/** A message object as Discord returns it from REST and sends in MESSAGE_CREATE. */
export function message(fields: {
  id?: string;
  channelId: string;
  guildId?: string;
  author: FakeUser;
  content?: string;
  embeds?: unknown[];
  components?: unknown[];
  flags?: number;
  mentions?: FakeUser[];
  messageReference?: unknown;
  interactionMetadata?: unknown;
}) {
  return {
    id: fields.id ?? snowflake(),
    type: fields.messageReference ? 19 : 0,
    channel_id: fields.channelId,
    ...(fields.guildId ? { guild_id: fields.guildId } : {}),
    author: fields.author,
    content: fields.content ?? "",
    timestamp: new Date().toISOString(),
    edited_timestamp: null as string | null,
    tts: false,
    mention_everyone: false,
    mentions: fields.mentions ?? [],
    mention_roles: [],
    attachments: [],
    embeds: fields.embeds ?? [],
    components: fields.components ?? [],
    pinned: false,
    flags: fields.flags ?? 0,
    ...(fields.messageReference ? { message_reference: fields.messageReference } : {}),
    ...(fields.interactionMetadata ? { interaction_metadata: fields.interactionMetadata } : {}),
  };
}

export type Message = ReturnType<typeof message>;

/** Options of a chat-input command as Discord sends them (name, type, value). */
export type CommandOption = { name: string; type: number; value: string | number | boolean };

interface InteractionBase {
  applicationId: string;
  guild: FakeGuild;
  user: FakeUser;
  /** The member's permissions and roles. Default: every permission, no roles. */
  access?: MemberAccess;
  /** Where it happened. Default: the guild's general channel. */
  channelId?: string;
}

function interactionEnvelope(base: InteractionBase, type: number) {
  return {
    id: snowflake(),
    application_id: base.applicationId,
    type,
    token: interactionToken(),
    version: 1,
    guild_id: base.guild.id,
    guild: { id: base.guild.id, locale: "en-US", features: [] },
    channel_id: base.channelId ?? base.guild.channelId,
    channel: textChannel(base.guild, base.channelId),
    member: member(base.user, base.access),
    app_permissions: ALL_PERMISSIONS,
    locale: "en-US",
    guild_locale: "en-US",
    entitlements: [],
    authorizing_integration_owners: { "0": base.guild.id },
    context: 0,
    attachment_size_limit: 10_485_760,
  };
}

export function chatInputInteraction(base: InteractionBase & { name: string; options: CommandOption[] }) {
  return {
    ...interactionEnvelope(base, 2),
    data: { id: snowflake(), name: base.name, type: 1, options: base.options },
  };
}

/** Someone typing into an autocomplete option: every option typed so far, the one being typed marked `focused`. */
export function autocompleteInteraction(base: InteractionBase & { name: string; options: Array<CommandOption & { focused?: boolean }> }) {
  return {
    ...interactionEnvelope(base, 4),
    data: { id: snowflake(), name: base.name, type: 1, options: base.options },
  };
}

export function buttonInteraction(base: InteractionBase & { customId: string; message: Message }) {
  return {
    ...interactionEnvelope(base, 3),
    data: { custom_id: base.customId, component_type: 2 },
    message: base.message,
  };
}

/** A message command ("Report citation"): type 2 with the target message resolved, as Discord sends it. */
export function messageCommandInteraction(base: InteractionBase & { name: string; target: Message }) {
  return {
    ...interactionEnvelope(base, 2),
    data: { id: snowflake(), name: base.name, type: 3, target_id: base.target.id, resolved: { messages: { [base.target.id]: base.target } } },
  };
}

/** A submitted field: a text input's value or a select's values, inside its Label (type 18) as Discord sends them. */
export type SubmittedComponent =
  | { type: 18; id: number; component: { type: 4; id: number; custom_id: string; value: string } }
  | { type: 18; id: number; component: { type: 3; id: number; custom_id: string; values: string[] } };

/** A form submission (MODAL_SUBMIT, type 5); `message` when the form was opened from a button on it. */
export function modalSubmitInteraction(base: InteractionBase & { customId: string; components: SubmittedComponent[]; message?: Message }) {
  return {
    ...interactionEnvelope(base, 5),
    data: { custom_id: base.customId, components: base.components },
    ...(base.message ? { message: base.message } : {}),
  };
}

/** The bot's DM channel with one person, as an interaction in it carries it. */
export function dmChannel(id: string, recipient: FakeUser) {
  return { id, type: 1, last_message_id: null, recipients: [recipient], flags: 0 };
}

/**
 * A slash command in the bot's DMs (context 1, BOT_DM), as Discord sends it:
 * no guild and no member, the person as `user`. `guild_id` is declared only
 * so code reading it off any interaction type-checks; it is never sent.
 */
export function dmChatInputInteraction(base: { applicationId: string; user: FakeUser; channelId: string; name: string; options: CommandOption[] }) {
  return {
    id: snowflake(),
    application_id: base.applicationId,
    type: 2,
    token: interactionToken(),
    version: 1,
    guild_id: undefined as string | undefined,
    channel_id: base.channelId,
    channel: dmChannel(base.channelId, base.user),
    user: base.user,
    app_permissions: ALL_PERMISSIONS,
    locale: "en-US",
    entitlements: [],
    authorizing_integration_owners: { "0": "0" },
    context: 1,
    attachment_size_limit: 10_485_760,
    data: { id: snowflake(), name: base.name, type: 1, options: base.options },
  };
}

export type Interaction =
  | ReturnType<typeof dmChatInputInteraction>
  | ReturnType<typeof chatInputInteraction>
  | ReturnType<typeof buttonInteraction>
  | ReturnType<typeof autocompleteInteraction>
  | ReturnType<typeof messageCommandInteraction>
  | ReturnType<typeof modalSubmitInteraction>;
