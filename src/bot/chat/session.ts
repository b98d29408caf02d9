/**
 * The terminal chat: each line goes through the same command and button
 * handlers and the same renderer as on Discord, through a Responder that
 * prints. Buttons of the last answer can be "pressed" with /more and /context n.
 */
import { findButton } from "../buttons/index.js";
import { findCommand } from "../commands/index.js";
import { handle } from "../handle.js";
import type { Invocation } from "../invocation.js";
import { renderNotice, replyToText, type ButtonSpec, type Reply } from "../render/index.js";
import type { Responder } from "../responder.js";
import type { BotRuntime } from "../runtime.js";
import { parseLine } from "./parse-line.js";

/** The terminal's one user, as a Discord-shaped id (custom ids carry it). */
const LOCAL_USER = "1";

export interface ChatOptions {
  runtime: BotRuntime;
  /** Where replies go (stdout). */
  write: (text: string) => void;
  /** ANSI bold and dim, for a real terminal. Default false. */
  ansi?: boolean;
}

export class ChatSession {
  private requests = 0;
  private buttons: ButtonSpec[] = [];

  constructor(private readonly options: ChatOptions) {}

  private show(reply: Reply): void {
    const buttons = (reply.buttons ?? []).flat();
    if (buttons.length > 0) this.buttons = buttons;
    // Answer and quote pages have Context buttons; a page without them has only "More ..." (and any hooked-in ones).
    const hint = buttons.length === 0 ? "" : buttons.some((b) => b.label.startsWith("Context ")) ? "\n(type /more or /context <n> to use these buttons)" : "\n(type /more for the next page)";
    this.options.write(`${replyToText(reply, { ansi: this.options.ansi })}${hint}\n\n`);
  }

  private responder(): Responder {
    return {
      mustAnswer: false,
      defer: async () => {},
      // Nothing in a terminal can be referred back to, so nothing is reported as delivered.
      send: async (reply) => void this.show(reply),
      update: async (reply) => void this.show(reply),
    };
  }

  private call(): Invocation {
    this.requests += 1;
    return { runtime: this.options.runtime, responder: this.responder(), userId: LOCAL_USER, guildId: null, requestId: String(this.requests) };
  }

  /** Handle one line; false when the user asked to quit. */
  async line(raw: string): Promise<boolean> {
    const parsed = parseLine(raw);
    switch (parsed.kind) {
      case "quit":
        return false;
      case "empty":
        return true;
      case "unknown":
        this.show(renderNotice("Not understood. Try /help, /more or /context 1."));
        return true;
      case "press": {
        // "/more" pages whatever the last reply was: an answer ("More sources") or quotes ("More quotes").
        const labels = parsed.label === "More sources" ? [parsed.label, "More quotes"] : [parsed.label];
        const pressed = this.buttons.find((b) => labels.includes(b.label));
        const button = pressed && findButton(pressed.customId, this.options.runtime.hooks.buttons);
        if (!button) {
          this.show(renderNotice(`There is no "${parsed.label}" button on the last answer.`));
          return true;
        }
        const call = this.call();
        await handle(call, `button:${button.name}`, () => button.run(call));
        return true;
      }
      case "command": {
        const command = findCommand(parsed.name);
        if (!command) {
          this.show(renderNotice(`There is no /${parsed.name} command. Try /help.`));
          return true;
        }
        const call = this.call();
        await handle(call, `/${command.name}`, () => command.run(call, parsed.options));
        return true;
      }
    }
  }
}
