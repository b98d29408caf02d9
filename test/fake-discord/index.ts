export { FakeDiscord, type FakeDiscordOptions, type RestCall } from "./server.js";
export { limitViolations } from "./limits.js";
export type { FakeUser, Interaction, Message } from "./payloads.js";
