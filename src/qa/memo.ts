/**
 * One shape for the engine's bounded memos (a sentence's tables, a word's
 * stem, a token's reading): remembered up to a limit, then forgotten all at
 * once. Clearing is cheap, needs no bookkeeping per read, and what one
 * question reads comes back together; a limit keeps stray input (every
 * word anyone types) from growing the heap without end.
 */
export class BoundedMemo<K, V> {
  private readonly known = new Map<K, V>();

  constructor(private readonly limit: number) {}

  get(key: K): V | undefined {
    return this.known.get(key);
  }

  /** Whether `key` is remembered, for values that may be undefined themselves. */
  has(key: K): boolean {
    return this.known.has(key);
  }

  set(key: K, value: V): void {
    if (this.known.size >= this.limit) this.known.clear();
    this.known.set(key, value);
  }
}
