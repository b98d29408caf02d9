/**
 * The bot's fixed moderation lines that src/moderation does not already
 * provide (it has the report and decision acknowledgements and the
 * non-moderator refusal). Plain markdown, nothing interpolated from users.
 */
export const MODERATION_TEXTS = {
  off: "Moderation is off here: it needs the Discord bot and its database, not the terminal chat.",
  serversOnly: "Reports and moderation work in servers only, not in direct messages.",
  notConfigurator: "Only members with the Manage Server permission (or Administrator) can change citebot's settings.",
  cannotReport: "This message is not a citebot answer that can be reported (it may be too old).",
  choosePassage: "Choose the passage you are reporting.",
  reasonTooLong: "The reason is too long: at most 500 characters.",
  reasonRequired: "A reason is required (1 to 500 characters); it is recorded in /review history.",
  unknownKey: "No passage or quote in the corpus has that key. Copy the key (articleId:start-end) from the mod-log or /review queue.",
  modlogOff: "The mod-log is off: new reports are only listed by /review queue.",
  modlogUnknownChannel: "That is not a text channel of this server that citebot can see; the mod-log is unchanged.",
  modlogNoAccess: "citebot cannot post there: give it View Channel, Send Messages and Embed Links in that channel. The mod-log is unchanged.",
  modroleCleared: "No moderator role is set: moderators are members with Manage Messages.",
} as const;
