import { analyticsWith, transitionWith } from "../../support/analytics";
import { describe, expect, it } from "vitest";
import { omittedTransitionsNote } from "../../../src/layout/lanes/observed";
import { layoutJourneyMap } from "../../../src/layout/layout-journey-map";
import type { LayoutCell } from "../../../src/layout/types";
import { analyzeEvents } from "../../../src/measure/analyze-events";
import type { JourneyAnalytics } from "../../../src/measure/journey-analytics";
import { parseJourneyMap } from "../../../src/validate/safe-parse-journey-map";
import { renderSvg } from "../../../src/render/render-svg";
import { layoutProblems } from "../check-layout";
import { smallMap, smallMapInput } from "../fixtures";

const step = transitionWith;

/** Measurements of the small map: 300 cases, the desk visit designed but never observed. */
const analytics: JourneyAnalytics = analyticsWith({
  cases: 300,
  events: 900,
  matchedEvents: 700,
  touchpoints: [
    { touchpointId: "tp-email", cases: 186, events: 200 },
    { touchpointId: "tp-form", cases: 150, events: 160 },
    { touchpointId: "tp-desk", cases: 0, events: 0 },
    { touchpointId: "tp-card", cases: 120, events: 120 },
  ],
  stages: [
    { stageId: "s-notice", entered: 200, continued: 150, dropOff: 50, medianMinutes: 5, p90Minutes: 9 },
    { stageId: "s-renew", entered: 250, continued: 0, dropOff: null, medianMinutes: null, p90Minutes: null },
    { stageId: "s-empty", entered: 0, continued: 0, dropOff: 0, medianMinutes: null, p90Minutes: null },
  ],
  transitions: [
    step("start", "tp-email", 186),
    step("tp-email", "tp-form", 140),
    step("tp-email", "end", 3, false),
    step("tp-form", "tp-email", 1, false),
    step("tp-form", "tp-card", 2),
    step("tp-card", "end", 1),
  ],
  conformance: { fitness: 0.9, unobserved: ["tp-desk"], unusedEdges: [], undesigned: [] },
});

const texts = (c: LayoutCell | undefined) => c?.lines.map((l) => l.text) ?? [];
/** A box's text, its wrapped lines joined. */
const joined = (c: LayoutCell | undefined) => texts(c).join(" ");
const cellOf = (cells: LayoutCell[], kind: string, id: string) => cells.find((c) => c.laneId === "observed" && c.kind === kind && c.entityId === id);

