/**
 * Rules that keep page furniture out of answers: captions, teasers, related
 * headlines, schedules, copyright and syndication notices, bylines and author
 * bios. The text stays verbatim in the article; these only mark paragraphs as
 * not citable. The rules look at the shape of a paragraph and its
 * neighbours, never at particular articles' sentences.
 */
import type { Article, BoilerplateReason } from "../types.js";

/** A paragraph's text with its position, as the rules see it. */
export interface ParagraphText {
  text: string;
}

const SCHEDULE = /^[\p{L} .'’-]{2,60}\s\d{1,2}(?::\d{2})?\s?(?:am|pm)\s?[-–—]\s?\d{1,2}(?::\d{2})?\s?(?:am|pm)$/iu;
const TIMESTAMP =
  /^(?:(?:updated|published|posted|last updated|first published)\s*:?\s*)?(?:(?:\d{1,2}\s+\p{L}+|\p{L}+\.?\s+\d{1,2}),?\s+\d{4}(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s?[ap]m)?(?:\s+\p{Lu}{2,4})?)?|\d{1,2}:\d{2}(?::\d{2})?|\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}\S*)?)?$/iu;
const TEASER = /^(?:read more|read also|also read|see also|related|more on this|watch|listen|click here|sign up|subscribe|editorial|opinion|analysis|live)\s*:/iu;
/**
 * The outlet asking something of the reader ("Sign up for our morning newsletter …", "Follow us on Twitter for
 * updates.", "Click here to subscribe."): an imperative to subscribe, follow, share or give, addressed to "you" or
 * about "us" and "our", in a short paragraph.
 */
