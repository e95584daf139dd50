/*
 * The analysis context is an index of one map, built once per analysis so that every rule
 * runs in time linear in the map: journey order (stages in order, then each stage's
 * touchpoints in their order in `touchpoints`), lookups by id, and the reverse links rules
 * need (which opportunities address a pain point, which goals are served). Rules only read
 * it. `anchor` places every entity on the journey so findings can be sorted in journey
 * order: a stage sits just before its touchpoints, a pain point or opportunity at the
 * first touchpoint or stage it concerns, evidence at the first entity that cites it, and
 * whatever has no place in the journey after all of it, in document order.
 */
import type { Channel } from "../model/channel";
import type { Evidence } from "../model/evidence";
import { type FlowGraph, flowGraph } from "../model/flow-graph";
import type { JourneyMap } from "../model/journey-map";
import type { Opportunity } from "../model/opportunity";
import type { PainPoint } from "../model/pain-point";
import type { Goal, Persona } from "../model/persona";
import type { Stage } from "../model/stage";
import type { Team } from "../model/team";
import type { Touchpoint } from "../model/touchpoint";

/** A read-only index of one journey map, shared by all rules of one analysis. */
export interface AnalysisContext {
  /** The map being analysed. */
  readonly map: JourneyMap;
  /** Every touchpoint whose stage exists, in journey order. */
  readonly journey: readonly Touchpoint[];
  /** The touchpoints of each stage, in journey order (every stage has an entry). */
  readonly touchpointsByStage: ReadonlyMap<string, readonly Touchpoint[]>;
  /** Stages by id. */
  readonly stageById: ReadonlyMap<string, Stage>;
  /** Touchpoints by id. */
  readonly touchpointById: ReadonlyMap<string, Touchpoint>;
  /** Pain points by id. */
  readonly painPointById: ReadonlyMap<string, PainPoint>;
  /** Opportunities by id. */
  readonly opportunityById: ReadonlyMap<string, Opportunity>;
  /** Evidence by id. */
  readonly evidenceById: ReadonlyMap<string, Evidence>;
  /** Teams by id. */
  readonly teamById: ReadonlyMap<string, Team>;
  /** Channels by id. */
  readonly channelById: ReadonlyMap<string, Channel>;
  /** Personas by id. */
  readonly personaById: ReadonlyMap<string, Persona>;
  /** Persona goals by id, with their persona. */
  readonly goalById: ReadonlyMap<string, { goal: Goal; persona: Persona }>;
  /** Opportunities that name each pain point, in document order (every status). */
  readonly opportunitiesByPainPoint: ReadonlyMap<string, readonly Opportunity[]>;
  /** Pain points that name each touchpoint, in document order. */
  readonly painPointsByTouchpoint: ReadonlyMap<string, readonly PainPoint[]>;
  /** Pain points named by at least one opportunity that is not `"dropped"`. */
  readonly addressedPainPointIds: ReadonlySet<string>;
  /** Goal ids listed by some stage or touchpoint. */
  readonly servedGoalIds: ReadonlySet<string>;
  /** Whether any stage or touchpoint lists goal ids at all. */
  readonly usesGoalIds: boolean;
  /** Distinct channel ids used by the journey's touchpoints, in first-use order. */
  readonly usedChannelIds: readonly string[];
  /** The map's flow ({@link flowGraph}): the chain of journey order where no touchpoint has `next`. */
  readonly flow: FlowGraph;
  /** Where each entity sits in journey order (see the file comment). */
  readonly anchor: ReadonlyMap<string, number>;
  /** The entity's name for people: a stage's or touchpoint's name, a pain point's title… */
  name(id: string): string;
}

function indexBy<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  const out = new Map<string, T>();
  for (const item of items) out.set(item.id, item);
  return out;
}

function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => {
    if (value === undefined) value = make();
    return value;
  };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Stages and their touchpoints in journey order, each with its place. */
