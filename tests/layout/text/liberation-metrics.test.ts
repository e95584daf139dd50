import { describe, expect, it } from "vitest";
import { advanceTable, DENSE_LIMIT } from "../../../src/layout/text/advance-table";
import { UNITS_PER_EM } from "../../../src/layout/text/liberation-metrics";
import { decodeAdvancesBefore } from "./fixtures/decode-before";
import { BOLD_ADVANCES, REGULAR_ADVANCES } from "./fixtures/liberation-metrics-before";

describe("Liberation Sans' advances", () => {
  it.each([
    ["normal", REGULAR_ADVANCES],
    ["bold", BOLD_ADVANCES],
  ] as const)("decode to the same %s advances as the former encoding, for every code point", (weight, before) => {
    const expected = decodeAdvancesBefore(before);
    expect(expected.size).toBe(668);
    const table = advanceTable(weight);
    const decoded = new Map<number, number>(table.sparse);
    table.dense.forEach((em, cp) => {
      if (!Number.isNaN(em)) decoded.set(cp, em);
    });
    expect([...decoded].sort((a, b) => a[0] - b[0])).toEqual([...expected].map(([cp, advance]) => [cp, advance / UNITS_PER_EM]));
    expect([...table.sparse.keys()].every((cp) => cp >= DENSE_LIMIT)).toBe(true);
  });
});
