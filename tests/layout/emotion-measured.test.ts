import { describe, expect, it } from "vitest";
import { layoutJourneyMap } from "../../src/layout/layout-journey-map";
import { summarizeSurvey } from "../../src/measure/summarize-survey";
import type { JourneyMap } from "../../src/model/journey-map";
import type { Survey } from "../../src/model/survey";
import { renderSvg } from "../../src/render/render-svg";
import { layoutProblems } from "./check-layout";
import { smallMap } from "./fixtures";

const single: JourneyMap = { ...smallMap, touchpoints: smallMap.touchpoints.map((tp) => ({ ...tp, personaEmotions: [] })) };
const surveys: Survey[] = [
  { id: "sv-email", scaleId: "csat-5", touchpointId: "tp-email", counts: [2, 3, 5, 20, 10] },
  { id: "sv-form", scaleId: "csat-7", touchpointId: "tp-form", counts: [3, 4, 2, 1, 0, 0, 0] },
  { id: "sv-card", scaleId: "csat-5", touchpointId: "tp-card", counts: [0, 5, 10, 20, 15] },
];
const measured: JourneyMap = { ...single, surveys };

describe("measured points on the emotion lane", () => {
  it("adds nothing where the map has no surveys", () => {
    const plain = layoutJourneyMap(single);
    expect(plain.emotion?.measured).toBeUndefined();
    expect(renderSvg(layoutJourneyMap({ ...single, surveys: [] }))).toBe(renderSvg(plain));
    // A survey on a stage is not a point of the curve.
    expect(layoutJourneyMap({ ...single, surveys: [{ id: "s", scaleId: "nps", stageId: "s-renew", counts: Array(11).fill(3) }] }).emotion?.measured).toBeUndefined();
  });

  it("puts each point at the survey's emotion with a whisker over its 95% interval", () => {
    const e = layoutJourneyMap(measured).emotion;
    const points = e?.measured?.points ?? [];
    expect(points.map((p) => p.touchpointId)).toEqual(["tp-email", "tp-form", "tp-card"]);
    const plot = e?.plot as { y: number; height: number };
    const y = (emotion: number) => plot.y + plot.height - ((emotion - 1) / 4) * plot.height;
    for (const p of points) {
      const survey = surveys.find((s) => s.id === p.surveyId) as Survey;
      const sum = summarizeSurvey(survey, survey.scaleId);
      expect(p.emotion).toBe(sum.emotion);
      expect(p.n).toBe(sum.n);
      expect(p.y).toBeCloseTo(y(sum.emotion as number), 1);
      expect(p.yLow).toBeCloseTo(y(sum.emotionCi?.[0] as number), 1);
      expect(p.yHigh).toBeCloseTo(y(sum.emotionCi?.[1] as number), 1);
      expect(p.yHigh).toBeLessThan(p.y);
      expect(p.yLow).toBeGreaterThan(p.y);
    }
  });

  it("draws points under minN hollow, with dashed segments to their neighbours, and writes each n", () => {
    const layout = layoutJourneyMap(measured);
    const e = layout.emotion;
    expect(e?.measured?.points.map((p) => p.hollow)).toEqual([false, true, false]);
    expect(e?.measured?.segments.map((s) => s.dashed)).toEqual([true, true]);
    expect(layoutJourneyMap(measured, { minN: 5 }).emotion?.measured?.segments.map((s) => s.dashed)).toEqual([false, false]);
    const samples = e?.cells.filter((c) => c.kind === "sample").map((c) => [c.entityId, c.lines.map((l) => l.text).join(" ")]);
    expect(samples).toEqual([
      ["tp-email", "n=40"],
      ["tp-form", "n=10 (few)"],
      ["tp-card", "n=50"],
    ]);
    expect(
      layout.lanes
        .find((l) => l.id === "emotion")
        ?.label.lines.map((l) => l.text)
        .join(" "),
    ).toContain("hollow: n < 30");
    const svg = renderSvg(layout);
    expect(svg.match(/class="jk-whisker"/g)).toHaveLength(3);
    expect(svg).toMatch(/class="jk-measured-segment"[^>]*stroke-dasharray="3 3"/);
    expect(layoutProblems(layout)).toEqual([]);
  });

  it("puts a persona's answers on that persona's curve", () => {
    const persona: JourneyMap = { ...smallMap, surveys: [{ id: "sv-ben", scaleId: "csat-5", touchpointId: "tp-desk", personaId: "p-ben", counts: [0, 0, 5, 20, 10] }] };
    const e = layoutJourneyMap(persona).emotion;
    const ben = e?.series.find((s) => s.kind === "actual" && s.personaId === "p-ben");
    expect(e?.measured?.points).toMatchObject([{ touchpointId: "tp-desk", series: ben?.index }]);
    // A persona whose curve is not drawn has no points.
    expect(layoutJourneyMap(persona, { personaIds: ["p-ana"] }).emotion?.measured).toBeUndefined();
  });

  it("names a bad minN", () => {
    expect(() => layoutJourneyMap(measured, { minN: -1 })).toThrow(new RangeError("invalid minN: -1; expected a finite number of 0 or more"));
  });
});

describe("emotionAxis", () => {
  const ticks = (map: JourneyMap, scaleId: string) => layoutJourneyMap(map, { emotionAxis: { scaleId } }).emotion?.ticks.map((t) => t.label.text);

  it("labels the ticks 1…5 in the chosen scale (mermaid #4248)", () => {
    expect(ticks(single, "csat-7")).toEqual(["1", "2.5", "4", "5.5", "7"]);
    expect(ticks(single, "nps")).toEqual(["0", "2.5", "5", "7.5", "10"]);
    expect(ticks(single, "smaply")).toEqual(["-2", "-1", "0", "1", "2"]);
    expect(ticks(single, "emotion-5")).toEqual(["1", "2", "3", "4", "5"]);
  });

  it("uses the scale's labels where they fit, and its values where they do not", () => {
    const short = { id: "mood", name: "Mood", kind: "custom" as const, min: 1, max: 5, labels: ["--", "-", "o", "+", "++"] };
    const long = { ...short, id: "words", labels: ["Extremely dissatisfied", "Dissatisfied", "Neutral", "Satisfied", "Extremely satisfied"] };
    const map: JourneyMap = { ...single, scales: [short, long] };
    expect(ticks(map, "mood")).toEqual(["--", "-", "o", "+", "++"]);
    expect(ticks(map, "words")).toEqual(["1", "2", "3", "4", "5"]);
    expect(layoutProblems(layoutJourneyMap(map, { emotionAxis: { scaleId: "mood" } }))).toEqual([]);
  });

  it("names an unknown scale", () => {
    expect(() => layoutJourneyMap(single, { emotionAxis: { scaleId: "csat7" } })).toThrow(new RangeError('invalid emotionAxis.scaleId: "csat7"; did you mean "csat-7"?'));
    expect(() => layoutJourneyMap(single, { emotionAxis: { scale: "x" } as never })).toThrow(RangeError);
  });
});
