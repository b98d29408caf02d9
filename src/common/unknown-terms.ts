/**
 * How the words no article uses are shown to a person, in a Discord reply
 * and on the terminal alike: at most this many, each cut to this length (a
 * pasted run of letters is a "word" too).
 */
export const UNKNOWN_TERMS_SHOWN = 5;
export const UNKNOWN_TERM_LENGTH = 40;
