/** Plain-text helpers shared by the library and the shells around it. */

/** Every run of whitespace (newlines included) as one space, and none at either end: one line for a person. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
