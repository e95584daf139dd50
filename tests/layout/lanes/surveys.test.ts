import { describe, expect, it } from "vitest";
import { latestSurveys } from "../../../src/layout/lanes/surveys";
import { layoutJourneyMap } from "../../../src/layout/layout-journey-map";
import type { LayoutCell } from "../../../src/layout/types";
import type { JourneyMap } from "../../../src/model/journey-map";
import type { Survey } from "../../../src/model/survey";
import { renderSvg } from "../../../src/render/render-svg";
import { layoutProblems } from "../check-layout";
import { smallMap } from "../fixtures";

const surveys: Survey[] = [
  // CSAT 1–5: top box 4–5 = 30 of 40, bottom box 1–2 = 5 of 40, neutral 3 = 5 of 40.
  { id: "sv-old", scaleId: "csat-5", touchpointId: "tp-form", counts: [40, 0, 0, 0, 0], collectedAt: "2026-01-01" },
  { id: "sv-form", scaleId: "csat-5", touchpointId: "tp-form", counts: [2, 3, 5, 20, 10], collectedAt: "2026-03-01" },
  { id: "sv-ben", scaleId: "csat-5", touchpointId: "tp-form", personaId: "p-ben", counts: [0, 0, 1, 1, 2] },
  { id: "sv-ana", scaleId: "csat-5", touchpointId: "tp-form", personaId: "p-ana", counts: [4, 0, 0, 0, 0] },
  // NPS on a stage: promoters 9–10 = 30 of 50, detractors 0–6 = 10 of 50.
  { id: "sv-nps", scaleId: "nps", stageId: "s-renew", counts: [2, 0, 0, 0, 0, 0, 8, 5, 5, 10, 20] },
];
const map: JourneyMap = { ...smallMap, surveys };
const layout = layoutJourneyMap(map, { lanes: ["stages", "touchpoints", "surveys"] });
const cell = (id: string) => layout.cells.find((c) => c.laneId === "surveys" && c.entityId === id) as LayoutCell;
const joined = (c: LayoutCell | undefined) => c?.lines.map((l) => l.text).join(" ");
const bars = (c: LayoutCell) => (c.glyphs ?? []).flatMap((g) => (g.type === "bar" ? [g] : []));

describe("the surveys lane", () => {
  it("shows the latest survey of each target and persona, answers of nobody in particular first, then the personas in map order", () => {
    expect([...(latestSurveys(map).get("tp-form") ?? [])].map((s) => s.id)).toEqual(["sv-form", "sv-ana", "sv-ben"]);
    const ids = layout.cells.filter((c) => c.laneId === "surveys").map((c) => c.entityId);
    expect(ids).toEqual(["sv-nps", "sv-form", "sv-ana", "sv-ben"]);
  });

  it("labels the top, neutral and bottom box with their shares and n, so colour is never alone", () => {
    expect(joined(cell("sv-form"))).toBe("csat-5 Top 75% · n=40 Neutral 13% · Bottom 13%");
    expect(joined(cell("sv-ana"))).toBe("Ana: csat-5 Top 0% · n=4 Neutral 0% · Bottom 100%");
    expect(joined(cell("sv-nps"))).toBe("nps Top 60% · n=50 Neutral 20% · Bottom 20% NPS 40");
  });

  it("draws a stacked bottom / neutral / top bar whose segments are the shares, left to right over the track", () => {
    const [track, bottom, neutral, top] = bars(cell("sv-form"));
    expect([track?.tone, bottom?.tone, neutral?.tone, top?.tone]).toEqual(["track", "bottom", "neutral", "top"]);
    if (!track || !bottom || !neutral || !top) throw new Error("no bar");
    expect(bottom.x).toBe(track.x);
    expect(bottom.width / track.width).toBeCloseTo(5 / 40, 2);
    expect(neutral.x).toBeCloseTo(bottom.x + bottom.width, 1);
    expect(top.width / track.width).toBeCloseTo(30 / 40, 2);
    expect(top.x + top.width).toBeCloseTo(track.x + track.width, 1);
    // A share of 0 draws no segment.
    expect(bars(cell("sv-ana")).map((b) => b.tone)).toEqual(["track", "bottom"]);
  });

  it("puts a stage's survey across the stage", () => {
    const stage = layout.stages.find((s) => s.stageId === "s-renew");
    expect(cell("sv-nps")).toMatchObject({ x: stage?.x, width: stage?.width });
  });

  it("says so for a survey nobody answered, with no bar", () => {
    const empty = layoutJourneyMap({ ...smallMap, surveys: [{ id: "sv-0", scaleId: "csat-5", touchpointId: "tp-card", counts: [0, 0, 0, 0, 0] }] }, { lanes: ["surveys"] });
    const c = empty.cells.find((x) => x.entityId === "sv-0");
    expect(joined(c)).toBe("csat-5 no answers · n=0");
    expect(c?.glyphs).toBeUndefined();
  });

  it("keeps everything inside its box, and draws each segment as a rect", () => {
    expect(layoutProblems(layout)).toEqual([]);
    const svg = renderSvg(layout, { theme: "highContrast" });
    expect(svg.match(/<rect class="jk-bar" data-tone="top"/g)).toHaveLength(3);
  });
});
