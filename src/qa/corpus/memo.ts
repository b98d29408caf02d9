/**
 * A bounded memo for the corpus model's tables that are made when asked
 * (a sentence's term set, its folded text, a paragraph's term counts):
 * building them for every sentence at load was most of a warm start and of
 * the heap, while a question only ever reads a few hundred of them.
 */

/** Tables made when asked are kept for this many sentences or paragraphs: a question's candidates and their neighbours fit many times over. */
const MEMO_LIMIT = 4096;

/** `make`, remembered for the last `limit` ids or so (forgotten all at once when full: cheap, and a question's ids come back together). */
export function memoised<T>(make: (id: number) => T, limit = MEMO_LIMIT): (id: number) => T {
  const memo = new Map<number, T>();
  return (id) => {
    const known = memo.get(id);
    if (known !== undefined || memo.has(id)) return known as T;
    const value = make(id);
    if (memo.size >= limit) memo.clear();
    memo.set(id, value);
    return value;
  };
}
