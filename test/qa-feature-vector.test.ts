/**
 * The feature vector written out in features.ts `vectorOf` must hold every
 * registered feature, in the registry's order, each read from its own place.
 */
import { describe, expect, it } from "vitest";
import { FEATURE_NAMES, vectorOf } from "../src/qa/rank/features.js";

describe("vectorOf", () => {
  it("names every feature once, in registry order", () => {
    const v = vectorOf(new Float64Array(FEATURE_NAMES.length));
    expect(Object.keys(v)).toEqual([...FEATURE_NAMES]);
  });

  it("reads each feature from its own place in the values", () => {
    const values = FEATURE_NAMES.map((_, i) => 1 + i / 100);
    const v = vectorOf(values);
    FEATURE_NAMES.forEach((name, i) => expect([name, v[name]]).toEqual([name, 1 + i / 100]));
  });
});
