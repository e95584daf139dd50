import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { liberationSource } from "../../scripts/liberation-source";
import { ASCENT_EM, DESCENT_EM, UNITS_PER_EM } from "../../src/layout/text/liberation-metrics";
import { decodeAdvancesBefore, decodeInkBefore } from "../layout/text/fixtures/decode-before";
import { BOLD_ADVANCES, BOLD_INK, REGULAR_ADVANCES, REGULAR_INK } from "../layout/text/fixtures/liberation-metrics-before";

const target = new URL("../../src/layout/text/liberation-metrics.ts", import.meta.url);

describe("the generated Liberation metrics", () => {
  it("are what the generator writes for the advances of the former encoding (the generator and the committed table stay in step)", () => {
    const committed = readFileSync(target, "utf8");
    const version = /from Liberation Sans (\S+)/.exec(committed)?.[1] as string;
    const source = liberationSource({
      version,
      unitsPerEm: UNITS_PER_EM,
      ascentEm: ASCENT_EM,
      descentEm: DESCENT_EM,
      regular: decodeAdvancesBefore(REGULAR_ADVANCES),
      bold: decodeAdvancesBefore(BOLD_ADVANCES),
      regularInk: decodeInkBefore(REGULAR_INK),
      boldInk: decodeInkBefore(BOLD_INK),
    });
    expect(source === committed).toBe(true);
  });

  it("refuse weights that cover different characters", () => {
    const metrics = { version: "0", unitsPerEm: 2048, ascentEm: 0.9, descentEm: 0.2, regularInk: [], boldInk: [] };
    expect(() => liberationSource({ ...metrics, regular: new Map([[65, 1]]), bold: new Map([[66, 1]]) })).toThrow(/different characters/);
  });

  it("refuse ink entries out of code point order", () => {
    const metrics = { version: "0", unitsPerEm: 2048, ascentEm: 0.9, descentEm: 0.2, regular: new Map([[65, 1]]), bold: new Map([[65, 1]]), boldInk: [] };
    expect(() => liberationSource({ ...metrics, regularInk: [[66, 1, 1] as const, [65, 1, 1] as const] })).toThrow(/ascending/);
  });
});
