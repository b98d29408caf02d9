/**
 * "Show context": the sentences around a cited one, the cited one in bold,
 * with its citation. Fitted by dropping the farthest sentences first, so any
 * cut falls between sentences; only a cited sentence too long on its own is
 * cut inside, at a word boundary.
 */
import type { ContextView, Sentence } from "../../qa/index.js";
import { citationLine } from "./citation.js";
import { CUT_MARK, fitText } from "./fit.js";
import { DISCORD_LIMITS } from "../../common/discord-limits.js";
import { bold, escapeMarkdown, singleLine } from "./markdown.js";
import type { Reply } from "./reply.js";
import { BOT_DEFAULTS } from "../options.js";

const plain = (s: Sentence) => escapeMarkdown(singleLine(s.text));

/** Sentences joined with a space, or a blank line where a new paragraph starts. */
function join(parts: ReadonlyArray<{ sentence: Sentence; markdown: string }>): string {
  return parts
    .map((part, i) => {
      const previous = parts[i - 1];
      const gap = previous === undefined ? "" : previous.sentence.paragraph === part.sentence.paragraph ? " " : "\n\n";
      return gap + part.markdown;
    })
    .join("");
}

export function renderContext(view: ContextView): Reply {
  const citation = `\n\n${citationLine(view.citation)}`;
  const budget = DISCORD_LIMITS.embedDescription - citation.length;
  const before = [...view.before];
  const after = [...view.after];
  const centre = fitText(view.sentence.text, budget - 2 * (CUT_MARK.length + 1), (prefix) => bold(escapeMarkdown(singleLine(prefix))));
  const cited = { sentence: view.sentence, markdown: centre?.rendered ?? CUT_MARK };
  const compose = () => {
    const body = join([...before.map((s) => ({ sentence: s, markdown: plain(s) })), cited, ...after.map((s) => ({ sentence: s, markdown: plain(s) }))]);
    const head = before.length < view.before.length ? `${CUT_MARK} ` : "";
    const tail = after.length < view.after.length ? ` ${CUT_MARK}` : "";
    return head + body + tail;
  };
  let text = compose();
  while (text.length > budget && (before.length > 0 || after.length > 0)) {
    // Drop from the longer side first, keeping the cited sentence near the middle.
    if (before.length >= after.length) before.shift();
    else after.pop();
    text = compose();
  }
  return { embeds: [{ color: BOT_DEFAULTS.embedColor, title: "Context", description: text + citation }] };
}
