/*
 * Arbitraries for fuzzing the entry points that take outside data. Kept small (a dozen
 * touchpoints, short strings) so that 10,000 runs per property stay within CI time; the
 * hostile corpus (tests/support/hostile-text.ts) is mixed into every text so that the rare
 * strings come up often.
 */
import fc from "fast-check";
import type { JourneyMap } from "../../src/model/journey-map";
import { REFERENCE_FIELDS } from "../../src/model/references";
import { journeyMapArbitrary } from "../analysis/arbitraries";
import { HOSTILE_TEXT, PROTOTYPE_KEYS } from "../support/hostile-text";

/** Characters that mean something to JSON, Mermaid, CSV, Markdown or XML. */
const SYNTAX_CHARS = [..."{}[]:,\"'\\#;%|<>&`*_~=+-@\t\r\n ∶＃；％‚\u2060\ufeff\u0000"];

/** Short text of every kind: ASCII, any code unit (lone surrogates included), the corpus, and mixes. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 6 }) },
  { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_TEXT) },
  {
    weight: 2,
    arbitrary: fc.array(fc.oneof(fc.constantFrom(...HOSTILE_TEXT), fc.constantFrom(...SYNTAX_CHARS), fc.string({ maxLength: 3 })), { maxLength: 4 }).map((parts) => parts.join("")),
  },
);

/** Text with at least one character, as names and titles need. */
export const nameText: fc.Arbitrary<string> = anyText.map((text) => (text === "" ? "x" : text));

/** Every name and title of a map, replaced from `names` in turn. */
export function renamed(map: JourneyMap, names: readonly string[]): JourneyMap {
  let n = 0;
  const next = () => names[n++ % names.length]!;
  return {
    ...map,
    title: next(),
    personas: map.personas.map((p) => ({ ...p, name: next() })),
    stages: map.stages.map((s) => ({ ...s, name: next() })),
    channels: map.channels.map((c) => ({ ...c, name: next() })),
    teams: map.teams.map((t) => ({ ...t, name: next() })),
    touchpoints: map.touchpoints.map((t) => ({ ...t, name: next(), actions: [next()], tags: [next()] })),
    painPoints: map.painPoints.map((p) => ({ ...p, title: next() })),
    opportunities: map.opportunities.map((o) => ({ ...o, title: next() })),
    evidence: map.evidence.map((e) => ({ ...e, title: next() })),
  };
}

/** Valid maps whose names and titles are hostile text (validated by the caller's property). */
export const hostileMapArbitrary: fc.Arbitrary<JourneyMap> = fc
  .tuple(journeyMapArbitrary, fc.array(nameText, { minLength: 1, maxLength: 6 }))
  .map(([map, names]) => renamed(map, names));

/** Values of every JSON type and a few that JSON does not have. */
const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  anyText,
  fc.constantFrom(undefined, Number.NaN, Number.POSITIVE_INFINITY, -0, 1e308, -1, 0, 6, 2.5, "", [], {}, null, true, 10n, Symbol("s")),
  fc.date({ noInvalidDate: false }),
);

type Json = Record<string, unknown> | unknown[];

/** Objects and arrays in a value, with their parents, found by a walk in document order. */
function containers(value: unknown, out: Json[] = []): Json[] {
  if (typeof value === "object" && value !== null) {
    out.push(value as Json);
    for (const item of Object.values(value)) containers(item, out);
  }
  return out;
}

/** One change that makes a valid document (maybe) invalid; applied in place to a copy. */
export type Mutation =
  | { kind: "drop"; at: number; key: number }
  | { kind: "retype"; at: number; key: number; value: unknown }
  | { kind: "dangle"; field: number; entity: number; id: string }
  | { kind: "duplicate"; from: number; to: number }
  | { kind: "unknownKey"; at: number; key: string }
  | { kind: "prototypeKey"; at: number; key: string }
  | { kind: "nest"; at: number; depth: number; arrays: boolean }
  | { kind: "version"; value: unknown };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant("drop" as const), at: fc.nat(), key: fc.nat() }),
  fc.record({ kind: fc.constant("retype" as const), at: fc.nat(), key: fc.nat(), value: anyValue }),
  fc.record({ kind: fc.constant("dangle" as const), field: fc.nat(), entity: fc.nat(), id: fc.oneof(fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/), anyText) }),
  fc.record({ kind: fc.constant("duplicate" as const), from: fc.nat(), to: fc.nat() }),
  fc.record({ kind: fc.constant("unknownKey" as const), at: fc.nat(), key: fc.oneof(anyText, fc.constantFrom("emotoin", "stageID", "touchpoint", "Title")) }),
  fc.record({ kind: fc.constant("prototypeKey" as const), at: fc.nat(), key: fc.constantFrom(...PROTOTYPE_KEYS) }),
  fc.record({ kind: fc.constant("nest" as const), at: fc.nat(), depth: fc.integer({ min: 1, max: 60 }), arrays: fc.boolean() }),
  fc.record({ kind: fc.constant("version" as const), value: fc.oneof(fc.constantFrom(0, 2, "1", 1.5, null), anyValue) }),
);

