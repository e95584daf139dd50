import { describe, expect, it } from "vitest";
import { advanceTable } from "../../../src/layout/text/advance-table";
import { WIDTH_DIGITS } from "../../../src/layout/text/width-digits";
import { FALLBACK_BOLD, FALLBACK_REGULAR } from "./fixtures/fallback-metrics-before";

/** The table as the former format decoded it: runs `start:ww…`, one digit a code point, "!" and two base-36 digits for a wide one. */
function decodeBefore(encoded: string): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const run of encoded.split(";")) {
    const colon = run.indexOf(":");
    let codePoint = Number.parseInt(run.slice(0, colon), 36);
    const digits = run.slice(colon + 1);
    for (let i = 0; i < digits.length; i++) {
      if (digits[i] === "!") {
        table[codePoint++] = Number.parseInt(digits.slice(i + 1, i + 3), 36);
        i += 2;
      } else {
        table[codePoint++] = WIDTH_DIGITS.indexOf(digits[i] as string);
      }
    }
  }
  return table;
}

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