const CALL_TO_ACTION = /^(?:sign up|subscribe|follow us|follow (?:our|the \p{L}+ on)|click here|tap here|download (?:our|the \p{L}+ app)|share this|support (?:our|us)|donate to (?:our|us)|join (?:our|us)|like us|never miss|don['’]t miss|get (?:our|the latest))\b/iu;
/**
 * The page talking about itself or its paywall rather than the news: its age, a disclaimer, advertising, cookies,
 * subscriptions ("This article is more than 2 years old.", "Already a subscriber? Log in.").
 */
const SITE_NOTICE =
  /^(?:this (?:article|story|page|piece) is (?:more than|over) (?:\d+|a|an|one|two|three) \p{L}+ old|the views expressed (?:in this|here|are)|advertisement\b|we use cookies|want to read more\?|already a subscriber\?|you(?:['’]ve| have) reached your (?:limit|maximum)|support (?:independent|quality|local|our) journalism|(?:log|sign) in to (?:read|continue|comment)|subscribe (?:now|today) (?:for|to))/iu;
const ADDRESSED = /\b(?:our|us|you|your)\b|newsletter|subscri|\bapp\b/iu;
/**
 * How to reach the writer or the newsroom ("Jane Roe can be reached at …", "Contact the author at …", "Have a news
 * tip? Email us …"), in a short paragraph.
 */
const CONTACT = /\b(?:can be reached (?:at|via|on) (?:\S+@|[\d(+]|twitter|x\b|instagram|facebook|bluesky|e-?mail)|contact (?:the )?(?:author|reporter|writer|newsroom)|e-?mail us|write to us|send us (?:a |your )?(?:news )?tips?|(?:a |have a |got a )?news tip|follow (?:her|him|them) on (?:twitter|x|instagram|facebook|bluesky|threads))\b/iu;
const COPYRIGHT =
  /^©|©\s*(?:copyright\s*)?\d{4}|^(?:our|editorial) (?:standards|guidelines)\s*:|\(c\)\s*\d{4}|^copyright\b|all rights reserved|may not be (?:published|reproduced|redistributed)|^(?:this|the) (?:post|article|story|piece|report) (?:was )?(?:originally|first) published|contributed to this report|^source\s*:|^(?:reporting|editing|additional reporting) by\b/iu;
/** Photo credits end a caption: "(AP Photo)", "Name/Reuters", "Photo: Name", "Getty Images". Case matters: "a photo." is prose. */
const CAPTION_CREDIT =
  /(?:\([^()]*\b(?:Photo|Photograph|Image|File|Pool|Getty Images|Reuters|AFP|AP|EPA)\b[^()]*\)|\b(?:AP|AFP|PA|EPA|Reuters|Pool|File) Photo|\b(?:Photo|Photograph|Image|Credit)\s*:\s*[^.]{2,60}|\s\S+\/(?:Reuters|AP|AFP|Getty Images|EPA(?:-EFE)?|Bloomberg|Pool|SIPA|TASS|Anadolu)|\bGetty Images|\bvia Reuters)\.?$/u;
/** A caption or credit labelled as one, as some outlets print it for screen readers ("Image caption, …", "Media caption: …"). */
const CAPTION_LABEL = /^(?:image|media|video|photo|picture|audio) (?:caption|source|credit|description)\s*[,:]/iu;
const AUTHOR_BIO = /^(?:\p{Lu}[\p{L}'’-]+\s){1,3}is\san?\s[^.]{0,60}\b(?:journalist|reporter|correspondent|editor|writer|columnist|contributor)\b/u;
/** Headings, bios and captions are short; a long paragraph is prose whatever its punctuation. */
const SHORT_WORDS = 30;
const AUTHOR_LABEL = /^(?:author|about the author|by|written by)\s*:?$/iu;
const BYLINE_WRITES = /,\s*writes\s+\p{Lu}\p{L}+(?:\s\p{Lu}\p{L}+)?\b/u;

/** True when a paragraph reads as a sentence: it ends in . ! ? (perhaps inside a closing quote). */
export function endsLikeSentence(text: string): boolean {
  return /[.!?…]["”’')\]]*$/u.test(text.trim());
}

/**
 * True when a full stop ends a sentence inside the paragraph ("... framework.
 * Thus, a class is defined as follows:"): a heading is one line, so such a
 * paragraph is prose even though its last sentence leads into a list. The
 * word before the stop must be lower case, so "U.S. Court" is no sentence end.
 */
function holdsSentenceEnd(text: string): boolean {
  return /\p{Ll}{3,}[.!?]["”’')\]]*\s+\p{Lu}/u.test(text);
}

function wordCount(text: string): number {
  return text.split(/\s+/).length;
}

/**
 * A quote signed after a dash ("“We will rebuild.” — Ada Okafor, mayor"), as
 * pull quotes and press releases print one: someone's words, however short
 * and whatever ends the line, not a heading.
 */
const SIGNED_QUOTE = /^["“‘][^"“”]{2,}["”’]\s*[—–-]{1,2}\s*\p{Lu}/u;

function looksLikeHeadline(text: string): boolean {
  return wordCount(text) <= SHORT_WORDS && !SIGNED_QUOTE.test(text) && !holdsSentenceEnd(text) && (!endsLikeSentence(text) || /\?["”’']*$/u.test(text.trim()));
}

/**
 * Mark each paragraph of an article. `paragraphs` are the article's
 * non-empty lines in order; the result has one entry per paragraph.
 */
export function classifyParagraphs(article: Pick<Article, "headline" | "author">, paragraphs: readonly ParagraphText[]): Array<BoilerplateReason | undefined> {
  const texts = paragraphs.map((p) => p.text.trim());
  const seen = new Map<string, number>();
  const reasons = texts.map((text, i): BoilerplateReason | undefined => {
    const earlier = seen.get(text);
    if (earlier === undefined) seen.set(text, i);
    if (SCHEDULE.test(text)) return "schedule";
    if (TIMESTAMP.test(text)) return "dateline";
    if (COPYRIGHT.test(text)) return "copyright";
    if (TEASER.test(text)) return "teaser";
    // The outlet addressing the reader, in a short paragraph: a call to act, a notice about the page, how to reach it.
    if (wordCount(text) <= SHORT_WORDS) {
      if ((CALL_TO_ACTION.test(text) && ADDRESSED.test(text)) || SITE_NOTICE.test(text)) return "teaser";
      if (CONTACT.test(text)) return "author-bio";
    }
    if (CAPTION_CREDIT.test(text) || CAPTION_LABEL.test(text)) return "caption";
    if (AUTHOR_LABEL.test(text) || /^[Bb]y\s+\p{Lu}\p{L}+(?:\s\p{Lu}[\p{L}.'-]+){0,3}$/u.test(text) || (article.author !== undefined && sameWords(text, article.author))) return "byline";
    // A bio is a short "X is a journalist" paragraph at the end of the page, or
    // right after the byline; the same words mid-article are reporting.
    const nearEnd = i >= texts.length - 3 || /^(?:author|about the author)\b/iu.test(texts[i - 1] ?? "");
    if (nearEnd && wordCount(text) <= 2 * SHORT_WORDS && (AUTHOR_BIO.test(text) || (article.author !== undefined && text.startsWith(`${article.author} is `)))) return "author-bio";
    // "..., writes Name" closes the standfirst of a linked article, which has no final stop.
    if (BYLINE_WRITES.test(text) && !endsLikeSentence(text)) return "teaser";
    if (earlier !== undefined) return "duplicate-line";
    if (sameWords(text, article.headline)) return "subheading";
    if (!endsLikeSentence(text) && looksLikeHeadline(text)) return "subheading";
    return undefined;
  });

  // A run of three or more headline-shaped paragraphs is a list of related
  // links; a question-shaped line beside such a run belongs to it.
  for (let i = 0; i < texts.length; ) {
    let j = i;
    while (j < texts.length && isHeadlineLike(texts[j] ?? "", reasons[j])) j++;
    if (j - i >= 3) for (let k = i; k < j; k++) if (reasons[k] === undefined || reasons[k] === "subheading") reasons[k] = "related-headline";
    i = Math.max(j, i + 1);
  }
  return reasons;
}

function isHeadlineLike(text: string, reason: BoilerplateReason | undefined): boolean {
  return reason === "subheading" || reason === "duplicate-line" || reason === "teaser" || (reason === undefined && looksLikeHeadline(text));
}

function sameWords(a: string, b: string): boolean {
  const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
  return norm(a) === norm(b);
}

/**
 * Length of a metadata prefix glued to the start of the body by a scraper
 * ("date 2024-12-19 In response to ..."), which must not be quoted.
 */
export function metadataPrefixLength(text: string): number {
  const m = /^\s*(?:date|published|updated|posted)\s*:?\s*\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}\S*)?\s+/iu.exec(text);
  return m ? m[0].length : 0;
}
