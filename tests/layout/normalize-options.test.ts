import { describe, expect, it } from "vitest";
import { layoutJourneyMap } from "../../src/layout/layout-journey-map";
import { normalizeLayoutOptions } from "../../src/layout/normalize-options";
import type { LayoutOptions } from "../../src/layout/options";
import { smallMap } from "./fixtures";

const fails = (options: unknown) => () => layoutJourneyMap(smallMap, options as LayoutOptions);

describe("normalizeLayoutOptions", () => {
  it("fills in every default", () => {
    const o = normalizeLayoutOptions(smallMap);
    expect({ ...o, lanes: o.lanes.map((l) => l.id) }).toEqual({
      lanes: ["stages", "touchpoints", "actions", "thoughts", "feelings", "emotion", "painPoints", "opportunities", "owners"],
      personaIds: ["p-ana", "p-ben"],
      columnMin: 140,
      columnMax: 240,
      fontSizes: { title: 20, heading: 14, body: 12, small: 11 },
      padding: 8,
      gap: 8,
      margin: 16,
      labelWidth: 140,
      emotionHeight: 120,
      maxLines: Number.POSITIVE_INFINITY,
      measureText: undefined,
      title: true,
    });
  });

  it("names the option in every error", () => {
    expect(fails({ maxLines: 0 })).toThrow(new RangeError("options.maxLines must be a positive integer, got 0"));
    expect(fails({ maxLines: 1.5 })).toThrow(RangeError);
    expect(fails({ maxLines: "3" })).toThrow(new TypeError('options.maxLines must be a positive integer, got "3"'));
    expect(fails({ padding: -1 })).toThrow(/^options\.padding must be a finite number of at least 1, got -1$/);
    expect(fails({ padding: 0 })).toThrow(new RangeError("options.padding must be a finite number of at least 1, got 0"));
    expect(fails({ gap: Number.NaN })).toThrow(/options\.gap/);
    expect(fails({ margin: "1" })).toThrow(TypeError);
    expect(fails({ labelWidth: 0 })).toThrow(/options\.labelWidth/);
    expect(fails({ emotionHeight: Number.POSITIVE_INFINITY })).toThrow(/options\.emotionHeight/);
    expect(fails({ columnWidth: { min: 300, max: 200 } })).toThrow(/options\.columnWidth\.max must be at least options\.columnWidth\.min/);
    expect(fails({ columnWidth: { min: 0 } })).toThrow(/options\.columnWidth\.min/);
    expect(fails({ columnWidth: { width: 3 } })).toThrow(/options\.columnWidth: unknown option "width"/);
    expect(fails({ columnWidth: 200 })).toThrow(new TypeError("options.columnWidth must be an object, got 200"));
    expect(fails({ fontSizes: { body: 0 } })).toThrow(/options\.fontSizes\.body/);
    expect(fails({ fontSizes: { huge: 40 } })).toThrow(/options\.fontSizes: unknown option "huge"/);
    expect(fails({ measureText: 3 })).toThrow(new TypeError("options.measureText must be a function, got 3"));
    expect(fails({ title: "yes" })).toThrow(/options\.title must be a boolean/);
    expect(fails({ lanes: "actions" })).toThrow(/options\.lanes must be an array of strings/);
    expect(fails({ lanes: [3] })).toThrow(/options\.lanes\[0\] must be a string/);
    expect(fails({ personaIds: ["p-nobody"] })).toThrow(/options\.personaIds: unknown persona "p-nobody"/);
    expect(fails({ personaIds: ["p-ana", "p-ana"] })).toThrow(/options\.personaIds: persona "p-ana" is listed twice/);
    expect(fails({ padding: 70 })).toThrow(/options\.columnWidth\.min \(140\) must leave at least 42 px for text inside options\.padding \(70\)/);
    expect(fails({ labelWidth: 80 })).toThrow(/options\.labelWidth \(80\) must leave/);
    expect(fails({ colour: "red" })).toThrow(/options: unknown option "colour"/);
    expect(fails(42)).toThrow(/options must be an object/);
  });

  it("refuses a measureText whose widths are not finite numbers of 0 or more, naming it", () => {
    expect(fails({ measureText: () => Number.NaN })).toThrow(/^options\.measureText must return a finite width of 0 or more, got NaN for "/);
    expect(fails({ measureText: () => -5 })).toThrow(/^options\.measureText must return a finite width of 0 or more, got -5/);
    // A sound measurer is used as it is.
    const mono = (text: string, font: { size: number }) => [...text].length * font.size * 0.6;
    const layout = layoutJourneyMap(smallMap, { measureText: mono });
    expect(layout.cells.length).toBeGreaterThan(0);
  });

  it("refuses unknown and repeated lanes, suggesting the nearest name", () => {
    expect(fails({ lanes: ["acions"] })).toThrow(/options\.lanes: unknown lane "acions" \(did you mean "actions"\?\)/);
    expect(fails({ lanes: ["stages", "stages"] })).toThrow(/options\.lanes: lane "stages" is listed twice/);
    expect(fails({ lanes: ["lane-sistems"] })).toThrow(/did you mean "lane-systems"/);
  });

  it("lets a built-in lane win over a custom lane of the same id", () => {
    const map = { ...smallMap, lanes: [{ id: "actions", name: "Custom actions" }] };
    expect(normalizeLayoutOptions(map, { lanes: ["actions"] }).lanes).toEqual([{ id: "actions", custom: false, name: "Actions" }]);
  });

  it("defaults personaIds to no persona curves when no touchpoint has personaEmotions", () => {
    const map = { ...smallMap, touchpoints: smallMap.touchpoints.map((t) => ({ ...t, personaEmotions: [] })) };
    expect(normalizeLayoutOptions(map).personaIds).toEqual([]);
  });

  it("accepts an empty lane list", () => {
    const layout = layoutJourneyMap(smallMap, { lanes: [] });
    expect(layout.lanes).toEqual([]);
    expect(layout.height).toBeGreaterThan(0);
  });
});