/** Applies mutations to a deep copy of `doc` and returns the copy. */
export function mutate(doc: JourneyMap, mutations: readonly Mutation[]): Record<string, unknown> {
  const copy = structuredClone(doc) as unknown as Record<string, unknown>;
  for (const m of mutations) {
    const all = containers(copy);
    const target = all[((m as { at?: number }).at ?? 0) % all.length] ?? copy;
    const keys = Object.keys(target);
    switch (m.kind) {
      case "drop": {
        const key = keys[m.key % Math.max(1, keys.length)];
        if (key === undefined) break;
        if (Array.isArray(target)) target.splice(Number(key), 1);
        else delete target[key];
        break;
      }
      case "retype": {
        const key = keys[m.key % Math.max(1, keys.length)];
        if (key !== undefined) (target as Record<string, unknown>)[key] = m.value;
        break;
      }
      case "dangle": {
        const field = REFERENCE_FIELDS[m.field % REFERENCE_FIELDS.length]!;
        const list = copy[field.from];
        if (!Array.isArray(list) || list.length === 0) break;
        let node = list[m.entity % list.length] as Record<string, unknown>;
        if (typeof node !== "object" || node === null) break;
        for (const step of field.path.slice(0, -1)) {
          const next = step === "*" ? (node as unknown as unknown[])[0] : node[step];
          if (typeof next !== "object" || next === null) break;
          node = next as Record<string, unknown>;
        }
        const last = field.path[field.path.length - 1]!;
        node[last] = field.many ? [m.id] : m.id;
        break;
      }
      case "duplicate": {
        const entities = ["stages", "touchpoints", "channels", "teams", "personas", "evidence"].flatMap((c) =>
          Array.isArray(copy[c]) ? (copy[c] as unknown[]).filter((e): e is Record<string, unknown> => typeof e === "object" && e !== null) : [],
        );
        if (entities.length < 2) break;
        entities[m.to % entities.length]!.id = entities[m.from % entities.length]!.id;
        break;
      }
      case "unknownKey":
        if (!Array.isArray(target)) Object.defineProperty(target, m.key, { value: 1, enumerable: true, writable: true, configurable: true });
        break;
      case "prototypeKey":
        if (!Array.isArray(target)) Object.defineProperty(target, m.key, { value: { polluted: "yes" }, enumerable: true, writable: true, configurable: true });
        break;
      case "nest": {
        let deep: unknown = "bottom";
        for (let i = 0; i < m.depth; i++) deep = m.arrays ? [deep] : { d: deep };
        copy.extensions = { deep };
        break;
      }
      case "version":
        copy.schemaVersion = m.value;
        break;
    }
  }
  return copy;
}

/** Valid maps changed by one to three mutations. */
export const mutatedDocument: fc.Arbitrary<{ doc: Record<string, unknown>; mutations: Mutation[] }> = fc
  .tuple(journeyMapArbitrary, fc.array(mutation, { minLength: 1, maxLength: 3 }))
  .map(([map, mutations]) => ({ doc: mutate(map, mutations), mutations }));

/** JSON text of a valid or mutated map, then cut, spliced or corrupted as text. */
export const jsonText: fc.Arbitrary<string> = fc
  .tuple(
    fc.oneof(
      journeyMapArbitrary.map((m) => m as unknown),
      mutatedDocument.map((m) => m.doc as unknown),
    ),
    fc.constantFrom<"asIs" | "cut" | "insert" | "remove" | "pretty" | "bom">("asIs", "cut", "insert", "remove", "pretty", "bom"),
    fc.nat(),
    fc.oneof(fc.constantFrom(...SYNTAX_CHARS), anyText),
  )
  .map(([value, edit, at, text]) => {
    let json: string;
    try {
      json = JSON.stringify(value) ?? "null";
    } catch {
      json = "{}";
    }
    const i = at % (json.length + 1);
    switch (edit) {
      case "cut":
        return json.slice(0, i);
      case "insert":
        return json.slice(0, i) + text + json.slice(i);
      case "remove":
        return json.slice(0, i) + json.slice(i + 1 + (at % 7));
      case "pretty":
        return JSON.stringify(JSON.parse(json), null, at % 2 ? "\t" : 2);
      case "bom":
        return `\ufeff${json}`;
      default:
        return json;
    }
  });
