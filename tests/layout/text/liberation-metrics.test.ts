import { describe, expect, it } from "vitest";
import { advanceTable, DENSE_LIMIT } from "../../../src/layout/text/advance-table";
import { inkTable } from "../../../src/layout/text/ink-extent";
import { ASCENT_EM, DESCENT_EM, UNITS_PER_EM } from "../../../src/layout/text/liberation-metrics";
import { decodeAdvancesBefore, decodeInkBefore } from "./fixtures/decode-before";
import { BOLD_ADVANCES, BOLD_INK, REGULAR_ADVANCES, REGULAR_INK } from "./fixtures/liberation-metrics-before";

describe("Liberation Sans' metrics", () => {
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

  it.each([
    ["normal", REGULAR_INK],
    ["bold", BOLD_INK],
  ] as const)("have the same %s ink as the former encoding", (weight, before) => {
    const entries = decodeInkBefore(before);
    const table = inkTable(weight);
    expect([...table.glyphs]).toEqual(entries.map(([cp, above, below]) => [cp, { above: above / UNITS_PER_EM, below: below / UNITS_PER_EM }]));
    expect([...table.listed.keys()].filter((cp) => table.listed[cp] === 1)).toEqual(entries.map(([cp]) => cp));
    const ascii = entries.filter(([cp]) => cp >= 0x20 && cp <= 0x7e);
    expect(table.asciiAbove).toBe(Math.max(ASCENT_EM, ...ascii.map(([, above]) => above / UNITS_PER_EM)));
    expect(table.asciiBelow).toBe(Math.max(DESCENT_EM, ...ascii.map(([, , below]) => below / UNITS_PER_EM)));
  });
});
