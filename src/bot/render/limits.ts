/**
 * Discord's size limits, in characters (Message › Create Message; Channel ›
 * Embed Limits; Message Components). Lengths are measured in UTF-16 units,
 * which is never fewer than Discord's count, so staying under is safe.
 */
export const DISCORD_LIMITS = {
  content: 2000,
  embedTitle: 256,
  embedDescription: 4096,
  /** Title, description, field names and values, footer and author, across all embeds of a message. */
  embedTotal: 6000,
  embedFields: 25,
  footerText: 2048,
  customId: 100,
  buttonLabel: 80,
  buttonsPerRow: 5,
  actionRows: 5,
  /** Application command autocomplete: choices per response, characters per choice name and value. */
  autocompleteChoices: 25,
  choiceName: 100,
  choiceValue: 100,
} as const;
