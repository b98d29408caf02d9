/**
 * Every slash command, explicitly. Adding a command means adding its file
 * and one line here; deploy-commands registers exactly this list.
 */
import * as about from "./about.js";
import * as ask from "./ask.js";
import * as config from "./config.js";
import * as help from "./help.js";
import * as quote from "./quote.js";
import * as reportCitation from "./report-citation.js";
import * as review from "./review.js";
import { defineCommand, type SlashCommand } from "./types.js";

export const COMMANDS: readonly SlashCommand[] = [
  defineCommand(ask),
  defineCommand(quote),
  defineCommand(about),
  defineCommand(help),
  // Moderation: /review for moderators, /config for admins, and the "Report citation" message command.
  defineCommand(review),
  defineCommand(config),
  defineCommand(reportCitation),
];

export function findCommand(name: string): SlashCommand | undefined {
  return COMMANDS.find((command) => command.name === name);
}

export type { SlashCommand } from "./types.js";
