import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { layoutJourneyMap } from "../../src/layout/layout-journey-map";
import type { ResolvedLayoutOptions } from "../../src/layout/options";
import { sanitizeText, wrapText } from "../../src/layout/text/index";
import type { FontSpec } from "../../src/layout/text/types";
import { makeWrap } from "../../src/layout/wrap";
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

describe("makeWrap", () => {
  const body: FontSpec = { size: 14 };
  const small: FontSpec = { size: 11 };
  const word = fc.constantFrom("queue", "before", "the", "counter", "opens", "é", "a\u0301", "waits");
  const paragraph = fc.array(word, { minLength: 0, maxLength: 9 }).map((w) => w.join(" "));
  const lookup = fc.tuple(paragraph, fc.constantFrom(40, 90, 200), fc.constantFrom(body, small));

  it("gives what wrapText gives, call after call, whatever the order the paragraphs come in", () => {
    fc.assert(
      fc.property(fc.array(fc.array(lookup, { maxLength: 30 }), { minLength: 1, maxLength: 4 }), (calls) => {
        for (const lookups of calls) {
          const wrap = makeWrap({ maxLines: 2 } as ResolvedLayoutOptions);
          for (const [text, width, font] of lookups) {
            expect(wrap(text, width, font)).toEqual(wrapText(sanitizeText(text), { width, font, maxLines: 2 }));
          }
        }
      }),
    );
  });

  it("gives the same result object for a paragraph looked up again in turn by the next call", () => {
    const texts = ["Waits in a long queue before the counter opens", "Compares prices", "Orders coffee"];
    const first = makeWrap({ maxLines: 3 } as ResolvedLayoutOptions);
    const before = texts.map((t) => first(t, 120, body));
    const next = makeWrap({ maxLines: 3 } as ResolvedLayoutOptions);
    texts.forEach((t, i) => {
      expect(next(t, 120, body)).toBe(before[i]);
    });
    // Out of turn, the same result still comes back, by text.
    const third = makeWrap({ maxLines: 3 } as ResolvedLayoutOptions);
    expect(third(texts[2] as string, 120, body)).toBe(before[2]);
  });
});
