import { BUILT_IN_SCALE_IDS, BUILT_IN_SCALES, isBuiltInScaleId } from "../model/built-in-scales";
import { COLLECTIONS, COLLECTION_NAMES, type EntityKind, entityLabelWithArticle } from "../model/entities";
import { REFERENCE_FIELDS } from "../model/references";
import { scalePointCount } from "../model/scale";
import { type IssuePath, type JourneyMapIssue, formatPath, makeIssue } from "./issue";
import { suggestNearest } from "./suggest";

/** Suggestions cost a scan of the candidates, so only the first issues get one. */
const MAX_SUGGESTIONS = 50;

type Indexable = Record<string, unknown>;

function isObject(value: unknown): value is Indexable {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function items(doc: Indexable, key: string): unknown[] {
  const value = doc[key];
  return Array.isArray(value) ? value : [];
}

/** Where an id was seen first: its kind and the path of the id field. */
interface IdPlace {
  kind: EntityKind | "map";
  collection?: string;
  index?: number;
  goal?: number;
}

function placePath(place: IdPlace): IssuePath {
  if (place.collection === undefined) return ["id"];
  return place.goal === undefined ? [place.collection, place.index!, "id"] : [place.collection, place.index!, "goals", place.goal, "id"];
}

/** Every id in a document and where each was first seen (its kind with it). */
export interface IdIndex {
  /** The kind and place of each id, first occurrence, in document order. */
  where: Map<string, IdPlace>;
}

/**
 * The ids of one kind, in document order: the candidates of a suggestion. Only a reference
 * that resolves to nothing needs them, so they are gathered then, once per kind.
 */
function idsOfKind(index: IdIndex, kind: EntityKind, cache: Map<EntityKind, string[]>): string[] {
  let ids = cache.get(kind);
  if (ids === undefined) {
    ids = [];
    for (const [id, place] of index.where) if (place.kind === kind) ids.push(id);
    cache.set(kind, ids);
  }
  return ids;
}

/**
 * Collects every id of a (possibly malformed) document by kind, and reports ids used
 * twice (`duplicate_id`, naming both places). Elements without a string id are skipped:
 * structural validation reports them.
 */
export function indexIds(doc: Indexable, maxIssues = Number.POSITIVE_INFINITY): { index: IdIndex; issues: JourneyMapIssue[] } {
  const issues: JourneyMapIssue[] = [];
  const where: IdIndex["where"] = new Map();
  const add = (id: unknown, place: IdPlace) => {
    if (typeof id !== "string") return;
    const first = where.get(id);
    if (first) {
      if (issues.length >= maxIssues) return;
      const firstPath = placePath(first);
      issues.push(
        makeIssue(
          "duplicate_id",
          placePath(place),
          `the id ${JSON.stringify(id)} is already used by ${formatPath(firstPath.slice(0, -1))}; ids must be unique across the document`,
          { id, otherPath: firstPath },
        ),
      );
      return;
    }
    where.set(id, place);
  };
  add(doc.id, { kind: "map" });
  for (const collection of COLLECTION_NAMES) {
    const kind = COLLECTIONS[collection].entity;
    const list = items(doc, collection);
    for (let index = 0; index < list.length; index++) {
      const entity = list[index];
      if (!isObject(entity)) continue;
      add(entity.id, { kind, collection, index });
      if (collection !== "personas") continue;
      const goals = items(entity, "goals");
      for (let goal = 0; goal < goals.length; goal++) {
        const g = goals[goal];
        if (isObject(g)) add(g.id, { kind: "goal", collection, index, goal });
      }
    }
  }
  return { index: { where }, issues };
}

/** Reports one reference that resolves to nothing, at the given path. */
type Miss = (id: string, at: IssuePath) => void;

/** Whether `id` names an entity of kind `kind`. */
function names(where: IdIndex["where"], id: string, kind: EntityKind): boolean {
  return where.get(id)?.kind === kind;
}

/** Checks the ids in `value` (one id or an array of ids) against the ids of kind `kind`. */
function checkIds(value: unknown, where: IdIndex["where"], kind: EntityKind, miss: Miss, at: IssuePath, key: string | number): void {
  if (typeof value === "string") {
    if (!names(where, value, kind)) miss(value, [...at, key]);
  } else if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const id = value[i];
      if (typeof id === "string" && !names(where, id, kind)) miss(id, [...at, key, i]);
    }
  }
}

