/*
 * The one way tests make valid journey maps: entity factories with every required field
 * filled (arrays empty, links none) and `buildMap`, which fills every collection the
 * document has. Fixtures, arbitraries and generators all build through here, so a new
 * required field is added in one place.
 */
import type { Channel } from "../../src/model/channel";
import { createJourneyMap } from "../../src/model/create-journey-map";
import type { Evidence } from "../../src/model/evidence";
import type { JourneyMap } from "../../src/model/journey-map";
import type { Opportunity } from "../../src/model/opportunity";
import type { PainPoint } from "../../src/model/pain-point";
import type { Persona } from "../../src/model/persona";
import type { Stage } from "../../src/model/stage";
import type { Team } from "../../src/model/team";
import type { Touchpoint } from "../../src/model/touchpoint";
import { parseJourneyMap } from "../../src/validate/safe-parse-journey-map";

/** `value` without its `undefined` properties (optional fields left out, as JSON has them). */
export function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** A persona with no goals, needs, frustrations or attributes unless given. */
export function persona(id: string, fields: Partial<Persona> = {}): Persona {
  return { id, name: `Persona ${id}`, goals: [], needs: [], frustrations: [], attributes: [], ...defined(fields) };
}

/** A stage named after its id, with no goals or metrics unless given. */
export function stage(id: string, fields: Partial<Stage> = {}): Stage {
  return { id, name: `Stage ${id}`, goalIds: [], metrics: [], ...defined(fields) };
}

/** A channel named after its id. */
export function channel(id: string, fields: Partial<Channel> = {}): Channel {
  return { id, name: `Channel ${id}`, ...defined(fields) } as Channel;
}

/** A team named after its id. */
export function team(id: string, fields: Partial<Team> = {}): Team {
  return { id, name: `Team ${id}`, ...defined(fields) } as Team;
}

/** A touchpoint with every array empty. */
export function tp(id: string, stageId: string, fields: Partial<Touchpoint> = {}): Touchpoint {
  return {
    id,
    stageId,
    name: `Touchpoint ${id}`,
    actions: [],
    thoughts: [],
    feelings: [],
    personaEmotions: [],
    goalIds: [],
    evidenceIds: [],
    metrics: [],
    notes: [],
    tags: [],
    ...defined(fields),
  };
}

/** A pain point with severity 3 and no links unless given (`severity: undefined` leaves it unknown). */
export function pain(id: string, fields: Partial<PainPoint> = {}): PainPoint {
  const out: PainPoint = { id, title: `Pain ${id}`, touchpointIds: [], severity: 3, evidenceIds: [], ...defined(fields) };
  if (Object.hasOwn(fields, "severity") && fields.severity === undefined) delete out.severity;
  return out;
}

/** An opportunity (impact 3, effort 3, idea) with no links unless given (`impact`/`effort: undefined` leave them unknown). */
export function opp(id: string, fields: Partial<Opportunity> = {}): Opportunity {
  const out: Opportunity = { id, title: `Opportunity ${id}`, painPointIds: [], touchpointIds: [], impact: 3, effort: 3, status: "idea", ...defined(fields) };
  for (const key of ["impact", "effort"] as const) if (Object.hasOwn(fields, key) && fields[key] === undefined) delete out[key];
  return out;
}

/** A survey. */
export function ev(id: string, fields: Partial<Evidence> = {}): Evidence {
  return { id, kind: "survey", title: `Survey ${id}`, ...defined(fields) } as Evidence;
}

/**
 * A map of the given parts, every collection the document has filled in (empty unless
 * given), `id` `"map"`, title `"Test journey"`; optional fields that are `undefined` left
 * out. Not validated: pass it through {@link valid} where a test relies on validity.
 */
export function buildMap(parts: Partial<JourneyMap> = {}): JourneyMap {
  return defined({ ...createJourneyMap({ id: "map", title: "Test journey", stages: [] }), ...parts });
}

/** An empty map with stages `s-1`, `s-2`, … named "Stage 1", "Stage 2", …. */
export function emptyMap(stages = 2): JourneyMap {
  return buildMap({ stages: Array.from({ length: stages }, (_, i) => stage(`s-${i + 1}`, { name: `Stage ${i + 1}` })) });
}

/** Returns the map after checking that it is valid (so fixtures cannot drift into invalid maps). */
export function valid(map: JourneyMap): JourneyMap {
  return parseJourneyMap(map);
}
