/**
 * /about and /help: what the corpus covers, and how to ask.
 */
import type { CorpusSummary } from "../../qa/index.js";
import { formatDate } from "./citation.js";
import { DISCORD_LIMITS } from "../../common/discord-limits.js";
import { escapeMarkdown, singleLine } from "./markdown.js";
import type { Reply } from "./reply.js";
import { BOT_DEFAULTS } from "../options.js";

const count = (n: number, one: string, many: string) => `**${n.toLocaleString("en-GB")}** ${n === 1 ? one : many}`;

export function renderAbout(summary: CorpusSummary): Reply {
  if (summary.articles === 0) {
    return { embeds: [{ color: BOT_DEFAULTS.embedColor, title: "About this corpus", description: "The corpus is empty, so there is nothing to quote yet." }] };
  }
  const span = summary.from && summary.to ? `, published ${summary.from === summary.to ? `on ${formatDate(summary.from)}` : `between ${formatDate(summary.from)} and ${formatDate(summary.to)}`}` : "";
  const intro =
    `citebot answers questions with sentences quoted verbatim from ${count(summary.articles, "news article", "news articles")} ` +
    `(${count(summary.sentences, "sentence", "sentences")}) by ${count(summary.outlets.length, "outlet", "outlets")}${span}. ` +
    "Every quote is cited with its outlet, headline, date and paragraph; when the articles do not say, it answers “Not found in the corpus”.";
  const outlets = summary.outlets.map((o) => escapeMarkdown(singleLine(o)));
  const heading = "\n\n**Outlets**\n";
  // Outlets are listed whole; the ones that do not fit are counted instead.
  let listed = outlets.length;
  const listFor = (n: number) => outlets.slice(0, n).join(", ") + (n < outlets.length ? ` and ${outlets.length - n} more` : "");
  while (listed > 0 && intro.length + heading.length + listFor(listed).length > DISCORD_LIMITS.embedDescription) listed--;
  return { embeds: [{ color: BOT_DEFAULTS.embedColor, title: "About this corpus", description: intro + (listed > 0 ? heading + listFor(listed) : "") }] };
}

/** One line per way of asking, each with an example. */
const HELP: ReadonlyArray<[string, string]> = [
  ["`/ask question:<text>`", "answers with cited quotes. Example: `/ask question: What did Putin say about Trump?`"],
  ["`/ask question:<text> private:True`", "the same, but only you see the answer. Example: `/ask question: Who is Zelensky? private:True`"],
  ["`/quote speaker:<name>`", "what someone said, quoted verbatim and cited, with how citebot identified the speaker. Example: `/quote speaker: Zelensky`"],
  ["`/quote speaker:<name> topic:<words> outlet:<name>`", "only their quotes on a topic, or from one outlet (both optional). Example: `/quote speaker: Putin topic: compromise`"],
  ["`@citebot <question>`", "mention the bot in a channel and it replies to your message. Example: `@citebot Where was the missile fired?`"],
  ["`/about`", "what the corpus covers: articles, outlets and dates. Example: `/about`"],
  ["`/help`", "this list. Example: `/help`"],
];

export function renderHelp(): Reply {
  const lines = HELP.map(([how, what]) => `${how} — ${what}`);
  const buttons =
    "Under an answer, **More sources** shows further passages (for the person who asked) and **Context n** shows the sentences around passage n, privately. " +
    "Under quotes, **More quotes** shows the next ones. " +
    "In a server, **Report** (or Apps › **Report citation** on the answer) asks the moderators to review a citation you think is wrong.";
  return { embeds: [{ color: BOT_DEFAULTS.embedColor, title: "How to use citebot", description: `${lines.join("\n")}\n\n${buttons}` }] };
}
