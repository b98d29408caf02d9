/** Bad input to a quote lookup (an empty speaker, an over-long topic): the message is one line for a person. */
export class QuoteInputError extends Error {
  override readonly name = "QuoteInputError";
}
