import { describe, expect, it } from "vitest";
import { layoutJourneyMap } from "../../src/layout/layout-journey-map";
import { describeLayout } from "../../src/render/describe-layout";
import { renderSvg } from "../../src/render/render-svg";
import { exampleMap } from "../layout/fixtures";

const base = { title: "T", stageNames: ["S"], touchpointCount: 3, painPointCount: 0, opportunityCount: 0 };

describe("the flow in the SVG", () => {
  it("the description says how the journey branches, loops and skips, and nothing when it does none of these", () => {
    expect(describeLayout({ ...base, flow: { branches: 2, loops: 1, optional: 3 } })).toMatch(
      / The journey branches at 2 touchpoints, loops back 1 time and lets customers skip 3 optional touchpoints\.$/,
    );
    expect(describeLayout({ ...base, flow: { branches: 0, loops: 2, optional: 0 } })).toMatch(/ The journey loops back 2 times\.$/);
    expect(describeLayout({ ...base, flow: { branches: 0, loops: 0, optional: 0 } })).toBe(describeLayout(base));
  });

  it("draws the coffee-shop branch: one line and one arrowhead per edge, labels as boxes, skips dashed", () => {
    const layout = layoutJourneyMap(exampleMap("coffee-shop"));
    const svg = renderSvg(layout);
    const edges = layout.flow?.edges ?? [];
    expect(edges.length).toBeGreaterThan(0);
    expect(svg.match(/<path class="jk-flow-edge"/g)).toHaveLength(edges.length);
    expect(svg.match(/<path class="jk-flow-arrow"/g)).toHaveLength(edges.length);
    expect(svg).toContain('data-from="tp-finding-shop" data-to="tp-order-ahead" data-kind="branch"');
    expect(svg).toContain("Order ahead in the app\u00a0·\u00a030%");
    expect(svg).toContain("The journey branches at 1 touchpoint.");
  });

  it("dashes the arc past an optional touchpoint", () => {
    const map = exampleMap("coffee-shop");
    const optional = { ...map, touchpoints: map.touchpoints.map((t) => (t.id === "tp-barista" ? { ...t, optional: true } : t)) };
    const layout = layoutJourneyMap(optional);
    const skips = (layout.flow?.edges ?? []).filter((e) => e.kind === "skip");
    expect(skips.map((e) => [e.from, e.to, e.route])).toEqual([["tp-payment", "tp-pickup", "below"]]);
    expect(renderSvg(layout)).toContain(`d="${skips[0]?.path}" fill="none" stroke="#8a919c" stroke-width="1.5" stroke-dasharray="5 3"/>`);
  });
});
