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
  /** Characters of one embed field's value. */
  fieldValue: 1024,
  footerText: 2048,
  customId: 100,
  buttonLabel: 80,
  buttonsPerRow: 5,
  actionRows: 5,
  /** Application command autocomplete: choices per response, characters per choice name and value. */
  autocompleteChoices: 25,
  choiceName: 100,
  choiceValue: 100,
  /** Modals (forms): title, label and label description, fields per form. */
  modalTitle: 45,
  modalLabel: 45,
  modalLabelDescription: 100,
  modalFields: 5,
  /** Select menus: options, and characters per option label, value and description and per placeholder. */
  selectOptions: 25,
  selectOptionText: 100,
  selectPlaceholder: 150,
  /** Text inputs: characters of the answer and of the placeholder. */
  textInputLength: 4000,
  textInputPlaceholder: 100,
} as const;