function indexJourney(map: JourneyMap) {
  const byStage = new Map<string, Touchpoint[]>();
  for (const stage of map.stages) byStage.set(stage.id, []);
  for (const touchpoint of map.touchpoints) byStage.get(touchpoint.stageId)?.push(touchpoint);
  const anchor = new Map<string, number>();
  const journey: Touchpoint[] = [];
  let position = 0;
  for (const stage of map.stages) {
    anchor.set(stage.id, position++);
    for (const touchpoint of byStage.get(stage.id) ?? []) {
      journey.push(touchpoint);
      anchor.set(touchpoint.id, position++);
    }
  }
  return { byStage, journey, anchor, end: position };
}

/**
 * Places every entity that is not a stage or a journey touchpoint (see the file comment),
 * in document order within each collection, in place in `anchor`.
 */
function placeTheRest(map: JourneyMap, journey: readonly Touchpoint[], anchor: Map<string, number>, end: number): void {
  const earliest = (ids: readonly string[], best = Number.POSITIVE_INFINITY): number => {
    for (const id of ids) {
      const at = anchor.get(id);
      if (at !== undefined && at < best) best = at;
    }
    return best;
  };
  // Anything without a place in the journey goes after it, in document order.
  let tail = end;
  const place = (id: string, at: number) => anchor.set(id, Number.isFinite(at) ? at + 0.1 : tail++);
  for (const pain of map.painPoints) {
    place(pain.id, earliest(pain.touchpointIds, (pain.stageId === undefined ? undefined : anchor.get(pain.stageId)) ?? Number.POSITIVE_INFINITY));
  }
  for (const opportunity of map.opportunities) place(opportunity.id, earliest(opportunity.painPointIds, earliest(opportunity.touchpointIds)));
  const citedAt = new Map<string, number>();
  const cite = (ids: readonly string[], at: number | undefined) => {
    if (at === undefined) return;
    for (const id of ids) if ((citedAt.get(id) ?? Number.POSITIVE_INFINITY) > at) citedAt.set(id, at);
  };
  for (const touchpoint of journey) if (touchpoint.evidenceIds.length) cite(touchpoint.evidenceIds, anchor.get(touchpoint.id));
  for (const pain of map.painPoints) if (pain.evidenceIds.length) cite(pain.evidenceIds, anchor.get(pain.id));
  for (const evidence of map.evidence) place(evidence.id, citedAt.get(evidence.id) ?? Number.POSITIVE_INFINITY);
  for (const persona of map.personas) {
    for (const goal of persona.goals) place(goal.id, Number.POSITIVE_INFINITY);
    place(persona.id, Number.POSITIVE_INFINITY);
  }
  for (const collection of [map.channels, map.teams, map.lanes]) for (const item of collection) place(item.id, Number.POSITIVE_INFINITY);
  // Added after the first release: a survey sits at its touchpoint or stage.
  for (const survey of map.surveys ?? []) {
    const target = survey.touchpointId ?? survey.stageId;
    place(survey.id, (target === undefined ? undefined : anchor.get(target)) ?? Number.POSITIVE_INFINITY);
  }
  for (const scale of map.scales ?? []) place(scale.id, Number.POSITIVE_INFINITY);
  for (const step of map.serviceSteps ?? []) place(step.id, anchor.get(step.touchpointId) ?? Number.POSITIVE_INFINITY);
  if (journey.length < map.touchpoints.length) {
    for (const touchpoint of map.touchpoints) if (!anchor.has(touchpoint.id)) place(touchpoint.id, Number.POSITIVE_INFINITY);
  }
}

/** Which opportunities name each pain point, and which pain points an open opportunity addresses. */
function linkOpportunities(map: JourneyMap) {
  const opportunitiesByPainPoint = new Map<string, Opportunity[]>();
  const addressedPainPointIds = new Set<string>();
  for (const opportunity of map.opportunities) {
    for (const id of opportunity.painPointIds) {
      push(opportunitiesByPainPoint, id, opportunity);
      if (opportunity.status !== "dropped") addressedPainPointIds.add(id);
    }
  }
  return { opportunitiesByPainPoint, addressedPainPointIds };
}

