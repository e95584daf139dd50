import { describe, expect, it } from "vitest";
import { layoutJourneyMap } from "../../src/layout/layout-journey-map";
import { renderJourneyMapSvg } from "../../src/render/render-journey-map-svg";
import { exampleMap, smallMap } from "../layout/fixtures";
import { normalizeSvg, roundNumbers } from "../layout/normalize-snapshot";

describe("snapshots", () => {
  it("the layout of the small fixture", () => {
    expect(roundNumbers(layoutJourneyMap(smallMap))).toMatchSnapshot();
  });

  it("the SVG of the small fixture", async () => {
    await expect(normalizeSvg(renderJourneyMapSvg(smallMap, { idPrefix: "small" }))).toMatchFileSnapshot("__snapshots__/small.svg");
  });

  it.each(["coffee-shop", "saas-onboarding"] as const)("the SVG of %s", async (name) => {
    await expect(normalizeSvg(renderJourneyMapSvg(exampleMap(name)))).toMatchFileSnapshot(`__snapshots__/${name}.svg`);
  });

  it("the normaliser renumbers ids and rounds numbers", () => {
    expect(normalizeSvg('<svg aria-labelledby="a-title"><title id="a-title">x</title><path d="M1.2345 2.25" fill="url(#a-g)"/><g id="a-g"/></svg>')).toBe(
      '<svg aria-labelledby="id0">\n<title id="id0">x</title>\n<path d="M1.2 2.3" fill="url(#id1)"/>\n<g id="id1"/>\n</svg>',
    );
  });
});
