/**
 * A line typed into the terminal chat, understood: the slash commands as in
 * Discord, plain text as a question, and /more and /context n standing in
 * for the buttons.
 */

export type ChatLine =
  | { kind: "command"; name: string; options: Record<string, unknown> }
  | { kind: "press"; label: string }
  | { kind: "quit" }
  | { kind: "empty" }
  | { kind: "unknown"; text: string };

export function parseLine(raw: string): ChatLine {
  const line = raw.trim();
  if (line === "") return { kind: "empty" };
  if (!line.startsWith("/")) return { kind: "command", name: "ask", options: { question: line } };
  const [, name = "", rest = ""] = /^\/(\S*)\s*(.*)$/s.exec(line) ?? [];
  switch (name.toLowerCase()) {
    case "quit":
    case "exit":
      return { kind: "quit" };
    case "more":
      return { kind: "press", label: "More sources" };
    case "context":
      return /^\d+$/.test(rest) ? { kind: "press", label: `Context ${rest}` } : { kind: "unknown", text: line };
    case "ask": {
      // Accept Discord's spelling too: "/ask question: … private: true".
      const isPrivate = /\s*\bprivate:\s*true\s*$/i.test(rest);
      const question = rest.replace(/\s*\bprivate:\s*(true|false)\s*$/i, "").replace(/^question:\s*/i, "");
      return { kind: "command", name: "ask", options: { question, ...(isPrivate ? { private: true } : {}) } };
    }
    case "quote":
      return { kind: "command", name: "quote", options: quoteOptions(rest) };
    default: {
      // "/review queue": the first word names the subcommand, as in Discord (commands without one ignore it).
      const subcommand = /^[a-z]+/i.exec(rest)?.[0]?.toLowerCase();
      return { kind: "command", name: name.toLowerCase(), options: subcommand ? { subcommand } : {} };
    }
  }
}

const QUOTE_OPTION = /(?:^|\s)(speaker|topic|outlet|private):/gi;

/**
 * "/quote Zelensky", or Discord's spelling "/quote speaker: Zelensky topic:
 * peace outlet: LBC private: true". Text before the first option name is the
 * speaker; a missing speaker is left empty for the engine to explain.
 */
function quoteOptions(rest: string): Record<string, unknown> {
  const marks = [...rest.matchAll(QUOTE_OPTION)];
  const options: Record<string, unknown> = { speaker: rest.slice(0, marks[0]?.index ?? rest.length).trim() };
  marks.forEach((mark, i) => {
    const name = (mark[1] ?? "").toLowerCase();
    const value = rest.slice(mark.index + mark[0].length, marks[i + 1]?.index ?? rest.length).trim();
    // private takes true or false; anything else goes to the command's checks as text, to be refused there.
    options[name] = name === "private" && /^(true|false)$/i.test(value) ? value.toLowerCase() === "true" : value;
  });
  return options;
}
