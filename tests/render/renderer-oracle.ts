import { expect } from "vitest";
import { applyOperation } from "../../src/edit/apply-operation";
import type { Operation } from "../../src/edit/operation-schema";
import { layoutJourneyMap } from "../../src/layout/layout-journey-map";
import type { JourneyMap } from "../../src/model/journey-map";
import { createRenderer, type CreateRendererOptions } from "../../src/render/create-renderer";
import { renderJourneyMapSvg, splitRenderOptions } from "../../src/render/render-journey-map-svg";

/**
 * How many of the edits a property test tried its maps took: a test whose edits the map
 * mostly refuses checks the renderer after few changes, so each test checks this too.
 */
export interface EditTally {
  tried: number;
  applied: number;
  /** The codes of the issues the refused edits got. */
  refused: Set<string>;
}

/** Returns an empty {@link EditTally}. */
export const editTally = (): EditTally => ({ tried: 0, applied: 0, refused: new Set() });

/**
 * The codes of an operation that is malformed whatever the map (a value out of range, a
 * wrong type, an unknown key): an arbitrary that makes these tests less than it seems to.
 */
export const MALFORMED_CODES: readonly string[] = ["too_small", "too_big", "invalid_type", "invalid_value", "invalid_format", "unrecognized_keys", "invalid_operation"];

/** Expects most of the edits of `tally` to have taken and none to have been malformed: else the renderer was checked after few changes. */
export function expectEditsTook(tally: EditTally): void {
  expect(tally.applied / tally.tried).toBeGreaterThan(0.6);
  expect([...tally.refused].filter((code) => MALFORMED_CODES.includes(code))).toEqual([]);
}

/**
 * Draws `start` with one renderer, then applies `edits` one by one (an edit the map refuses
 * leaves it as it was, and counts as refused in `tally`) and expects the renderer, after
 * each, to return exactly what a fresh `renderJourneyMapSvg` and `layoutJourneyMap` of the
 * map return.
 */
export function expectRendererMatchesFresh(start: JourneyMap, edits: readonly Operation[], options: CreateRendererOptions, tally?: EditTally): void {
  const renderer = createRenderer(options);
  let map = start;
  expect(renderer.render(map).svg).toBe(renderJourneyMapSvg(map, options));
  for (const op of edits) {
    const edit = applyOperation(map, op);
    if (edit.ok) map = edit.map;
    if (tally) {
      tally.tried++;
      if (edit.ok) tally.applied++;
      else tally.refused.add(edit.issue.code);
    }
    const { svg, layout } = renderer.render(map);
    expect(svg).toBe(renderJourneyMapSvg(map, options));
    expect(layout).toEqual(layoutJourneyMap(map, splitRenderOptions(options).layout));
  }
}
