/**
 * The discord.js Client citebot runs on: which intents, what it caches, and
 * where REST goes. Nothing here reads the environment.
 */
import { Client, GatewayIntentBits, Options, type RESTOptions } from "discord.js";
import { BOT_DEFAULTS } from "../options.js";

export interface ClientSettings {
  /** Base URL of Discord's API (a local fake in tests). Default: discord.com. */
  apiUrl?: string;
  /** Any other REST options, e.g. `{ retries: 0, timeout: 2000 }` for tests. */
  rest?: Partial<RESTOptions>;
}

export function createClient(settings: ClientSettings = {}): Client {
  return new Client({
    // Guilds gives the channel cache replies need; GuildMessages delivers
    // mentions. Message Content is privileged and unnecessary: Discord sends
    // the content of messages that mention the bot regardless.
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages],
    // Every payload sets allowed_mentions itself; this is the backstop.
    allowedMentions: { parse: [], repliedUser: false },
    // citebot never reads past messages, and every person who asks would
    // otherwise stay cached for the life of the process: keep only ourselves.
    makeCache: Options.cacheWithLimits({
      ...Options.DefaultMakeCacheSettings,
      MessageManager: 0,
      UserManager: { maxSize: 0, keepOverLimit: (user) => user.id === user.client.user.id },
      GuildMemberManager: { maxSize: 0, keepOverLimit: (member) => member.id === member.client.user.id },
    }),
    rest: {
      globalRequestsPerSecond: BOT_DEFAULTS.restRequestsPerSecond,
      ...(settings.apiUrl ? { api: settings.apiUrl } : {}),
      ...settings.rest,
    },
  });
}
