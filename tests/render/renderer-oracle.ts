import { expect } from "vitest";
import { applyOperation } from "../../src/edit/apply-operation";
import type { Operation } from "../../src/edit/operation-schema";
import { layoutJourneyMap } from "../../src/layout/layout-journey-map";
import type { JourneyMap } from "../../src/model/journey-map";
import { createRenderer, type CreateRendererOptions } from "../../src/render/create-renderer";
import { renderJourneyMapSvg, splitRenderOptions } from "../../src/render/render-journey-map-svg";

/**
 * Draws `start` with one renderer, then applies `edits` one by one (an edit the map refuses
 * leaves it as it was) and expects the renderer, after each, to return exactly what a fresh
 * `renderJourneyMapSvg` and `layoutJourneyMap` of the map return.
 */
export function expectRendererMatchesFresh(start: JourneyMap, edits: readonly Operation[], options: CreateRendererOptions): void {
  const renderer = createRenderer(options);
  let map = start;
  expect(renderer.render(map).svg).toBe(renderJourneyMapSvg(map, options));
  for (const op of edits) {
    const edit = applyOperation(map, op);
    if (edit.ok) map = edit.map;
    const { svg, layout } = renderer.render(map);
    expect(svg).toBe(renderJourneyMapSvg(map, options));
    expect(layout).toEqual(layoutJourneyMap(map, splitRenderOptions(options).layout));
  }
}
