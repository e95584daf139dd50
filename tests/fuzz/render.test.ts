import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { renderJourneyMapSvg } from "../../src/render/render-journey-map-svg";
import { checkXml } from "../render/xml-check";
import { HOSTILE_TEXT } from "../support/hostile-text";
import { hostileMap } from "../support/hostile-map";
import { hostileMapArbitrary } from "./arbitraries";
import { bounded, fuzzParameters, fuzzTimeout } from "./fuzz-config";

const PREFIX = "fz";

/** Well-formed XML with no active content, no external reference and every id prefixed. */
function expectSafeSvg(svg: string): void {
  const { problems, elements } = checkXml(svg);
  expect(problems).toEqual([]);
  for (const element of elements) {
    const name = element.name.toLowerCase();
    expect(["script", "foreignobject", "iframe", "object", "embed", "style"]).not.toContain(name);
    for (const [attribute, value] of Object.entries(element.attributes)) {
      expect(attribute.toLowerCase().startsWith("on"), `${name}[${attribute}]`).toBe(false);
      if (/href$/i.test(attribute)) expect(value.startsWith(`#${PREFIX}-`), `${name}[${attribute}=${value}]`).toBe(true);
      if (attribute === "id") expect(value.startsWith(`${PREFIX}-`), `id ${value}`).toBe(true);
      const url = /url\(([^)]*)\)/.exec(value)?.[1];
      if (url !== undefined) expect(url.startsWith(`#${PREFIX}-`), `url(${url})`).toBe(true);
    }
  }
}

describe("fuzzing the SVG renderer", () => {
  it.each(HOSTILE_TEXT.map((text) => [JSON.stringify(text).slice(0, 50), text] as const))("renders %s in every text field safely", (_, text) => {
    for (const theme of ["light", "dark", "highContrast"] as const) {
      expectSafeSvg(bounded("renderJourneyMapSvg", () => renderJourneyMapSvg(hostileMap(text), { idPrefix: PREFIX, theme, maxLines: 3 })));
    }
  });

  it(
    "renders any hostile map as well-formed XML with no active content, within the bound",
    () => {
      fc.assert(
        fc.property(hostileMapArbitrary, fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }), (map, maxLines) => {
          const svg = bounded("renderJourneyMapSvg", () => renderJourneyMapSvg(map, { idPrefix: PREFIX, ...(maxLines ? { maxLines } : {}) }));
          expectSafeSvg(svg);
        }),
        fuzzParameters(),
      );
    },
    fuzzTimeout(1, 10),
  );
});
