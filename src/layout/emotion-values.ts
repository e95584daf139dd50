import type { JourneyMap } from "../model/journey-map";
import type { Touchpoint } from "../model/touchpoint";
import type { ColumnPlan } from "./columns";

/** One emotion curve's values, before it has a position: what a persona felt, or expected. */
export interface EmotionSeriesValues {
  kind: "actual" | "expected";
  /** The persona, or absent for "the customer" of a map without personas. */
  personaId?: string;
  name: string;
  /** The persona's place among the curves' personas (for its dash pattern). */
  persona: number;
  /** The emotion at each touchpoint of {@link EmotionValues.touchpointIds}, `undefined` where there is none. */
  values: (number | undefined)[];
}

/**
 * The emotions of a map, read once: the touchpoints that have columns, in column order,
 * and the curves to draw over them. The emotion lane draws these and the layout's summary
 * names the lowest and highest of the first curve, so the two always agree.
 */
export interface EmotionValues {
  touchpointIds: string[];
  series: EmotionSeriesValues[];
}

interface SeriesSpec {
  personaId: string | undefined;
  name: string;
  /** Read `personaEmotions` entries of this persona. */
  entries: boolean;
  /** Fall back to the touchpoint's own `emotion` / `expectedEmotion`. */
  own: boolean;
}

function seriesSpecs(map: JourneyMap, personaIds: readonly string[]): SeriesSpec[] {
  const first = map.personas[0];
  if (personaIds.length === 0) return [{ personaId: first?.id, name: first?.name ?? "Customer", entries: false, own: true }];
  return personaIds.map((id) => ({
    personaId: id,
    name: map.personas.find((p) => p.id === id)?.name ?? id,
    entries: true,
    own: first?.id === id,
  }));
}

/**
 * Returns the emotion curves of `map` for the personas `personaIds` (`[]`: one curve of the
 * touchpoints' own emotions): per persona its actual curve, then its expected curve when it
 * has an expected value somewhere.
 */
export function emotionValues(map: JourneyMap, plan: ColumnPlan, personaIds: readonly string[]): EmotionValues {
  const touchpoints: Touchpoint[] = [];
  for (const t of plan.touchpointOf) if (t !== undefined) touchpoints.push(map.touchpoints[t] as Touchpoint);
  const specs = seriesSpecs(map, personaIds);
  // Every curve's values in one pass over the touchpoints: on a large map they do not fit
  // the processor's caches, and a pass per curve read each touchpoint again from memory.
  const n = touchpoints.length;
  const actual = specs.map(() => new Array<number | undefined>(n));
  const expected = specs.map(() => new Array<number | undefined>(n));
  for (let i = 0; i < n; i++) {
    const tp = touchpoints[i] as Touchpoint;
    for (let k = 0; k < specs.length; k++) {
      const spec = specs[k] as SeriesSpec;
      (actual[k] as (number | undefined)[])[i] = emotionOf(tp, spec, "actual");
      (expected[k] as (number | undefined)[])[i] = emotionOf(tp, spec, "expected");
    }
  }
  const series: EmotionSeriesValues[] = [];
  specs.forEach((spec, persona) => {
    for (const kind of ["actual", "expected"] as const) {
      const values = (kind === "actual" ? actual[persona] : expected[persona]) as (number | undefined)[];
      if (kind === "expected" && !values.some((v) => v !== undefined)) continue;
      const s: EmotionSeriesValues = { kind, name: kind === "actual" ? spec.name : `${spec.name}, expected`, persona, values };
      if (spec.personaId !== undefined) s.personaId = spec.personaId;
      series.push(s);
    }
  });
  return { touchpointIds: touchpoints.map((tp) => tp.id), series };
}

function emotionOf(tp: Touchpoint, spec: SeriesSpec, kind: "actual" | "expected"): number | undefined {
  if (spec.entries) {
    for (const entry of tp.personaEmotions) {
      if (entry.personaId !== spec.personaId) continue;
      const v = kind === "actual" ? entry.emotion : entry.expectedEmotion;
      if (v !== undefined || !spec.own) return v;
      break;
    }
  }
  if (!spec.own) return undefined;
  return kind === "actual" ? tp.emotion : tp.expectedEmotion;
}
