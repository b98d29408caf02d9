/**
 * The engine's bounded memo (src/qa/memo.ts): remembered up to its limit,
 * then forgotten all at once, and an undefined value still counts as known.
 */
import { describe, expect, it } from "vitest";
import { memoised } from "../src/qa/corpus/memo.js";
import { BoundedMemo } from "../src/qa/memo.js";

describe("BoundedMemo", () => {
  it("forgets everything when full, then remembers again", () => {
    const memo = new BoundedMemo<string, number>(2);
    memo.set("a", 1);
    memo.set("b", 2);
    expect([memo.get("a"), memo.get("b")]).toEqual([1, 2]);
    memo.set("c", 3);
    expect([memo.get("a"), memo.get("b"), memo.get("c")]).toEqual([undefined, undefined, 3]);
  });

  it("memoised makes a value once while remembered, undefined included", () => {
    const made: number[] = [];
    const f = memoised((id) => {
      made.push(id);
      return id % 2 === 0 ? undefined : id;
    }, 3);
    expect([f(1), f(2), f(1), f(2)]).toEqual([1, undefined, 1, undefined]);
    expect(made).toEqual([1, 2]);
    f(3);
    f(4); // the memo was full: everything is forgotten before 4 is kept
    f(1);
    expect(made).toEqual([1, 2, 3, 4, 1]);
  });
});
