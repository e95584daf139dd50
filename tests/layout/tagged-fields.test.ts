import { describe, expect, it } from "vitest";
import { layoutJourneyMap } from "../../src/layout/layout-journey-map";
import { taggedShapeKeys } from "../../src/layout/tagged-fields";
import { generateJourneyMap } from "../support/generate-map";

describe("taggedShapeKeys", () => {
  it("lists the keys of the layout's cells, lines, muted lines, points and columns in their order", () => {
    const layout = layoutJourneyMap(generateJourneyMap({ touchpoints: 30 }));
    const cell = layout.cells.find((c) => c.fullText === undefined && c.glyphs === undefined && c.outline === undefined);
    const lines = layout.cells.flatMap((c) => c.lines);
    const line = lines.find((l) => l.muted === undefined);
    const muted = lines.find((l) => l.muted === true);
    const point = layout.emotion?.series[0]?.points[0];
    const column = layout.columns.find((c) => c.kind === "touchpoint");
    const own = (o: object | undefined) => Object.keys(o ?? {});
    // Other columns start with the same three keys and get the rest afterwards.
    expect(taggedShapeKeys()).toEqual([own(cell), own(line), own(muted), own(point), own(column).slice(0, 3), own(column)]);
  });
});
