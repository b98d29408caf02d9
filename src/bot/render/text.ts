/**
 * A rendered reply as terminal text, for `npm run chat`: the same markdown
 * the Discord adapter sends, unescaped so quotes read verbatim, with bold
 * kept as ANSI bold on a terminal and dropped when piped.
 */
import type { Reply } from "./reply.js";

export interface TextOptions {
  /** Use ANSI styles (bold, dim). Default false. */
  ansi?: boolean;
  /** For `<t:…:R>` timestamps. Default Date.now. */
  now?: () => number;
}

const ANSI = { bold: ["\x1b[1m", "\x1b[22m"], italic: ["\x1b[3m", "\x1b[23m"], dim: ["\x1b[2m", "\x1b[22m"] } as const;

function relative(seconds: number, now: number): string {
  const delta = Math.round(seconds - now / 1000);
  if (delta <= 0) return "now";
  return delta < 90 ? `in ${delta} s` : `in ${Math.round(delta / 60)} min`;
}

/** Discord markdown (the subset citebot writes) to plain or ANSI-styled text. */
export function markdownToText(markdown: string, options: TextOptions = {}): string {
  const now = (options.now ?? Date.now)();
  const style = (which: keyof typeof ANSI, on: boolean) => (options.ansi ? ANSI[which][on ? 0 : 1] : "");
  const inline = (line: string): string => {
    let out = "";
    let bold = false;
    let italic = false;
    for (let i = 0; i < line.length; i++) {
      const c = line[i]!;
      const rest = line.slice(i);
      if (c === "\\" && i + 1 < line.length) {
        out += line[++i];
      } else if (rest.startsWith("**")) {
        bold = !bold;
        out += style("bold", bold);
        i++;
      } else if (c === "*") {
        italic = !italic;
        out += style("italic", italic);
      } else if (c === "`") {
        const end = line.indexOf("`", i + 1);
        out += end < 0 ? c : line.slice(i + 1, end);
        if (end >= 0) i = end;
      } else if (/^<t:\d+:R>/.test(rest)) {
        const [token] = /^<t:(\d+):R>/.exec(rest)!;
        out += relative(Number(token.slice(3, -3)), now);
        i += token.length - 1;
      } else if (c === "[" && /^\[((?:\\.|[^\\\]])*)\]\(([^)\s]+)\)/.test(rest)) {
        const [whole, label = "", url = ""] = /^\[((?:\\.|[^\\\]])*)\]\(([^)\s]+)\)/.exec(rest)!;
        out += `${inline(label)} <${url}>`;
        i += whole.length - 1;
      } else {
        out += c;
      }
    }
    return out + (bold ? style("bold", false) : "") + (italic ? style("italic", false) : "");
  };
  return markdown
    .split("\n")
    .map((line) => (line.startsWith("> ") ? `  │ ${inline(line.slice(2))}` : inline(line)))
    .join("\n");
}

export function replyToText(reply: Reply, options: TextOptions = {}): string {
  const dim = (s: string) => (options.ansi ? `${ANSI.dim[0]}${s}${ANSI.dim[1]}` : s);
  const parts: string[] = [];
  if (reply.content) parts.push(markdownToText(reply.content, options));
  for (const embed of reply.embeds ?? []) {
    if (embed.title) parts.push(options.ansi ? `${ANSI.bold[0]}${embed.title}${ANSI.bold[1]}` : `== ${embed.title} ==`);
    if (embed.description) parts.push(markdownToText(embed.description, options));
    if (embed.footer?.text) parts.push(dim(embed.footer.text));
  }
  const buttons = (reply.buttons ?? []).flat();
  if (buttons.length > 0) parts.push(buttons.map((b) => `[${b.label}]`).join(" "));
  return parts.join("\n\n");
}
