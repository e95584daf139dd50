import type { DrawLaneInput } from "../lanes/lane";

/**
 * Returns, for a lane that lays itself out, the values its drawing depends on, so that a
 * drawing whose values all equal the previous call's (see {@link sameKey}) can be reused; `undefined` when this input cannot be keyed (then it is drawn
 * anew). The options are not part of a key: a cache belongs to one set of options.
 */
export type DrawKey = (input: DrawLaneInput) => unknown[] | undefined;

/**
 * What the emotion lane reads: its top and name, the map's id (legend entries of a map
 * without personas) and scales (the axis), each column's place and touchpoint (id, moment
 * of truth), the emotion values, and the flow plan (where paths diverge the lane draws one
 * curve per path: a cache hands back the same plan while the flow is unchanged). A map with
 * surveys is drawn anew every time, since measured points read much more of it.
 */
function emotionKey(input: DrawLaneInput): unknown[] | undefined {
  const { map, plan, columns, emotions } = input;
  if (map.surveys !== undefined && map.surveys.length > 0) return undefined;
  const moments: unknown[] = [];
  for (let c = 0; c < plan.touchpointOf.length; c++) {
    const t = plan.touchpointOf[c];
    const tp = t === undefined ? undefined : map.touchpoints[t];
    if (tp?.momentOfTruth) moments.push(c, tp.id);
  }
  const key: unknown[] = [
    input.flow,
    input.top,
    input.name,
    map.id,
    map.scales,
    columns.left,
    columns.right,
    plan.touchpointOf,
    columns.xs,
    columns.widths,
    moments,
    emotions.touchpointIds,
  ];
  for (const s of emotions.series) key.push(s.kind, s.name, s.persona, s.personaId, s.values);
  return key;
}

/** The lanes whose drawings a layout cache knows how to key, by lane id; any other is drawn anew every call. */
export const DRAW_KEYS: Readonly<Record<string, DrawKey>> = { emotion: emotionKey };

/** Returns whether two keys hold the same values in the same order; an entry that is an array in both is compared element by element. */
export function sameKey(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (Object.is(x, y)) continue;
    if (!Array.isArray(x) || !Array.isArray(y) || x.length !== y.length) return false;
    for (let j = 0; j < x.length; j++) if (!Object.is(x[j], y[j])) return false;
  }
  return true;
}
