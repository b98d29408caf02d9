/** The parts of wink-nlp-utils' public API the test of citebot's stemmer and stop words compares with (the package ships no types). */
declare module "wink-nlp-utils" {
  interface WinkNlpUtils {
    string: {
      /** Porter2 stem of one lower-case word. */
      stem(word: string): string;
    };
    tokens: {
      /** `tokens` without the package's English stop words (or `stopWords`, from helper.words). */
      removeWords(tokens: string[]): string[];
    };
  }
  const utils: WinkNlpUtils;
  export default utils;
}
