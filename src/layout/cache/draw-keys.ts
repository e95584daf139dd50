import type { DrawLaneInput } from "../lanes/lane";

/**
 * Returns, for a lane that lays itself out, the values its drawing depends on, flat, so
 * that a drawing whose values all equal the previous call's (`Object.is`, element by
 * element) can be reused; `undefined` when this input cannot be keyed (then it is drawn
 * anew). The options are not part of a key: a cache belongs to one set of options.
 */
export type DrawKey = (input: DrawLaneInput) => unknown[] | undefined;

/**
 * What the emotion lane reads: its top and name, the map's id (legend entries of a map
 * without personas) and scales (the axis), each column's place and touchpoint (id, moment
 * of truth), and the emotion values. A map with surveys is drawn anew every time, since
 * measured points read much more of it.
 */
function emotionKey(input: DrawLaneInput): unknown[] | undefined {
  const { map, plan, columns, emotions } = input;
  if (map.surveys !== undefined && map.surveys.length > 0) return undefined;
  const key: unknown[] = [input.top, input.name, map.id, map.scales, columns.left, columns.right, plan.touchpointOf.length];
  for (let c = 0; c < plan.touchpointOf.length; c++) {
    const t = plan.touchpointOf[c];
    const tp = t === undefined ? undefined : map.touchpoints[t];
    key.push(columns.xs[c], columns.widths[c], tp?.id, tp?.momentOfTruth === true);
  }
  key.push(emotions.touchpointIds.length);
  for (const id of emotions.touchpointIds) key.push(id);
  key.push(emotions.series.length);
  for (const s of emotions.series) {
    key.push(s.kind, s.name, s.persona, s.personaId, s.values.length);
    for (const v of s.values) key.push(v);
  }
  return key;
}

/** The lanes whose drawings a layout cache knows how to key, by lane id; any other is drawn anew every call. */
export const DRAW_KEYS: Readonly<Record<string, DrawKey>> = { emotion: emotionKey };

/** Returns whether two keys hold the same values in the same order. */
export function sameKey(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return false;
  return true;
}
