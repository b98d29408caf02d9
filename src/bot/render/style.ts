/** The accent colour of citebot's embeds (a muted newsprint blue). */
export const EMBED_COLOR = 0x3b6ea5;
