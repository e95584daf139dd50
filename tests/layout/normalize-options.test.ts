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
      autoLanes: true,
      maxWidth: undefined,
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
      analytics: undefined,
      minTransitionShare: 0.01,
      minN: 30,
      emotionAxis: undefined,
    });
  });

  it("sets the compact spacing and the row width, and names them in errors", () => {
    const compact = normalizeLayoutOptions(smallMap, { density: "compact", gap: 6 });
    expect([compact.padding, compact.gap, compact.margin]).toEqual([5, 6, 8]);
    expect(normalizeLayoutOptions(smallMap, { lanes: ["stages"] }).autoLanes).toBe(false);
    const wrapped = normalizeLayoutOptions(smallMap, { wrap: { maxWidth: 500 } });
    expect(wrapped.maxWidth).toBe(500);
    // 500 − 2·16 − 140 − 8 = 320 px of columns: the widest column stays 240.
    expect(wrapped.columnMax).toBe(240);
    expect(normalizeLayoutOptions(smallMap, { wrap: { maxWidth: 400 } }).columnMax).toBe(220);
    expect(fails({ density: "compakt" })).toThrow(new RangeError('invalid density: "compakt"; did you mean "compact"?'));
    expect(fails({ density: 1 })).toThrow(TypeError);
    expect(fails({ wrap: { maxWidth: 300 } })).toThrow(new RangeError("invalid wrap.maxWidth: 300; expected a number from 320 to 100000"));
    expect(fails({ wrap: {} })).toThrow(TypeError);
    expect(fails({ wrap: { width: 900 } })).toThrow(/invalid wrap: unknown option "width"/);
  });

  it("names the option in every error", () => {
    expect(fails({ maxLines: 0 })).toThrow(new RangeError("invalid maxLines: 0; expected a positive integer or Infinity"));
    expect(fails({ maxLines: 1.5 })).toThrow(RangeError);
    expect(fails({ maxLines: "3" })).toThrow(new TypeError('invalid maxLines: "3"; expected a positive integer or Infinity'));
    expect(fails({ padding: -1 })).toThrow(/^invalid padding: -1; expected a number from 1 to 100000$/);
    expect(fails({ padding: 0 })).toThrow(new RangeError("invalid padding: 0; expected a number from 1 to 100000"));
    expect(fails({ gap: Number.NaN })).toThrow(/^invalid gap: NaN/);
    expect(fails({ margin: "1" })).toThrow(TypeError);
    expect(fails({ labelWidth: 0 })).toThrow(/^invalid labelWidth: 0/);
    expect(fails({ emotionHeight: Number.POSITIVE_INFINITY })).toThrow(/^invalid emotionHeight: Infinity/);
    expect(fails({ columnWidth: { min: 300, max: 200 } })).toThrow(/^invalid columnWidth\.max: 200; expected at least columnWidth\.min \(300\)$/);
    expect(fails({ columnWidth: { min: 0 } })).toThrow(/^invalid columnWidth\.min: 0/);
    expect(fails({ columnWidth: { width: 3 } })).toThrow(/^invalid columnWidth: unknown option "width"; expected one of min, max$/);
    expect(fails({ columnWidth: 200 })).toThrow(new TypeError("invalid columnWidth: 200; expected an object"));
    expect(fails({ fontSizes: { body: 0 } })).toThrow(/^invalid fontSizes\.body: 0/);
    expect(fails({ fontSizes: { huge: 40 } })).toThrow(/^invalid fontSizes: unknown option "huge"/);
    expect(fails({ measureText: 3 })).toThrow(new TypeError("invalid measureText: 3; expected a function"));
    expect(fails({ title: "yes" })).toThrow(/^invalid title: "yes"; expected a boolean$/);
    expect(fails({ lanes: "actions" })).toThrow(/^invalid lanes: "actions"; expected an array of strings$/);
    expect(fails({ lanes: [3] })).toThrow(/^invalid lanes\[0\]: 3; expected a string$/);
    expect(fails({ personaIds: ["p-nobody"] })).toThrow(new RangeError('invalid personaIds: unknown persona "p-nobody"; expected one of p-ana, p-ben'));
    expect(fails({ personaIds: ["p-ana", "p-ana"] })).toThrow(/^invalid personaIds: "p-ana" is listed twice$/);
    expect(fails({ padding: 70 })).toThrow(/^invalid columnWidth\.min: 140; expected at least 42 px for text inside padding \(70\) on each side$/);
    expect(fails({ labelWidth: 80 })).toThrow(/^invalid labelWidth: 80; expected at least/);
    expect(fails({ colour: "red" })).toThrow(/^invalid options: unknown option "colour"; did you mean "color"|^invalid options: unknown option "colour"; expected one of lanes/);
    expect(fails(42)).toThrow(/^invalid options: 42; expected an object$/);
  });

  it("refuses a measureText whose widths are not finite numbers of 0 or more, naming it", () => {
    expect(fails({ measureText: () => Number.NaN })).toThrow(/^invalid measureText: NaN; expected a finite width of 0 or more for "/);
    expect(fails({ measureText: () => -5 })).toThrow(/^invalid measureText: -5; expected a finite width of 0 or more/);
    // A sound measurer is used as it is.
    const mono = (text: string, font: { size: number }) => [...text].length * font.size * 0.6;
    const layout = layoutJourneyMap(smallMap, { measureText: mono });
    expect(layout.cells.length).toBeGreaterThan(0);
  });

  it("refuses unknown and repeated lanes, suggesting the nearest name", () => {
    expect(fails({ lanes: ["acions"] })).toThrow(new RangeError('invalid lanes: unknown lane "acions"; did you mean "actions"?'));
    expect(fails({ lanes: ["stages", "stages"] })).toThrow(/^invalid lanes: "stages" is listed twice$/);
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

describe("lengths and font sizes beyond any page", () => {
  // Before: emotionHeight 1e308 rendered viewBox="0 0 3859 NaN"; huge margins named an internal width.
  it.each([
    [{ emotionHeight: 1e308 }, "emotionHeight"],
    [{ margin: 1e308 }, "margin"],
    [{ gap: 1e9 }, "gap"],
    [{ padding: 200_001 }, "padding"],
    [{ labelWidth: 1e308 }, "labelWidth"],
    [{ columnWidth: { min: 1e308, max: 1e308 } }, "columnWidth.min"],
    [{ fontSizes: { body: 1e9 } }, "fontSizes.body"],
  ])("refuses %j with a RangeError naming the option", (options, name) => {
    expect(() => layoutJourneyMap(smallMap, options as never)).toThrow(new RegExp(`^invalid ${name.replace(".", "\\.")}: .*expected a number from \\d+ to \\d+`));
  });
});