/** The lookups by id, each built on first use, and `name`, which reads them. */
function lookups(map: JourneyMap) {
  const goalById = lazy(() => {
    const out = new Map<string, { goal: Goal; persona: Persona }>();
    for (const persona of map.personas) for (const goal of persona.goals) out.set(goal.id, { goal, persona });
    return out;
  });
  const painPointsByTouchpoint = lazy(() => {
    const out = new Map<string, PainPoint[]>();
    for (const pain of map.painPoints) for (const id of pain.touchpointIds) push(out, id, pain);
    return out;
  });
  const by = {
    touchpointById: lazy(() => indexBy(map.touchpoints)),
    painPointById: lazy(() => indexBy(map.painPoints)),
    opportunityById: lazy(() => indexBy(map.opportunities)),
    evidenceById: lazy(() => indexBy(map.evidence)),
    stageById: lazy(() => indexBy(map.stages)),
    teamById: lazy(() => indexBy(map.teams)),
    channelById: lazy(() => indexBy(map.channels)),
    personaById: lazy(() => indexBy(map.personas)),
    flow: lazy(() => flowGraph(map)),
    goalById,
    painPointsByTouchpoint,
  };
  // Entities added after the first release, named for messages only.
  const others = lazy(() => {
    const out = new Map<string, string>();
    for (const scale of map.scales ?? []) out.set(scale.id, scale.name);
    for (const survey of map.surveys ?? []) out.set(survey.id, survey.question ?? survey.id);
    for (const step of map.serviceSteps ?? []) out.set(step.id, step.text);
    return out;
  });
  // Small collections first: messages mostly name teams, channels and personas.
  const name = (id: string): string =>
    by.teamById().get(id)?.name ??
    by.channelById().get(id)?.name ??
    by.personaById().get(id)?.name ??
    goalById().get(id)?.goal.text ??
    by.stageById().get(id)?.name ??
    by.touchpointById().get(id)?.name ??
    by.painPointById().get(id)?.title ??
    by.opportunityById().get(id)?.title ??
    by.evidenceById().get(id)?.title ??
    others().get(id) ??
    id;
  return { by, name };
}

/**
 * Returns the read-only index of a map that rules work from, built in one linear pass per
 * collection. Tolerant of references that do not resolve (such touchpoints are left out of
 * the journey); never throws on a map that passes validation.
 *
 * @example
 * ```ts
 * import { createAnalysisContext, createJourneyMap } from "journeykit";
 *
 * const context = createAnalysisContext(createJourneyMap({ title: "Coffee" }));
 * context.touchpointsByStage.get("s-awareness"); // []
 * ```
 */
export function createAnalysisContext(map: JourneyMap): AnalysisContext {
  const { byStage, journey, anchor, end } = indexJourney(map);
  placeTheRest(map, journey, anchor, end);
  const servedGoalIds = new Set<string>();
  for (const stage of map.stages) for (const id of stage.goalIds) servedGoalIds.add(id);
  for (const touchpoint of map.touchpoints) for (const id of touchpoint.goalIds) servedGoalIds.add(id);
  const usedChannels = new Set<string>();
  for (const touchpoint of journey) if (touchpoint.channelId !== undefined) usedChannels.add(touchpoint.channelId);
  // Lookups most rules never need are built on first use, so an analysis pays only for
  // what its rules read.
  const { by, name } = lookups(map);
  const context = {
    map,
    journey,
    touchpointsByStage: byStage,
    ...linkOpportunities(map),
    servedGoalIds,
    usesGoalIds: servedGoalIds.size > 0,
    usedChannelIds: [...usedChannels],
    anchor,
    name,
  };
  for (const [key, get] of Object.entries(by)) Object.defineProperty(context, key, { get, enumerable: true });
  return context as typeof context & Pick<AnalysisContext, keyof typeof by>;
}
