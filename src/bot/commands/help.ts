/** /help — the commands, one example each. */
import { SlashCommandBuilder } from "discord.js";
import { z } from "zod";
import type { Invocation, Outcome } from "../invocation.js";
import { renderHelp } from "../render/index.js";

export const data = new SlashCommandBuilder().setName("help").setDescription("How to ask citebot questions, with examples").toJSON();

export const input = z.object({});

export async function execute(call: Invocation): Promise<Outcome> {
  await call.responder.send(renderHelp(), "private");
  return "shown";
}
