/**
 * The best `k` of a stream, without sorting all of it: a question needs the
 * leading 18 of thousands of matching sentences, the leading 20 of hundreds
 * of articles, the best 5 sentences of an article.
 */

/**
 * Insert `item` into `best` (at most `k` items, in the order `before`
 * defines) at its place, or leave it out: after every item of a stream,
 * `best` is what sorting the stream so far and taking the first `k` gives.
 * An item that ties with one already kept (neither before the other) goes
 * after it: first come stays first.
 */
export function keepBest<T>(best: T[], item: T, k: number, before: (x: T, y: T) => boolean): void {
  if (k <= 0 || (best.length === k && !before(item, best[k - 1] as T))) return;
  let at = best.length < k ? best.length : k - 1;
  while (at > 0 && before(item, best[at - 1] as T)) at--;
  best.splice(at, 0, item);
  if (best.length > k) best.pop();
}