/**
 * Checks one reference field of one entity. Reference paths have one of two shapes —
 * `[field]` or `[array, "*", field]` — and each gets a plain loop, since this runs for
 * every entity of a large map. `at` is a scratch path, copied only when an id is missing.
 */
function checkField(entity: Indexable, path: readonly string[], where: IdIndex["where"], kind: EntityKind, miss: Miss, at: IssuePath): void {
  const first = path[0] as string;
  const last = path[2];
  const value = entity[first];
  if (value === undefined) return;
  if (last === undefined) {
    checkIds(value, where, kind, miss, at, first);
    return;
  }
  if (!Array.isArray(value)) return;
  const depth = at.length;
  for (let i = 0; i < value.length; i++) {
    const item = value[i];
    if (!isObject(item) || item[last] === undefined) continue;
    // The scratch path grows by the array and the index while this item is checked.
    at.push(first, i);
    checkIds(item[last], where, kind, miss, at, last);
    at.length = depth;
  }
}

/** The article and name of an entity kind, for messages. */
function describeKind(kind: EntityKind | "map"): string {
  return kind === "map" ? "the map" : entityLabelWithArticle(kind);
}

/** Options of {@link checkReferences}. */
export interface CheckReferencesOptions {
  /** Most issues returned; the checks stop collecting there. @defaultValue Infinity */
  maxIssues?: number;
}

/**
 * Returns every referential-integrity issue of a document, tolerating malformed parts:
 * ids used twice (`duplicate_id`) and references that name no entity of the right kind
 * (`unknown_reference`, with the nearest existing id suggested). Runs on whatever is
 * structurally sound, so that it can report alongside structural issues.
 *
 * @example
 * ```ts
 * import { checkReferences } from "journeykit";
 *
 * checkReferences({ stages: [{ id: "s-purchase" }], touchpoints: [{ id: "t1", stageId: "s-purchse" }] });
 * // [{ code: "unknown_reference", path: ["touchpoints", 0, "stageId"],
 * //    message: 'touchpoints[0].stageId: no stage has the id "s-purchse"; did you mean "s-purchase"?', … }]
 * ```
 */
export function checkReferences(doc: unknown, options: CheckReferencesOptions = {}): JourneyMapIssue[] {
  const { maxIssues = Number.POSITIVE_INFINITY } = options;
  if (!isObject(doc)) return [];
  const { index, issues } = indexIds(doc, maxIssues);
  let suggestions = 0;
  const candidates = new Map<EntityKind, string[]>();
  for (const field of REFERENCE_FIELDS) {
    const miss: Miss = (id, at) => {
      if (issues.length >= maxIssues) return;
      const other = index.where.get(id);
      const suggestion = suggestions++ < MAX_SUGGESTIONS ? suggestNearest(id, idsOfKind(index, field.to, candidates)) : undefined;
      const text = other
        ? `${JSON.stringify(id)} is ${describeKind(other.kind)}, but this field must name ${describeKind(field.to)}`
        : `no ${describeKind(field.to).replace(/^an? /, "")} has the id ${JSON.stringify(id)}`;
      issues.push(
        makeIssue("unknown_reference", at, `${text}${suggestion ? `; did you mean "${suggestion}"?` : ""}`, {
          id,
          expected: field.to,
          ...(suggestion ? { suggestion } : {}),
        }),
      );
    };
    const list = items(doc, field.from);
    const at: IssuePath = [field.from, 0];
    for (let i = 0; i < list.length; i++) {
      const entity = list[i];
      at[1] = i;
      if (isObject(entity)) checkField(entity, field.path, index.where, field.to, miss, at);
    }
  }
  issues.push(...checkSurveyScales(doc));
  return issues;
}

