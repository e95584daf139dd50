import { type IdGenerator, createId } from "./create-id";
import { DEFAULT_STAGES } from "./default-stages";
import { type JourneyMap, SCHEMA_VERSION } from "./journey-map";
import { slug } from "./slug";
import type { Stage } from "./stage";

/** A stage to create: its name, and optionally its id, goal and description. */
export interface StageSpec {
  name: string;
  id?: string;
  goal?: string;
  description?: string;
}

/** What {@link createJourneyMap} needs. */
export interface CreateJourneyMapOptions {
  /** The map's title. */
  title: string;
  /**
   * The stages, as names or as `{ name, id?, goal?, description? }`.
   * @defaultValue {@link DEFAULT_STAGES}
   */
  stages?: ReadonlyArray<string | StageSpec>;
  /** The map's id. @defaultValue a new id from `generateId("map")` */
  id?: string;
  /** Makes new ids. @defaultValue {@link createId} */
  generateId?: IdGenerator;
}

/**
 * Returns a new, valid, empty journey map with the given title and stages (the five
 * {@link DEFAULT_STAGES} unless given). Stage ids are `s-` plus a slug of the name where
 * that is unique, and generated otherwise. Throws a `TypeError` for an empty title or
 * stage name.
 *
 * @example
 * ```ts
 * import { createJourneyMap } from "journeykit";
 *
 * const map = createJourneyMap({ title: "Opening a bank account" });
 * map.stages.map((s) => s.id); // ["s-awareness", "s-consideration", …]
 * ```
 */
export function createJourneyMap(options: CreateJourneyMapOptions): JourneyMap {
  const { title, generateId = createId } = options;
  if (typeof title !== "string" || title.length === 0) throw new TypeError("invalid title: expected a non-empty string");
  const inputs = options.stages ?? DEFAULT_STAGES;
  const used = new Set<string>();
  const stages: Stage[] = inputs.map((input) => {
    const spec: StageSpec = typeof input === "string" ? { name: input } : input;
    if (typeof spec.name !== "string" || spec.name.length === 0) {
      throw new TypeError("invalid stages: every stage needs a non-empty name");
    }
    const base = slug(spec.name, 40);
    let id = spec.id ?? (base ? `s-${base}` : generateId("s"));
    if (used.has(id)) id = generateId("s");
    used.add(id);
    const stage: Stage = { id, name: spec.name, goalIds: [], metrics: [] };
    if (spec.goal !== undefined) stage.goal = spec.goal;
    if (spec.description !== undefined) stage.description = spec.description;
    return stage;
  });
  return {
    schemaVersion: SCHEMA_VERSION,
    id: options.id ?? generateId("map"),
    title,
    personas: [],
    stages,
    channels: [],
    teams: [],
    touchpoints: [],
    painPoints: [],
    opportunities: [],
    evidence: [],
    lanes: [],
  };
}
