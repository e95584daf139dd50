import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatNumber as n } from "../../src/analysis/format";
import type { FontSpec } from "../../src/layout/text/types";
import { AttributeCache, LINE_START } from "../../src/render/attribute-cache";

// Few distinct values, so that runs repeat and come from the cache; sometimes any double.
const value = fc.oneof({ arbitrary: fc.constantFrom(0, -0, 12, 12.5, 31.16, 120), weight: 5 }, { arbitrary: fc.double(), weight: 1 });
const font: fc.Arbitrary<FontSpec> = fc.record(
  { size: fc.constantFrom(11, 12, 14), weight: fc.constantFrom(undefined, "normal" as const, "bold" as const) },
  { requiredKeys: ["size"] },
);
const end = fc.constantFrom('" rx="4" fill="#fff" stroke="#000"/>', '" fill="none" stroke="#000"/>');

/** The runs as written piece by piece, without a cache. */
const fontAttributes = (f: FontSpec, muted: boolean) => `" font-size="${n(f.size)}${f.weight === "bold" ? '" font-weight="bold' : ""}${muted ? '" fill="#777">' : '">'}`;

describe("AttributeCache", () => {
  it("returns the same runs as writing every value, whatever came before", () => {
    const step = fc.oneof(
      fc.record({ op: fc.constant("box" as const), y: value }),
      fc.record({ op: fc.constant("height" as const), height: value, end, line: fc.boolean() }),
      fc.record({ op: fc.constant("line" as const), k: fc.nat({ max: 3 }), y: value, font, muted: fc.constantFrom(undefined, false, true) }),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 200 }), (steps) => {
        const cache = new AttributeCache("#777");
        for (const s of steps) {
          if (s.op === "box") expect(cache.boxYRunOf(s.y)).toBe(`" y="${n(s.y)}" width="`);
          else if (s.op === "height") expect(cache.heightRun(s.height, s.end, s.line)).toBe(`" height="${n(s.height)}${s.end}${s.line ? LINE_START : ""}`);
          else expect(cache.lineTail(s.k, s.y, s.font, s.muted)).toBe(`" y="${n(s.y)}${fontAttributes(s.font, s.muted === true)}`);
        }
      }),
    );
  });

  it("writes a lane's attribute once per lane, and the box's start only when asked", () => {
    const cache = new AttributeCache("#777");
    expect(cache.laneAttribute("a&b", false)).toBe('" data-lane="a&amp;b">');
    expect(cache.laneAttribute("a&b", true)).toBe('" data-lane="a&amp;b"><rect class="jk-box" x="');
    expect(cache.laneAttribute("c", false)).toBe('" data-lane="c">');
  });
});
