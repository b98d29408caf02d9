/**
 * Plain text cut to a length, for the places that show text without Discord
 * markdown (moderation records, the terminal). Discord replies cut text with
 * src/bot/render/fit.ts, which knows about markdown and word boundaries.
 */

/** Cut `text` to `max` characters, ending with an ellipsis when cut. */
export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(0, max - 1))}…`;
}
