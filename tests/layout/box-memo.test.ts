import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BOX_FIELDS, sameBox, StackedCellMemo } from "../../src/layout/cache/box-memo";
import { makeFonts } from "../../src/layout/fonts";
import { normalizeLayoutOptions } from "../../src/layout/normalize-options";
import { boxCell, type StackedBox } from "../../src/layout/stack-cells";
import { makeWrap } from "../../src/layout/wrap";
import { smallMap } from "./fixtures";

const options = normalizeLayoutOptions(smallMap);
const wrap = makeWrap(options);
const fonts = makeFonts(options);
const fontOf = [fonts.body, fonts.bodyBold, fonts.small, fonts.heading];

const paragraph = fc.record({
  text: fc.constantFrom("Reached by 40%", "→ Pickup 12%", "n=48", "A longer paragraph that wraps onto a second line at least"),
  font: fc.nat(3),
  muted: fc.boolean(),
});
const segment = fc.record({ tone: fc.constantFrom("value" as const, "top" as const, "bottom" as const), share: fc.constantFrom(0, 0.2, 0.201, 0.5, 1) });
const boxArbitrary: fc.Arbitrary<StackedBox> = fc
  .record({
    kind: fc.constantFrom("observed" as const, "survey" as const),
    entityId: fc.constantFrom("tp-a", "tp-b"),
    padding: fc.constantFrom(6, 8),
    paragraphs: fc.array(paragraph, { minLength: 1, maxLength: 3 }),
    segments: fc.option(fc.array(segment, { maxLength: 3 }), { nil: undefined }),
    dashed: fc.boolean(),
  })
  .map(({ kind, entityId, padding, paragraphs, segments, dashed }) => {
    const box: StackedBox = {
      kind,
      entityId,
      laneId: "observed",
      padding,
      paragraphs: paragraphs.map((p) => ({ text: p.text, font: fontOf[p.font] as (typeof fontOf)[number], muted: p.muted })),
    };
    if (segments) box.segments = segments;
    if (dashed) box.outline = "dashed";
    return box;
  });

/** `box` as a copy made of new objects, fonts included: what the next layout call hands over for an unchanged box. */
const copy = (box: StackedBox): StackedBox => structuredClone(box);

describe("sameBox", () => {
  it("is true for a copy, and false when any one field changes", () => {
    const box: StackedBox = {
      kind: "observed",
      entityId: "tp-a",
      laneId: "observed",
      padding: 8,
      paragraphs: [{ text: "n=48", font: fonts.bodyBold }],
      segments: [{ tone: "value", share: 0.4 }],
    };
    expect(sameBox(box, copy(box))).toBe(true);
    const changes: Partial<StackedBox>[] = [
      { kind: "survey" },
      { entityId: "tp-b" },
      { laneId: "surveys" },
      { padding: 6 },
      { outline: "dashed" },
      { paragraphs: [{ text: "n=49", font: fonts.bodyBold }] },
      { paragraphs: [{ text: "n=48", font: fonts.body }] },
      { paragraphs: [{ text: "n=48", font: fonts.bodyBold, muted: true }] },
      { paragraphs: [{ text: "n=48", font: { size: 20, weight: "bold" } }] },
      { paragraphs: [] },
      { segments: [{ tone: "value", share: 0.41 }] },
      { segments: [{ tone: "top", share: 0.4 }] },
      { segments: [] },
      { segments: undefined },
    ];
    for (const change of changes) expect(sameBox(box, { ...box, ...change })).toBe(false);
    // Every field of a box is among the changes tried: a new field needs a case here, and in sameBox.
    expect(new Set(changes.flatMap((c) => Object.keys(c)))).toEqual(new Set(Object.keys(BOX_FIELDS)));
  });

  it("never calls two boxes the same whose cells differ", () => {
    fc.assert(
      fc.property(boxArbitrary, boxArbitrary, (a, b) => {
        if (sameBox(a, b)) expect(boxCell(wrap, b, 10, 20, 160)).toEqual(boxCell(wrap, a, 10, 20, 160));
        expect(sameBox(a, copy(a))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe("StackedCellMemo", () => {
  it("hands back the previous drawing's cell for an equal box in the same place, and makes a new one otherwise", () => {
    const memo = new StackedCellMemo();
    const box: StackedBox = { kind: "observed", entityId: "tp-a", laneId: "observed", padding: 8, paragraphs: [{ text: "n=48", font: fonts.bodyBold }] };
    memo.begin();
    const first = memo.cell(wrap, box, 10, 20, 160);
    expect(first).toEqual(boxCell(wrap, box, 10, 20, 160));
    memo.begin();
    expect(memo.cell(wrap, copy(box), 10, 20, 160)).toBe(first);
    memo.begin();
    const moved = memo.cell(wrap, copy(box), 10, 24, 160);
    expect(moved).not.toBe(first);
    expect(moved).toEqual(boxCell(wrap, box, 10, 24, 160));
    memo.begin();
    expect(memo.cell(wrap, copy(box), 10, 24, 200)).toEqual(boxCell(wrap, box, 10, 24, 200));
  });
});
