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
 * curve per path: a cache hands back the same plan while the flow is unchanged), and for
 * the measured points the surveys and personas (by object: immer keeps the untouched ones;
 * the latest survey of each persona is drawn, on that persona's curve).
 */
function emotionKey(input: DrawLaneInput): unknown[] {
  const { map, plan, columns, emotions } = input;
  const moments: unknown[] = [];
  for (let c = 0; c < plan.touchpointOf.length; c++) {
    const t = plan.touchpointOf[c];
    const tp = t === undefined ? undefined : map.touchpoints[t];
    if (tp?.momentOfTruth) moments.push(c, tp.id);
  }
  const key: unknown[] = [
    map.surveys,
    map.personas,
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

/**
 * What a lane of service steps reads (`blueprint/step-lane.ts`): what a stacked lane reads,
 * the columns' kinds, the lanes shown (a blueprint line above it takes a strip), and the
 * steps and teams (by object: immer keeps the untouched ones).
 */
function stepsKey(input: DrawLaneInput): unknown[] {
  const { map, plan, options } = input;
  const key = stackedKey(input);
  key.push(
    plan.kinds,
    options.lanes.map((l) => l.id),
    map.serviceSteps,
    map.teams,
  );
  return key;
}

/** What the time lane reads (`lanes/time.ts`): what a lane of steps reads, and each drawn touchpoint's duration and tolerance. */
function timeKey(input: DrawLaneInput): unknown[] {
  const { map, plan } = input;
  const timing: unknown[] = [];
  for (const t of plan.touchpointOf) {
    const tp = t === undefined ? undefined : map.touchpoints[t];
    if (tp) timing.push(tp.durationMinutes, tp.toleranceMinutes);
  }
  const key = stepsKey(input);
  key.push(timing);
  return key;
}

/**
 * What a lane of boxes stacked by stage and column reads (`stack-cells.ts`): its top and
 * name, the map's id, each stage's group (its stage, columns, place and width), each
 * column's touchpoint, place and width, and the stages (by object: a renamed stage is a new
 * object, so its id is read again).
 */
function stackedKey(input: DrawLaneInput): unknown[] {
  const { map, plan, columns, emotions } = input;
  const groups: number[] = [];
  for (const g of plan.groups) groups.push(g.stageIndex, g.first, g.last);
  return [
    input.top,
    input.name,
    map.id,
    map.stages,
    groups,
    plan.kinds.length,
    plan.touchpointOf,
    emotions.touchpointIds,
    columns.xs,
    columns.widths,
    columns.groupX,
    columns.groupWidth,
    columns.left,
    columns.right,
  ];
}

/**
 * What the surveys lane reads (`lanes/surveys.ts`): what a stacked lane reads, and the
 * surveys, the personas (their order and names head the boxes) and the map's scales, by
 * object (immer keeps the untouched ones).
 */
function surveysKey(input: DrawLaneInput): unknown[] {
  const { map } = input;
  const key = stackedKey(input);
  key.push(map.surveys, map.personas, map.scales);
  return key;
}

/**
 * What the observed lane reads (`lanes/observed.ts`): what a stacked lane reads, and the
 * names of the touchpoints the measured transitions lead to (`→ Pickup 40%`). The
 * measurements themselves are an option, the same for every call of a cache.
 */
function observedKey(input: DrawLaneInput): unknown[] {
  const { map, options } = input;
  const key = stackedKey(input);
  const analytics = options.analytics;
  if (!analytics) return key;
  const targets = new Set<string>();
  for (const t of analytics.transitions) if (t.to !== "end") targets.add(t.to);
  const names: unknown[] = [];
  for (const tp of map.touchpoints) if (targets.has(tp.id)) names.push(tp.id, tp.name);
  key.push(names);
  return key;
}

/** The lanes whose drawings a layout cache knows how to key, by lane id; any other is drawn anew every call. */
export const DRAW_KEYS: Readonly<Record<string, DrawKey>> = {
  emotion: emotionKey,
  frontstage: stepsKey,
  backstage: stepsKey,
  support: stepsKey,
  time: timeKey,
  surveys: surveysKey,
  observed: observedKey,
};

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
