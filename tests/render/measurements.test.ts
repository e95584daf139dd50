import { analyticsWith } from "../support/analytics";
import { describe, expect, it } from "vitest";
import { layoutJourneyMap } from "../../src/layout/layout-journey-map";
import type { JourneyAnalytics } from "../../src/measure/journey-analytics";
import type { JourneyMap } from "../../src/model/journey-map";
import { renderJourneyMapSvg } from "../../src/render/render-journey-map-svg";
import { renderSvg } from "../../src/render/render-svg";
import { THEMES } from "../../src/render/themes";
import { smallMap } from "../layout/fixtures";
import { checkXml } from "./xml-check";

const analytics: JourneyAnalytics = analyticsWith({
  cases: 10,
  events: 30,
  matchedEvents: 20,
  touchpoints: smallMap.touchpoints.map((tp, i) => ({ touchpointId: tp.id, cases: i * 3, events: i * 3 })),
  stages: [],
  transitions: [],
  conformance: { fitness: null, unobserved: ["tp-email"], unusedEdges: [], undesigned: [] },
});
const surveyed: JourneyMap = { ...smallMap, surveys: [{ id: "sv", scaleId: "csat-5", touchpointId: "tp-card", counts: [1, 2, 3, 4, 5] }] };

describe("measurements in the SVG", () => {
  it("renderJourneyMapSvg hands analytics to the layout and the theme to the renderer", () => {
    const svg = renderJourneyMapSvg(smallMap, { analytics, theme: "dark" });
    expect(svg).toBe(renderSvg(layoutJourneyMap(smallMap, { analytics }), { theme: "dark" }));
    expect(svg).toContain(`data-tone="value" x=`);
    expect(svg).toContain(`fill="${THEMES.dark.curves[0]}"`);
    expect(checkXml(svg).problems).toEqual([]);
  });

  it("paints each bar tone in every theme, the track outlined, and keeps the XML well-formed", () => {
    for (const theme of ["light", "dark", "highContrast"] as const) {
      const svg = renderJourneyMapSvg(surveyed, { analytics, theme, lanes: ["touchpoints", "emotion", "surveys", "observed"] });
      expect(checkXml(svg).problems).toEqual([]);
      const t = THEMES[theme];
      expect(svg).toContain(`data-tone="track" x=`);
      expect(svg).toMatch(new RegExp(`data-tone="track"[^>]*fill="${t.background}" stroke="${t.border}"`));
      expect(svg).toMatch(new RegExp(`data-tone="bottom"[^>]*fill="${t.curves[1]}"`));
      expect(svg).toMatch(new RegExp(`data-tone="neutral"[^>]*fill="${t.grid}"`));
      expect(svg).toMatch(/<g class="jk-measured"><path class="jk-whisker" data-id="tp-card"/);
    }
  });
});
