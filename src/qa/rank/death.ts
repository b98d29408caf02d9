/**
 * "How did X die?", "Why did X die?", "What killed X?": a question about a
 * death asks for its cause, and news states causes in a few plain ways:
 * "died of cancer", "died after a fall", "was shot", "in a car crash",
 * "took her own life". A passage that only reports the death ("X died on
 * Tuesday", "another son predeceased her") does not answer it, however
 * well it matches the question's names.
 *
 * The cues are general English, not any outlet's house style; each has
 * tests on invented sentences.
 */
import { DIE_PHRASES } from "../nlp/idioms.js";
import type { AnswerType } from "./question.js";

/**
 * The verbs of dying as a question writes them: the plain ones, and the
 * phrases the term pipeline reads as "die" (nlp/idioms.ts), whose first word
 * may be inflected here ("passed away", "losing their lives").
 */
const DEATH_VERB = ["die|died|dies|dying|killed|murdered|perish|perished|drown|drowned", ...DIE_PHRASES.map(inflected)].join("|");

/** A phrase with its first word's endings left open: "lose his life" matches "lose", "loses", "losing" and "lost" his life. */
function inflected(phrase: string): string {
  const [first = "", ...rest] = phrase.split(" ");
  return [`${first.replace(/e$/, "")}(?:e|es|ed|s|ing|t)?`, ...rest].join(" ");
}

/**
 * "How/why did X die" with the death as the question's own verb, at its end
 * or before a place or time ("How was the guard killed in the raid?"):
 * "How did the police react to the deaths?" asks about the police, and
 * "How did the town mourn the guard who died?" about the town.
 */
const HOW_OR_WHY_DIED = new RegExp(`^\\s*(?:how|why) (?:did|do|does|was|were|is|are|has|have|had) (?:(?!who |that |which )[\\w'’.-]+ ){1,8}?(?:${DEATH_VERB})(?: (?:in|on|at|during|near|while|after|last|this|aboard|inside|outside)\\b[^?]*)?\\s*\\??\\s*$`);
/**
 * "What did X die of?", "the cause of (her) death": asking what brought a
 * death about. A reason question too (rank/question.ts REASON_Q), so both
 * read it from here.
 */
export const DIED_OF_WHAT = String.raw`what (?:did|do|does) (?:[\w'’.-]+ ){1,6}?die (?:of|from)|causes? of (?:[\w'’-]+ ){0,4}?deaths?`;
/** "What killed X?", "What did X die of?", "What caused her death?", "What was the cause of death?", "What did the coroner give as the cause of death?". */
const WHAT_KILLED = new RegExp(`\\b(?:what (?:killed|caused (?:[\\w'’-]+ ){0,4}?deaths?)|${DIED_OF_WHAT})\\b`);

/** Whether a question of this answer type asks how or why someone died. */
export function asksCauseOfDeath(question: string, type: AnswerType): boolean {
  if (type !== "manner" && type !== "reason") return false;
  const q = question.toLowerCase();
  return HOW_OR_WHY_DIED.test(q) || WHAT_KILLED.test(q);
}

/** A death said with what brought it: "died of", "killed when", "died after". */
const DIED_OF = / (?:die|died|dies|dying|death|deaths|dead|killed|killing|perished) (?:of|from|after|following|when|while|because|due|by|amid|under|as a result|in a|in an|on impact)(?= )/;
/** Ways of dying, violent or not, as news names them. */
const CAUSE =
  / (?:shot|shooting|gunshot|gunfire|gunned down|stabbed|stabbing|drowned|drowning|suffocated|suffocation|asphyxiated|asphyxiation|asphyxia|strangled|strangulation|hanged|hanging|murdered|executed|execution|beheaded|poisoned|poisoning|overdose|overdosed|electrocuted|crushed|trampled|burned to death|burnt to death|beaten to death|run over|assassinated|lynched|mauled|suicide|took (?:his|her|their) own li(?:fe|ves)|heart attack|cardiac arrest|heart failure|stroke|cancer|tumour|tumor|leukaemia|leukemia|pneumonia|infection|sepsis|covid|coronavirus|malaria|measles|ebola|dementia|natural causes|illness|disease|complications|injuries|wounds|crash|crashed|collision|accident|explosion|blast|bombing|fire|blaze|flood|flooding|earthquake|avalanche|landslide|smoke inhalation|airstrike|air strike|shelling|succumbed)(?= )/;

/** Whether a folded sentence (` word word `, nlp/normalize.ts foldWords) states how someone died. */
export function statesCauseOfDeath(folded: string): boolean {
  return DIED_OF.test(folded) || CAUSE.test(folded);
}
