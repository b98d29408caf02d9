/**
 * People ask a chat bot the way they ask a person: "tell me about the
 * Oreshnik missile", "can you explain why the talks failed", "what do you
 * know about Kirillov, please", "any news on the strike?". The request around the question says nothing
 * about what is asked, but its words are rare in news ("tell" outweighed
 * "Oreshnik" and a quote with "tell" in it came first), so it is taken off
 * before the question is read. Only a frame at the start and courtesies at
 * the end are removed, and never the whole question.
 */

/** A request frame at the start: a greeting, "can you", then "tell me (about)", "explain", "what do you know about", "any news on" and the like. */
const OPENING = new RegExp(
  [
    "^\\s*(?:(?:hey|hi|hello|ok|okay|so)\\b[,!.]?\\s+)?",
    "(?:(?:can|could|would|will)\\s+you\\s+(?:please\\s+)?|please\\s+|pls\\s+)?",
    "(?:(?:tell\\s+me|explain(?:\\s+to\\s+me)?|give\\s+me|show\\s+me|find\\s+me|describe|summari[sz]e|let\\s+me\\s+know|i\\s+(?:want|would\\s+like|'d\\s+like|’d\\s+like)\\s+to\\s+know|do\\s+you\\s+know|what\\s+do\\s+you\\s+know)\\b",
    "(?:\\s+(?:more\\s+)?(?:about|on|regarding|of))?",
    "(?:\\s+(?:the\\s+)?(?:latest|news|info|information|details|story|facts)(?:\\s+(?:about|on|regarding|of))?)?",
    // "any news on …", "updates on …", "what's the latest on …", "what's new with …".
    "|(?:any\\s+|some\\s+)?(?:news|updates?|info|information|word)\\s+(?:about|on|regarding|of)\\b",
    "|what(?:'s|’s|\\s+is)\\s+(?:new|the\\s+latest|the\\s+news)\\s+(?:with|on|about|regarding|in)\\b)",
    "[\\s,:]*",
  ].join(""),
  "iu",
);

/** Courtesies at the end ("…, please", "… thanks!"); "please" only after a comma, as "vote as they please" is the question's own. */
const CLOSING = /(?:,\s*please|[\s,]+(?:pls|thanks|thank\s+you|thx))\s*([?!.]*)\s*$/iu;

/** The question without the request around it; the question as typed when nothing else would be left. */
export function withoutRequest(question: string): string {
  const trimmed = question.replace(CLOSING, "$1").replace(OPENING, "");
  return /[\p{L}\p{N}]/u.test(trimmed) ? trimmed : question;
}