/** A scale's bounds as far as they can be read: `undefined` unless min, max and step are numbers. */
function readScale(value: unknown): { id: string; min: number; max: number; step?: number } | undefined {
  if (!isObject(value) || typeof value.id !== "string" || typeof value.min !== "number" || typeof value.max !== "number") return undefined;
  if (value.step !== undefined && typeof value.step !== "number") return undefined;
  return value as { id: string; min: number; max: number; step?: number };
}

/**
 * The issue of a survey's `counts` against its scale (`too_small` or `too_big`: `counts`
 * needs one entry per point), or `undefined` when they fit or the scale is itself invalid.
 */
export function surveyCountsIssue(counts: unknown, scale: { id: string; min: number; max: number; step?: number | undefined }, at: IssuePath): JourneyMapIssue | undefined {
  const points = scalePointCount(scale);
  if (points === undefined || !Array.isArray(counts) || counts.length === points) return undefined;
  const step = scale.step ?? 1;
  return makeIssue(
    counts.length < points ? "too_small" : "too_big",
    [...at, "counts"],
    `expected ${points} counts, one per point of the scale ${JSON.stringify(scale.id)} (${scale.min} to ${scale.max}${step === 1 ? "" : ` by ${step}`}), got ${counts.length}`,
  );
}

/** The issue of a `scaleId` that names no map scale and no built-in one. */
export function unknownScaleIssue(scaleId: string, mapScaleIds: Iterable<string>, at: IssuePath): JourneyMapIssue {
  const suggestion = suggestNearest(scaleId, [...mapScaleIds, ...BUILT_IN_SCALE_IDS]);
  return makeIssue(
    "unknown_reference",
    [...at, "scaleId"],
    `no scale has the id ${JSON.stringify(scaleId)} (neither the map's scales nor the built-in ones: ${BUILT_IN_SCALE_IDS.join(", ")})${suggestion ? `; did you mean "${suggestion}"?` : ""}`,
    { id: scaleId, expected: "scale", ...(suggestion ? { suggestion } : {}) },
  );
}

/** The issue of a map scale that reuses a built-in scale's id. */
export function builtInScaleIdIssue(id: string, at: IssuePath): JourneyMapIssue {
  return makeIssue("duplicate_id", [...at, "id"], `the id ${JSON.stringify(id)} is a built-in scale's; give the map's own scale another id`, { id });
}

/**
 * Returns the issues of surveys against their scales: a `scaleId` that names neither a map
 * scale nor a built-in one (`unknown_reference`), `counts` without exactly one entry per
 * scale point (`too_small`, `too_big`), and map scales that reuse a built-in id
 * (`duplicate_id`). Tolerates malformed parts, like {@link checkReferences}, which includes it.
 */
export function checkSurveyScales(doc: unknown): JourneyMapIssue[] {
  if (!isObject(doc)) return [];
  const issues: JourneyMapIssue[] = [];
  const scales = new Map<string, ReturnType<typeof readScale> | null>();
  const list = items(doc, "scales");
  for (let i = 0; i < list.length; i++) {
    const scale = list[i];
    if (!isObject(scale) || typeof scale.id !== "string") continue;
    if (isBuiltInScaleId(scale.id)) issues.push(builtInScaleIdIssue(scale.id, ["scales", i]));
    else scales.set(scale.id, readScale(scale) ?? null);
  }
  const surveys = items(doc, "surveys");
  for (let i = 0; i < surveys.length; i++) {
    const survey = surveys[i];
    if (!isObject(survey) || typeof survey.scaleId !== "string") continue;
    const own = scales.get(survey.scaleId);
    if (own === null) continue; // a malformed scale, reported by the structural checks
    const scale = own ?? (isBuiltInScaleId(survey.scaleId) ? BUILT_IN_SCALES[survey.scaleId] : undefined);
    const issue = scale ? surveyCountsIssue(survey.counts, scale, ["surveys", i]) : unknownScaleIssue(survey.scaleId, scales.keys(), ["surveys", i]);
    if (issue) issues.push(issue);
  }
  return issues;
}
