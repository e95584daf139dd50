import { BUILT_IN_SCALE_IDS, findScale } from "../../model/built-in-scales";
import type { IdGenerator } from "../../model/create-id";
import type { JourneyMap } from "../../model/journey-map";
import { type Scale, scalePoints } from "../../model/scale";
import type { Survey } from "../../model/survey";
import { type IssueFieldsArgument, issueAt, type JourneyMapIssueCode, type JourneyMapIssueOf } from "../../validate/issue";
import { suggestNearest } from "../../validate/suggest";
import { uniqueIds } from "../unique-ids";

/** An issue at a cell: `line` is the row as a spreadsheet numbers it (header = 1), `column` 1-based. */
export function cellIssue<C extends JourneyMapIssueCode>(
  code: C,
  line: number,
  column: number,
  name: string,
  text: string,
  ...extra: IssueFieldsArgument<C, "line" | "column">
): JourneyMapIssueOf<C> {
  return issueAt(code, [], { line, column }, `row ${line}, column ${column} (${name}): ${text}`, ...extra);
}

const normalize = (text: string) => text.normalize("NFKC").trim().toLowerCase().replace(/\s+/g, " ");

/**
 * Reads one answer on a scale: a number that is a point of the scale, one of its labels
 * (without regard to case and spacing), or a label that starts with a point ("10 -
 * Extremely likely"). `null` for an N/A code, `undefined` for anything else.
 */
export function answerValue(cell: string, scale: Scale, naCodes: ReadonlySet<string>): number | null | undefined {
  const text = normalize(cell);
  if (naCodes.has(text)) return null;
  const points = scalePoints(scale);
  const isPoint = (n: number) => points.findIndex((p) => Math.abs(p - n) <= 1e-9 * (scale.step ?? 1));
  if (text !== "" && Number.isFinite(Number(text))) {
    const at = isPoint(Number(text));
    return at < 0 ? undefined : points[at];
  }
  const label = scale.labels.findIndex((l) => normalize(l) === text);
  if (label >= 0) return points[label];
  const leading = /^(-?\d+(?:\.\d+)?)\s*(?:[-–—:=(]|$)/.exec(text);
  if (leading) {
    const at = isPoint(Number(leading[1]));
    if (at >= 0) return points[at];
  }
  return undefined;
}

/** Where answers go: a touchpoint or a stage, a scale, maybe a persona. */
export interface Target {
  touchpointId?: string;
  stageId?: string;
  scaleId: string;
  personaId?: string;
  question?: string;
}

/** Collects answers into one histogram per target, in order of first appearance. */
export class SurveyTally {
  private readonly surveys = new Map<string, { target: Target; scale: Scale; counts: number[]; squares: number; weighted: boolean }>();

  constructor(private readonly map: JourneyMap | undefined) {}

  /** The scale a target names (a map scale or a built-in one). */
  scale(scaleId: string): Scale | undefined {
    return findScale(this.map ?? {}, scaleId);
  }

  /** Counts one answer (of weight `weight`) for `target`. */
  add(target: Target, scale: Scale, value: number, weight = 1): void {
    const key = JSON.stringify([target.touchpointId, target.stageId, target.scaleId, target.personaId, target.question]);
    let entry = this.surveys.get(key);
    if (!entry) {
      entry = { target, scale, counts: scalePoints(scale).map(() => 0), squares: 0, weighted: false };
      this.surveys.set(key, entry);
    }
    const at = scalePoints(scale).indexOf(value);
    entry.counts[at]! += weight;
    entry.squares += weight * weight;
    if (weight !== 1) entry.weighted = true;
  }

  /** The surveys, with ids from `generateId` or readable ones (`survey-<target>-<scale>`). */
  result(generateId: IdGenerator | undefined, collectedAt: string | undefined): Survey[] {
    const taken = this.map ? [this.map.id, ...Object.values(this.map).flatMap((v) => (Array.isArray(v) ? v.map((e) => (e as { id?: string }).id ?? "") : []))] : [];
    const nextId = uniqueIds(taken);
    return [...this.surveys.values()].map(({ target, counts, squares, weighted }) => {
      const name = [target.touchpointId ?? target.stageId, target.scaleId, target.personaId].filter(Boolean).join(" ");
      const total = counts.reduce((a, b) => a + b, 0);
      return {
        id: generateId ? generateId("survey") : nextId("survey", name),
        scaleId: target.scaleId,
        ...(target.touchpointId ? { touchpointId: target.touchpointId } : { stageId: target.stageId! }),
        ...(target.personaId ? { personaId: target.personaId } : {}),
        ...(target.question ? { question: target.question } : {}),
        counts,
        ...(weighted && squares > 0 ? { effectiveN: (total * total) / squares } : {}),
        ...(collectedAt ? { collectedAt } : {}),
      };
    });
  }
}

/**
 * Resolves what a cell names — an entity of the map by id or by name (without regard to
 * case), or, without a map, the text itself as an id — or returns the issue's text.
 */
export function resolveName(cell: string, entities: readonly { id: string; name?: string }[] | undefined, kind: string): { id: string } | { problem: string } {
  const text = cell.trim();
  if (!entities) return /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$/.test(text) ? { id: text } : { problem: `${JSON.stringify(text)} is not a valid ${kind} id` };
  const byId = entities.find((e) => e.id === text);
  if (byId) return { id: byId.id };
  const byName = entities.filter((e) => e.name !== undefined && normalize(e.name) === normalize(text));
  if (byName.length === 1) return { id: byName[0]!.id };
  if (byName.length > 1) return { problem: `${byName.length} ${kind}s are named ${JSON.stringify(text)}; use the id` };
  const suggestion = suggestNearest(
    text,
    entities.map((e) => e.id),
  );
  return { problem: `no ${kind} has the id or name ${JSON.stringify(text)}${suggestion ? `; did you mean "${suggestion}"?` : ""}` };
}

/** The text and the fields of an `unknown_reference` issue for a scale id that names no scale, with the nearest one. */
export function unknownScale(scaleId: string, map: JourneyMap | undefined): { text: string; fields: { id: string; expected: "scale"; suggestion?: string } } {
  const suggestion = suggestNearest(scaleId, [...BUILT_IN_SCALE_IDS, ...(map?.scales ?? []).map((s) => s.id)]);
  return {
    text: `no scale has the id ${JSON.stringify(scaleId)}${suggestion ? `; did you mean "${suggestion}"?` : ""}`,
    fields: { id: scaleId, expected: "scale", ...(suggestion ? { suggestion } : {}) },
  };
}

/** Resolves who answered: through the `personas` mapping, else as a persona's id or name. */
export function resolvePersona(
  cell: string,
  options: { map?: JourneyMap | undefined; personas?: Readonly<Record<string, string>> | undefined },
): { id: string } | { problem: string } {
  const text = cell.trim();
  const mapped = options.personas && Object.hasOwn(options.personas, text) ? options.personas[text] : undefined;
  if (mapped !== undefined) return resolveName(mapped, options.map?.personas, "persona");
  return resolveName(text, options.map?.personas, "persona");
}
