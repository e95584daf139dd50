import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { encodeDigits, pointRuns, zigzag } from "../../scripts/encode-digits";
import { fallbackSource } from "../../scripts/fallback-source";
import { decodeDigits, WIDE_ESCAPE, WIDTH_DIGITS } from "../../src/layout/text/width-digits";
import { decodeBefore } from "../layout/text/fixtures/decode-before";
import { FALLBACK_BOLD, FALLBACK_REGULAR } from "../layout/text/fixtures/fallback-metrics-before";

const target = new URL("../../src/layout/text/fallback-metrics.ts", import.meta.url);

describe("width digits", () => {
  it("are distinct, printable, and neither the escape nor a character a string literal must escape", () => {
    expect(new Set(WIDTH_DIGITS).size).toBe(WIDTH_DIGITS.length);
    expect(WIDTH_DIGITS).toMatch(/^[!#-[\]-~]+$/);
    expect(WIDTH_DIGITS).not.toContain(WIDE_ESCAPE);
  });

  it("read back the values they were written from, small or escaped", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.nat(WIDTH_DIGITS.length + 2), fc.nat(WIDTH_DIGITS.length ** 3 - 1))), (values) => {
        expect([...decodeDigits(encodeDigits(values))]).toEqual(values);
      }),
    );
  });

  it("refuse a value they cannot write", () => {
    expect(() => encodeDigits([WIDTH_DIGITS.length ** 3])).toThrow(/out of range/);
    expect(() => encodeDigits([-1])).toThrow(/out of range/);
  });
});

describe("fallback runs and differences", () => {
  it("cover exactly the code points they were made from", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.nat(0xffff)), (unsorted) => {
        const points = [...unsorted].sort((a, b) => a - b);
        const runs = pointRuns(points);
        const covered: number[] = [];
        let codePoint = 0;
        for (let r = 0; r < runs.length; r += 2) {
          codePoint += runs[r] as number;
          for (const end = codePoint + (runs[r + 1] as number); codePoint < end; codePoint++) covered.push(codePoint);
        }
        expect(covered).toEqual(points);
      }),
    );
  });

  it("write a difference as a zigzag value that the decoder's arithmetic reads back", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1000, max: 1000 }), (difference) => {
        const value = zigzag(difference);
        expect(value).toBeGreaterThanOrEqual(0);
        expect(value & 1 ? -((value + 1) >> 1) : value >> 1).toBe(difference);
      }),
    );
  });
});

describe("the generated fallback metrics", () => {
  it("are what the generator writes for the widths of the former encoding (the generator and the committed table stay in step)", () => {
    const regularTable = decodeBefore(FALLBACK_REGULAR);
    const boldTable = decodeBefore(FALLBACK_BOLD);
    const points = [...regularTable.keys()].filter((cp) => (regularTable[cp] as number) > 0);
    const committed = readFileSync(target, "utf8");
    const header = committed.split("\n").slice(0, 5).join("\n");
    const source = fallbackSource(
      header,
      points,
      points.map((cp) => regularTable[cp] as number),
      points.map((cp) => boldTable[cp] as number),
    );
    expect(source === committed).toBe(true);
  });
});
