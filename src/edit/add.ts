import { COLLECTIONS, type CollectionName } from "../model/entities";
import type { JourneyMap } from "../model/journey-map";
import { makeIssue } from "../validate/issue";
import { createId } from "../model/create-id";
import { ownIds, parseEntity, referenceIssue } from "./entity-checks";
import { idKinds } from "./lookup";
import { typeOf } from "./names";
import type { Operation } from "./operation-schema";
import type { ApplyOptions, PlanResult, Writable } from "./plan";
import { insertionPoint, stageTouchpointPositions } from "./stage-positions";

/** `add<Entity>`: parsed like the entity in a document, id generated when missing, unique, references resolved. */
export function planAdd(map: JourneyMap, collection: CollectionName, op: Writable, options: ApplyOptions): PlanResult {
  const { entity: key, prefix } = COLLECTIONS[collection];
  const payload = { ...(op[key] as Writable) };
  const kinds = idKinds(map);
  if (payload.id === undefined) {
    const generate = options.createId ?? createId;
    let id = generate(prefix);
    for (let tries = 0; kinds.has(id) && tries < 100; tries++) id = generate(prefix);
    payload.id = id;
  }
  const list = (map[collection] ?? []) as unknown as Writable[];
  const requested = op.index as number | undefined;
  const parsed = parseEntity(collection, payload, [collection, requested ?? list.length]);
  if ("issue" in parsed) return parsed;
  const entity = parsed.entity;
  const own = ownIds(collection, entity);
  const seen = new Set<string>();
  const brought = collection === "personas" ? [entity.id as string, ...(entity.goals as { id: string }[]).map((g) => g.id)] : [entity.id as string];
  for (const id of brought) {
    if (kinds.has(id) || seen.has(id)) {
      return { issue: makeIssue("duplicate_id", ["operation", key, "id"], `the id ${JSON.stringify(id)} is already used in the map; ids must be unique across the document`, { id }) };
    }
    seen.add(id);
  }

  let position = list.length;
  let stageIndex = requested;
  if (collection === "touchpoints") {
    const positions = stageTouchpointPositions(map, entity.stageId as string);
    const at = referenceIssue(map, collection, entity, [collection, list.length], own);
    if (at) return { issue: at };
    if (requested !== undefined && requested > positions.length) {
      return { issue: makeIssue("too_big", ["operation", "index"], `the stage has ${positions.length} touchpoints, so index must be 0 to ${positions.length}, got ${requested}`) };
    }
    stageIndex = requested ?? positions.length;
    position = insertionPoint(map, entity.stageId as string, stageIndex, positions);
  } else {
    if (requested !== undefined && requested > list.length) {
      return { issue: makeIssue("too_big", ["operation", "index"], `there are ${list.length} ${collection}, so index must be 0 to ${list.length}, got ${requested}`) };
    }
    position = requested ?? list.length;
    const at = referenceIssue(map, collection, entity, [collection, position], own);
    if (at) return { issue: at };
  }
  const applied = { type: typeOf("add", collection), [key]: entity, ...(stageIndex !== undefined ? { index: stageIndex } : {}) } as unknown as Operation;
  return {
    applied,
    inverse: [{ type: typeOf("remove", collection), id: entity.id } as Operation],
    structural: true,
    write: (draft) => {
      const doc = draft as unknown as Record<string, Writable[] | undefined>;
      if (doc[collection] === undefined) doc[collection] = [];
      const target = doc[collection] as Writable[];
      if (position === target.length) target.push(entity);
      else target.splice(position, 0, entity);
    },
  };
}
