import { describe, expect, it } from "vitest";
import { editDistance, suggestNearest } from "../../src/validate/suggest";

describe("editDistance", () => {
  it("counts insertions, deletions, substitutions and transpositions as one edit each", () => {
    expect(editDistance("emotion", "emotion")).toBe(0);
    expect(editDistance("emotion", "emotoin")).toBe(1);
    expect(editDistance("stage", "stages")).toBe(1);
    expect(editDistance("stage", "stag")).toBe(1);
    expect(editDistance("stage", "stoge")).toBe(1);
    expect(editDistance("kitten", "sitting")).toBe(3);
  });

  it("gives up early once the distance exceeds the bound", () => {
    expect(editDistance("abcdefgh", "zzzzzzzz", 2)).toBe(Number.POSITIVE_INFINITY);
    expect(editDistance("a", "abcdef", 2)).toBe(Number.POSITIVE_INFINITY);
  });
});

describe("suggestNearest", () => {
  it("suggests a close candidate", () => {
    expect(suggestNearest("s-purchse", ["s-awareness", "s-purchase"])).toBe("s-purchase");
    expect(suggestNearest("emotoin", ["emotion", "expectedEmotion"])).toBe("emotion");
  });

  it("ignores case when comparing", () => {
    expect(suggestNearest("S-PURCHASE", ["s-purchase"])).toBe("s-purchase");
  });

  it("suggests nothing when nothing is close", () => {
    expect(suggestNearest("zzz", ["s-purchase"])).toBeUndefined();
    expect(suggestNearest("ab", [])).toBeUndefined();
  });

  it("prefers the first of equally close candidates", () => {
    expect(suggestNearest("tp-3", ["tp-1", "tp-2"])).toBe("tp-1");
  });
});
