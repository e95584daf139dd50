import { describe, expect, it } from "vitest";
import { advanceTable } from "../../../src/layout/text/advance-table";
import { decodeBefore } from "./fixtures/decode-before";
import { FALLBACK_BOLD, FALLBACK_REGULAR } from "./fixtures/fallback-metrics-before";

/** The code points where two tables differ, as hex, for a readable failure. */
function differences(actual: Uint8Array, expected: Uint8Array): string[] {
  const found: string[] = [];
  for (let cp = 0; cp < 0x10000; cp++) if (actual[cp] !== expected[cp]) found.push(`U+${cp.toString(16)}: ${actual[cp]} ≠ ${expected[cp]}`);
  return found;
}

describe("fallback metrics", () => {
  it.each([
    ["normal", FALLBACK_REGULAR],
    ["bold", FALLBACK_BOLD],
  ] as const)("decode to the same %s widths as the former encoding, for every BMP code point", (weight, before) => {
    const expected = decodeBefore(before);
    expect(expected.filter((width) => width > 0).length).toBe(11256);
    expect(differences(advanceTable(weight).fallback, expected)).toEqual([]);
  });
});
