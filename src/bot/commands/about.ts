/** /about — what the corpus covers (articles, outlets, dates). */
import { SlashCommandBuilder } from "discord.js";
import { z } from "zod";
import type { Invocation, Outcome } from "../invocation.js";
import { renderAbout } from "../render/index.js";

export const data = new SlashCommandBuilder().setName("about").setDescription("What the news corpus covers: articles, outlets and dates").toJSON();

export const input = z.object({});

export async function execute(call: Invocation): Promise<Outcome> {
  // Private: it answers the person who asked and would only clutter the channel.
  await call.responder.send(renderAbout(call.runtime.engine.summary), "private");
  return "shown";
}
