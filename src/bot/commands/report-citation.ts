/**
 * "Report citation" — a message command (right-click a message › Apps): the
 * same report form as the Report button, for any citebot answer. Anything
 * that is not a recorded answer of this server is refused privately.
 */
import { ApplicationCommandType, ContextMenuCommandBuilder, InteractionContextType } from "discord.js";
import { z } from "zod";
import { snowflake } from "../../store/schemas.js";
import type { Invocation, Outcome } from "../invocation.js";
import { openReportForm } from "../moderation/report.js";

export const data = new ContextMenuCommandBuilder()
  .setName("Report citation")
  .setType(ApplicationCommandType.Message)
  .setContexts(InteractionContextType.Guild)
  .toJSON();

/** The message it was used on (Discord's `target_id`). */
export const input = z.object({ targetId: snowflake });

export function execute(call: Invocation, { targetId }: z.output<typeof input>): Promise<Outcome> {
  return openReportForm(call, targetId);
}