describe("the observed lane", () => {
  it("is in the default lanes when analytics is passed, and left out without it", () => {
    expect(layoutJourneyMap(smallMap).lanes.map((l) => l.id)).not.toContain("observed");
    expect(
      layoutJourneyMap(smallMap, { analytics })
        .lanes.map((l) => l.id)
        .at(-1),
    ).toBe("observed");
  });

  it("says 'no measurements' when chosen without analytics, and draws no boxes", () => {
    const layout = layoutJourneyMap(smallMap, { lanes: ["stages", "observed"] });
    const lane = layout.lanes.find((l) => l.id === "observed");
    expect(texts(lane?.label)).toEqual(["Observed", "no measurements"]);
    expect(layout.cells.filter((c) => c.laneId === "observed")).toEqual([]);
  });

  it("draws each touchpoint's reach as a bar of cases / analytics.cases with its share and n", () => {
    const { cells } = layoutJourneyMap(smallMap, { analytics });
    const email = cellOf(cells, "observed", "tp-email") as LayoutCell;
    expect(texts(email)[0]).toBe("62% · n=186");
    const [track, value] = email.glyphs ?? [];
    expect(track).toMatchObject({ type: "bar", tone: "track" });
    if (track?.type !== "bar" || value?.type !== "bar") throw new Error("no bar");
    expect(value).toMatchObject({ type: "bar", tone: "value", x: track.x });
    expect(value.width / track.width).toBeCloseTo(186 / 300, 2);
    expect(texts(cellOf(cells, "observed", "tp-card"))[0]).toBe("40% · n=120");
  });

  it("lists the transitions most cases took, and leaves out those under minTransitionShare", () => {
    const { cells } = layoutJourneyMap(smallMap, { analytics });
    expect(joined(cellOf(cells, "observed", "tp-email"))).toBe("62% · n=186 → Online form 47% → end 1% (not designed)");
    expect(joined(cellOf(cells, "observed", "tp-form"))).toBe("50% · n=150");
    const note = cells.find((c) => c.kind === "flowNote");
    expect(texts(note).join(" ")).toBe("3 transitions under 1% not drawn, 1.3% of cases");
    const loose = layoutJourneyMap(smallMap, { analytics, minTransitionShare: 0 }).cells;
    expect(texts(loose.find((c) => c.kind === "flowNote")).join(" ")).toBe("No transitions under 0% left out");
    expect(joined(cellOf(loose, "observed", "tp-form"))).toBe(`50% · n=150 → New card 1% → ${smallMap.touchpoints[0]?.name} <1% (not designed)`);
  });

  it("marks a designed touchpoint no case reached with a dashed box saying 'not observed'", () => {
    const { cells } = layoutJourneyMap(smallMap, { analytics });
    const desk = cellOf(cells, "observed", "tp-desk");
    expect(desk?.outline).toBe("dashed");
    expect(texts(desk)).toEqual(["not observed", "n=0"]);
    expect(cellOf(cells, "observed", "tp-email")?.outline).toBeUndefined();
    const svg = renderSvg(layoutJourneyMap(smallMap, { analytics }));
    expect(svg).toMatch(/data-id="tp-desk" data-lane="observed"><rect class="jk-box"[^>]*stroke-dasharray="4 3"\/>/);
  });

  it("shows continued and drop-off between stages, and the reach of the last one", () => {
    const { cells } = layoutJourneyMap(smallMap, { analytics });
    expect(joined(cellOf(cells, "funnel", "s-notice"))).toBe("Continued 75% · drop-off 25% n=200 entered");
    expect(joined(cellOf(cells, "funnel", "s-renew"))).toBe("Reached by 83% n=250 entered");
    expect(texts(cellOf(cells, "funnel", "s-empty"))).toEqual(["No cases entered"]);
  });

  it("keeps every box inside the layout and apart from the others", () => {
    expect(layoutProblems(layoutJourneyMap(smallMap, { analytics, maxLines: 2 }))).toEqual([]);
  });

  it("counts the cases of the transitions it leaves out, at most all of them", () => {
    const many = { ...analytics, cases: 1000, transitions: Array.from({ length: 12 }, (_, i) => step(`tp-${i}`, "end", i < 10 ? 3 : 2)) };
    expect(omittedTransitionsNote(many, 0.01)).toBe("12 transitions under 1% not drawn, 3.4% of cases");
    expect(omittedTransitionsNote({ ...many, cases: 0 }, 0.01)).toBe("12 transitions under 1% not drawn, 0% of cases");
    expect(omittedTransitionsNote({ ...many, cases: 10, transitions: [step("a", "b", 9), step("b", "c", 9)] }, 1)).toBe("2 transitions under 100% not drawn, 100% of cases");
  });

  it("shows what analyzeEvents measured, counted here independently from the rows", async () => {
    const map = parseJourneyMap({
      ...smallMapInput,
      touchpoints: smallMapInput.touchpoints?.map((tp) => ({ ...tp, observe: [{ event: `${tp.id}.*` }] })),
    });
    const rows: { caseId: string; event: string; time: number }[] = [];
    for (let c = 0; c < 40; c++) {
      const path = ["tp-email", "tp-form", "tp-card"].slice(0, 1 + (c % 3));
      path.forEach((tp, i) => {
        rows.push({ caseId: `case-${c}`, event: `${tp}.seen`, time: 1_700_000_000_000 + c * 1000 + i });
      });
    }
    rows.push({ caseId: "case-x", event: "other", time: 1_700_000_000_000 });
    const measured = await analyzeEvents(map, rows);
    const { cells } = layoutJourneyMap(map, { analytics: measured });
    const casesAt = (tp: string) => new Set(rows.filter((r) => r.event.startsWith(`${tp}.`)).map((r) => r.caseId)).size;
    const all = new Set(rows.filter((r) => r.event !== "other").map((r) => r.caseId)).size;
    for (const tp of ["tp-email", "tp-form", "tp-card"]) {
      expect(texts(cellOf(cells, "observed", tp))[0]).toBe(`${Math.round((100 * casesAt(tp)) / all)}% · n=${casesAt(tp)}`);
    }
    expect(texts(cellOf(cells, "observed", "tp-desk"))).toEqual(["not observed", "n=0"]);
  });

  it("names a bad option", () => {
    expect(() => layoutJourneyMap(smallMap, { analytics: "x" as never })).toThrow(new TypeError('invalid analytics: "x"; expected an object'));
    expect(() => layoutJourneyMap(smallMap, { analytics: {} as never })).toThrow(/^invalid analytics: object; expected the result of analyzeEvents/);
    expect(() => layoutJourneyMap(smallMap, { analytics, minTransitionShare: 2 })).toThrow(new RangeError("invalid minTransitionShare: 2; expected a share from 0 to 1"));
    expect(() => layoutJourneyMap(smallMap, { analytics, minTransitionShare: -1 })).toThrow(RangeError);
  });
});
