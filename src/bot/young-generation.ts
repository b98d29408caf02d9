/**
 * Sizing V8's young generation for the bot (see BOT_DEFAULTS.semiSpaceMb): a
 * process takes it as a command-line flag, a worker thread as a resource
 * limit, since V8 flags cannot be given to one thread.
 */
import { BOT_DEFAULTS } from "./options.js";

/** The flag for a process running the bot (`npm start` passes the same; a test keeps the two equal). */
export const SEMI_SPACE_FLAG = `--max-semi-space-size=${BOT_DEFAULTS.semiSpaceMb}`;

/**
 * The same size for a worker thread. A worker's limit is the whole young
 * generation, which V8 makes three semi-spaces: the two it copies between
 * and a space of the same size for large new objects.
 */
export const YOUNG_GENERATION_LIMITS = { maxYoungGenerationSizeMb: 3 * BOT_DEFAULTS.semiSpaceMb } as const;
