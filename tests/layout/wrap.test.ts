import { describe, expect, it } from "vitest";
import { layoutJourneyMap } from "../../src/layout/layout-journey-map";
import { renderSvg } from "../../src/render/render-svg";
import { generateJourneyMap } from "../support/generate-map";

const texts = (layout: ReturnType<typeof layoutJourneyMap>) => layout.cells.map((c) => c.lines.map((l) => l.text).join("|"));

describe("wrapped paragraphs kept across calls", () => {
  it("give the same layout and the same SVG the second time, and the same as a map never laid out before", () => {
    const map = generateJourneyMap({ touchpoints: 60 });
    const first = layoutJourneyMap(map);
    const again = layoutJourneyMap(map);
    expect(again).toEqual(first);
    expect(renderSvg(again)).toBe(renderSvg(first));
    // A copy has new strings of the same text: the cache is keyed by text, not by object.
    expect(layoutJourneyMap(structuredClone(map))).toEqual(first);
  });

  it("are kept apart by maxLines and by font size", () => {
    const map = generateJourneyMap({ touchpoints: 30 });
    const one = layoutJourneyMap(map, { maxLines: 1 });
    const all = layoutJourneyMap(map);
    const lines = (layout: typeof one) => layout.cells.reduce((sum, c) => sum + c.lines.length, 0);
    expect(one.cells.some((c) => c.fullText !== undefined)).toBe(true);
    expect(all.cells.some((c) => c.fullText !== undefined)).toBe(false);
    expect(lines(one)).toBeLessThan(lines(all));
    expect(layoutJourneyMap(map, { maxLines: 1 })).toEqual(one);
    const large = layoutJourneyMap(map, { fontSizes: { body: 20 } });
    expect(texts(large)).not.toEqual(texts(all));
    expect(layoutJourneyMap(map)).toEqual(all);
  });

  it("are not kept for a host's measureText, which may measure differently on the next call", () => {
    const map = generateJourneyMap({ touchpoints: 20 });
    let perChar = 5;
    const measureText = (text: string) => text.length * perChar;
    const narrow = layoutJourneyMap(map, { measureText });
    perChar = 12;
    const wide = layoutJourneyMap(map, { measureText });
    expect(texts(wide)).not.toEqual(texts(narrow));
    perChar = 5;
    expect(layoutJourneyMap(map, { measureText })).toEqual(narrow);
  });
});
