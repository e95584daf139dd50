import fc from "fast-check";
import type { Operation } from "../../src/edit/operation-schema";
import { operationType } from "../../src/edit/operations/collection-family";
import { familyOf, operationTypes } from "../../src/edit/operations/registry";
import { COLLECTIONS, COLLECTION_NAMES, type CollectionName } from "../../src/model/entities";
import type { JourneyMap } from "../../src/model/journey-map";

type Entity = Record<string, unknown> & { id: string };
const json = <T>(value: T): T => JSON.parse(JSON.stringify(value));

/** The collection an operation type acts on, found through the registry's own naming (`operationType`). */
function collectionOfType(type: string): { verb: "add" | "update" | "remove"; collection: CollectionName } | undefined {
  for (const verb of ["add", "update", "remove"] as const) {
    const collection = COLLECTION_NAMES.find((c) => operationType(verb, c) === type);
    if (collection) return { verb, collection };
  }
  return undefined;
}

const entities = (map: JourneyMap, collection: CollectionName) => (map[collection] ?? []) as unknown as Entity[];

/** An id of the collection, or one that names nothing. */
function idOf(map: JourneyMap, collection: CollectionName): fc.Arbitrary<string> {
  const ids = entities(map, collection).map((e) => e.id);
  return ids.length ? fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...ids) }, { weight: 1, arbitrary: fc.constant("nope") }) : fc.constant("nope");
}

/** Field values taken from entities of the collection (in `map` and in `donor`), so most are valid. */
function fieldsOf(map: JourneyMap, donor: JourneyMap, collection: CollectionName): fc.Arbitrary<Record<string, unknown>> {
  const pool = [...entities(map, collection), ...entities(donor, collection)];
  if (pool.length === 0) return fc.constant({});
  return fc.tuple(fc.constantFrom(...pool), fc.constantFrom(...pool), fc.double({ min: 0, max: 1, noNaN: true })).map(([a, b, share]) => {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(a)) if (key !== "id") out[key] = a[key];
    for (const key of Object.keys(b)) if (key !== "id" && share > 0.5) out[key] = b[key];
    return json(out);
  });
}

/** A copy whose nested ids (a persona's goals) are new, so that an added copy need not collide. */
function freshIds(value: Record<string, unknown>): Record<string, unknown> {
  return JSON.parse(JSON.stringify(value), (key, v) => (key === "id" && typeof v === "string" ? `${v}-copy` : v));
}

/** `changes` for an update: a few fields from other entities, `null` for some, now and then a misspelt key. */
function changesOf(map: JourneyMap, donor: JourneyMap, collection: CollectionName): fc.Arbitrary<Record<string, unknown>> {
  return fc.tuple(fieldsOf(map, donor, collection), fc.array(fc.nat(), { maxLength: 3 }), fc.nat(9)).map(([fields, picks, roll]) => {
    const keys = Object.keys(fields);
    const changes: Record<string, unknown> = {};
    for (const p of picks) if (keys.length) changes[keys[p % keys.length]!] = roll === 0 ? null : fields[keys[p % keys.length]!];
    if (roll === 1) changes.nmae = "typo";
    return changes;
  });
}

/** An arbitrary for one operation type, built from its schema's keys and its family's collection. */
function arbitraryFor(type: string, map: JourneyMap, donor: JourneyMap): fc.Arbitrary<unknown> {
  const shape = (familyOf(type)!.schemas()[type] as { shape: Record<string, unknown> }).shape;
  const index = fc.option(fc.integer({ min: 0, max: 7 }), { nil: undefined });
  const stageId = idOf(map, "stages");
  const kind = collectionOfType(type);
  if (kind?.verb === "add") {
    const { entity } = COLLECTIONS[kind.collection];
    const payload = fc
      .tuple(fieldsOf(map, donor, kind.collection), fc.option(idOf(map, kind.collection), { nil: undefined }), fc.boolean())
      .map(([fields, id, fresh]) => ({ ...(fresh ? freshIds(fields) : fields), ...(id === undefined ? {} : { id }) }));
    return fc.record({ type: fc.constant(type), [entity]: payload, index }, { requiredKeys: ["type", entity] });
  }
  if (kind?.verb === "update") return fc.record({ type: fc.constant(type), id: idOf(map, kind.collection), changes: changesOf(map, donor, kind.collection) });
  if (kind?.verb === "remove") {
    const extra: Record<string, fc.Arbitrary<unknown>> = {};
    if ("touchpoints" in shape) extra.touchpoints = fc.constant("remove");
    if ("moveTo" in shape) extra.moveTo = stageId;
    return fc.record({ type: fc.constant(type), id: idOf(map, kind.collection), ...extra }, { requiredKeys: ["type", "id"] });
  }
  if ("changes" in shape) {
    const changes = fc.record(
      {
        title: fc.string({ maxLength: 12 }),
        description: fc.oneof(fc.string({ maxLength: 12 }), fc.constant(null)),
        state: fc.constantFrom("current", "future", null),
        extensions: fc.constant({ app: { v: [1] } }),
      },
      { requiredKeys: [] },
    );
    return fc.record({ type: fc.constant(type), changes });
  }
  // Moves: `id` of the moved kind (a touchpoint when the shape also has a stageId), `index`, `stageId`.
  const moved = "stageId" in shape ? "touchpoints" : "stages";
  return fc.record(
    { type: fc.constant(type), id: idOf(map, moved), index: fc.integer({ min: 0, max: 7 }), ...("stageId" in shape ? { stageId } : {}) },
    { requiredKeys: ["type", "id", "index"] },
  );
}

/** One arbitrary per registered operation type, by type (so a test can check they are all there). */
export function operationArbitraries(map: JourneyMap, donor: JourneyMap): Map<string, fc.Arbitrary<Operation>> {
  return new Map(operationTypes().map((type) => [type, arbitraryFor(type, map, donor).map((op) => json(op) as Operation)]));
}

/** Operations of every registered type against `map`, valid and not. */
export function operationArbitrary(map: JourneyMap, donor: JourneyMap): fc.Arbitrary<Operation> {
  return fc.oneof(...operationArbitraries(map, donor).values());
}
