/**
 * One object of each of the layout's most numerous shapes, with `null` where the real ones
 * hold numbers, made once (by the first layout) and kept, so that V8 keeps those number
 * fields tagged.
 *
 * V8 gives each field of a shape (a hidden class, shared by objects whose properties were
 * added in the same order, as object literals with the same keys are) a representation from
 * the values stored in it: a field that has only held numbers, some of them fractions, is a
 * "double" field, and then every value stored in it — `164` as much as `49.25` — is a
 * separate 16-byte heap number. A field that has also held something other than a number is
 * "tagged": whole numbers are stored in the object itself (as small integers) and only
 * fractions get a heap number. Most of a layout's coordinates are whole numbers (every `x`
 * and `width` of a cell and every line's `x` on a generated map): on a 10,000-touchpoint
 * layout, some 250,000 heap numbers fewer, about 4 MB less for every scavenge to copy and
 * for the renderer to read. The values, their types and the objects' keys are unchanged.
 *
 * Each literal below has the keys of one literal that makes layout objects, in its order:
 * the cell and its lines in `measured-items.ts`, the emotion points in `emotion.ts`, the
 * columns (both literals) in `layout-journey-map.ts`. A literal whose keys or order change there must
 * change here too (else only the saving is lost, never a value).
 */
let shapes: readonly object[] | undefined;

/** Makes the objects once per process; returns nothing and never throws. */
export function keepNumberFieldsTagged(): void {
  shapes ??= [
    { kind: null, entityId: null, laneId: null, x: null, y: null, width: null, height: null, lines: null },
    { x: null, y: null, text: null, font: null },
    { x: null, y: null, text: null, font: null, muted: null },
    { touchpointId: null, x: null, y: null, emotion: null, shape: null },
    { kind: null, x: null, width: null },
    { kind: null, x: null, width: null, stageId: null, touchpointId: null },
  ];
}

/**
 * Returns the keys of each shape {@link keepNumberFieldsTagged} makes, in order (for the
 * test that they match the layout's objects); never throws.
 */
export function taggedShapeKeys(): string[][] {
  keepNumberFieldsTagged();
  return (shapes as readonly object[]).map((shape) => Object.keys(shape));
}
