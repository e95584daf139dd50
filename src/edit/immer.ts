import { Immer, type Patch, enablePatches } from "immer";

let instance: Immer | undefined;

/**
 * journeykit's own immer: patches on, auto-freeze off (freezing a 10,000-touchpoint map on
 * every edit costs milliseconds), created on first use so that importing journeykit never
 * touches the host application's immer configuration.
 */
export function immer(): Immer {
  if (!instance) {
    enablePatches();
    instance = new Immer({ autoFreeze: false });
  }
  return instance;
}

/**
 * Applies immer patches — the `patches` or `inversePatches` of an edit — to the map they
 * were made from (patches address array elements by position, so they are valid only
 * against that exact map; send operations between collaborators instead). Returns a new
 * map; the input is not changed.
 *
 * @example
 * ```ts
 * import { applyOperation, applyPatches, createJourneyMap } from "journeykit";
 *
 * const map = createJourneyMap({ title: "Coffee" });
 * const edit = applyOperation(map, { type: "updateMap", changes: { title: "Tea" } });
 * if (edit.ok) applyPatches(edit.map, edit.inversePatches).title; // "Coffee"
 * ```
 */
export function applyPatches<T extends object>(base: T, patches: readonly Patch[]): T {
  return immer().applyPatches(base, patches as Patch[]);
}

export type { Patch };
