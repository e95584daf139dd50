import { describe, expect, it } from "vitest";
import { sentimentShape } from "../../src/layout/emotion";
import { layoutJourneyMap } from "../../src/layout/layout-journey-map";
import { parseJourneyMap } from "../../src/validate/safe-parse-journey-map";
import { layoutProblems } from "./check-layout";
import { exampleMap, smallMap, smallMapInput } from "./fixtures";

const emotionOf = (options = {}) => layoutJourneyMap(smallMap, { lanes: ["emotion"], ...options }).emotion!;

/** Splits SVG path data into its subpaths (each starts with M). */
const subpaths = (d: string) => d.split(/(?=M)/).filter(Boolean);

describe("the emotion lane", () => {
  it("puts emotion 5 at the top and 1 at the bottom of the plot, on a linear scale", () => {
    const e = emotionOf();
    const y = Object.fromEntries(e.ticks.map((t) => [t.value, t.y]));
    expect(y[5]).toBe(e.plot.y);
    expect(y[1]).toBe(e.plot.y + e.plot.height);
    expect(y[3]).toBeCloseTo((y[1]! + y[5]!) / 2, 2);
    expect(e.ticks.map((t) => t.label.text)).toEqual(["1", "2", "3", "4", "5"]);
  });

  it("places each point at the centre of its touchpoint's column", () => {
    const layout = layoutJourneyMap(smallMap);
    for (const p of layout.emotion!.series[0]!.points) {
      const column = layout.columns.find((c) => c.touchpointId === p.touchpointId)!;
      expect(p.x).toBeCloseTo(column.x + column.width / 2, 2);
    }
  });

  it("draws one actual and one expected curve per persona, monotone, breaking where emotion is missing", () => {
    const e = emotionOf();
    expect(e.series.map((s) => [s.kind, s.personaId, s.name])).toEqual([
      ["actual", "p-ana", "Ana"],
      ["expected", "p-ana", "Ana, expected"],
      ["actual", "p-ben", "Ben"],
    ]);
    // Ana (the first persona) falls back to the touchpoints' own emotions: tp-desk has none.
    const ana = e.series[0]!;
    expect(ana.points.map((p) => [p.touchpointId, p.emotion])).toEqual([
      ["tp-email", 3],
      ["tp-form", 1],
      ["tp-card", 5],
    ]);
    expect(subpaths(ana.path)).toHaveLength(2);
    expect(ana.path).toMatch(/^M[\d.]+,[\d.]+L[\d.]+,[\d.]+M[\d.]+,[\d.]+Z?$/);
    // Three or more points in a row: curveMonotoneX draws cubic segments.
    expect(layoutJourneyMap(exampleMap("coffee-shop"), { lanes: ["emotion"] }).emotion!.series[0]!.path).toMatch(/C/);
    // Ben has entries at tp-email and tp-desk, which are not neighbours: two lone points.
    expect(e.series[2]!.points.map((p) => p.touchpointId)).toEqual(["tp-email", "tp-desk"]);
    expect(subpaths(e.series[2]!.path)).toHaveLength(2);
  });

  it("gives each curve its own dash pattern, and a legend when there are several", () => {
    const e = emotionOf();
    const dashes = e.series.map((s) => s.dash.join(","));
    expect(new Set(dashes).size).toBe(dashes.length);
    const legend = e.cells.filter((c) => c.kind === "legend");
    expect(legend.map((c) => c.lines.map((l) => l.text).join(" "))).toEqual(["Ana", "Ana, expected", "Ben"]);
    expect(legend.map((c) => c.glyphs?.[0])).toEqual(legend.map((_, i) => expect.objectContaining({ type: "stroke", series: i })));
  });

  it("keeps every curve's dash pattern distinct however many personas there are (colours repeat after five)", () => {
    const personas = Array.from({ length: 12 }, (_, i) => ({ id: `p${i}`, name: `Persona ${i}` }));
    const map = parseJourneyMap({
      ...smallMapInput,
      personas,
      touchpoints: smallMapInput.touchpoints!.map((t, k) => ({
        ...t,
        personaEmotions: personas.map((p, i) => ({ personaId: p.id, emotion: 1 + ((i + k) % 5), expectedEmotion: 1 + ((i + k + 2) % 5) })),
      })),
    });
    const e = layoutJourneyMap(map, { lanes: ["emotion"] }).emotion!;
    expect(e.series).toHaveLength(24);
    const dashes = e.series.map((s) => s.dash.join(","));
    expect(new Set(dashes).size).toBe(24);
    // The first five personas keep their patterns; the sixth starts a family of its own.
    expect(e.series[0]!.dash).toEqual([]);
    expect(e.series[10]!.dash).toEqual([14, 3, 2, 3]);
    expect(e.series[11]!.dash).toEqual([8, 4, 1, 4]);
    expect(e.cells.filter((c) => c.kind === "legend")).toHaveLength(24);
    expect(layoutProblems(layoutJourneyMap(map))).toEqual([]);
  });

  it("draws one customer curve without legend when personaIds is empty", () => {
    const e = emotionOf({ personaIds: [] });
    expect(e.series.map((s) => s.name)).toEqual(["Ana", "Ana, expected"]);
    const single = layoutJourneyMap(
      parseJourneyMap({ ...smallMapInput, personas: [], touchpoints: smallMapInput.touchpoints!.map((t) => ({ ...t, personaEmotions: [], expectedEmotion: undefined })) }),
      { lanes: ["emotion"] },
    ).emotion!;
    expect(single.series.map((s) => [s.name, s.personaId])).toEqual([["Customer", undefined]]);
    expect(single.cells.filter((c) => c.kind === "legend")).toEqual([]);
  });

  it("draws only the personas chosen, in the order chosen", () => {
    expect(emotionOf({ personaIds: ["p-ben"] }).series.map((s) => s.name)).toEqual(["Ben"]);
    expect(emotionOf({ personaIds: ["p-ben", "p-ana"] }).series.map((s) => s.name)).toEqual(["Ben", "Ana", "Ana, expected"]);
  });

  it("shapes points by sentiment so colour never carries meaning alone", () => {
    expect([1, 2, 2.5, 3, 3.9, 4, 5].map(sentimentShape)).toEqual(["triangle-down", "triangle-down", "circle", "circle", "circle", "triangle-up", "triangle-up"]);
    const e = emotionOf();
    expect(e.series[0]!.points.map((p) => p.shape)).toEqual(["circle", "triangle-down", "triangle-up"]);
    const shapes = Object.values(e.symbols);
    expect(new Set(shapes).size).toBe(shapes.length);
    for (const d of shapes) expect(d).toMatch(/^M/);
  });

  it("marks moments of truth with a starred label in their column", () => {
    const layout = layoutJourneyMap(smallMap);
    const moments = layout.emotion!.cells.filter((c) => c.kind === "moment");
    expect(moments.map((c) => [c.entityId, c.lines.map((l) => l.text).join(" ")])).toEqual([["tp-form", "Moment of truth"]]);
    expect(moments[0]!.glyphs).toEqual([expect.objectContaining({ type: "symbol", shape: "star" })]);
    expect(moments[0]!.x).toBe(layout.columns.find((c) => c.touchpointId === "tp-form")!.x);
    expect(moments[0]!.y + moments[0]!.height).toBeLessThan(layout.emotion!.plot.y);
  });

  it("keeps the curve, its points and labels inside the lane", () => {
    const layout = layoutJourneyMap(smallMap);
    const lane = layout.lanes.find((l) => l.id === "emotion")!;
    const e = layout.emotion!;
    for (const s of e.series) {
      for (const p of s.points) {
        expect(p.y - 8).toBeGreaterThanOrEqual(lane.y);
        expect(p.y + 8).toBeLessThanOrEqual(lane.y + lane.height);
      }
    }
    for (const c of [...e.cells, lane.label]) expect(c.y + c.height).toBeLessThanOrEqual(lane.y + lane.height);
    expect(layoutProblems(layout)).toEqual([]);
  });
});
