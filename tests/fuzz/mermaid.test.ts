import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromMermaid } from "../../src/io/mermaid/from-mermaid";
import { toMermaid } from "../../src/io/mermaid/to-mermaid";
import type { JourneyMap } from "../../src/model/journey-map";
import { journeyMapArbitrary } from "../analysis/arbitraries";
import { anyText, nameText, renamed } from "./arbitraries";
import { expectImportContract, lineCount } from "./contract";
import { bounded, fuzzParameters, fuzzTimeout } from "./fuzz-config";

/** One line of a journey diagram, well-formed or nearly so. */
const line: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom("journey", "---", "}", "", "%% comment", "%%{init: {'theme': 'dark'}}%%", "accDescr {", "title: Front matter"),
  anyText.map((t) => `title ${t}`),
  anyText.map((t) => `section ${t}`),
  anyText.map((t) => `accTitle: ${t}`),
  anyText.map((t) => `accDescr: ${t}`),
  anyText.map((t) => `accDescr { ${t}`),
  anyText.map((t) => `# ${t}`),
  fc
    .tuple(anyText, fc.oneof(fc.integer({ min: -2, max: 8 }).map(String), fc.double().map(String), anyText), fc.option(fc.array(anyText, { maxLength: 3 })))
    .map(([name, score, actors]) => `${name}: ${score}${actors ? `: ${actors.join(", ")}` : ""}`),
  anyText,
);

/** Text shaped like a journey diagram: lines of the grammar, indented at random. */
const diagram: fc.Arbitrary<string> = fc
  .tuple(fc.boolean(), fc.array(fc.tuple(fc.constantFrom("", "  ", "\t", "    "), line), { maxLength: 16 }), fc.constantFrom("\n", "\r\n", "\r"))
  .map(([header, lines, eol]) => [...(header ? ["journey"] : []), ...lines.map(([indent, text]) => indent + text)].join(eol));

/** Names as a map holds them after a trip through any text format: one visible character at least, no surrounding space. */
const visibleName = nameText.map((t) => t.replace(/\r\n?/g, "\n").trim() || "x");

/** Valid maps whose stage and touchpoint names (and title) come from `names`. */
const namedMap: fc.Arbitrary<JourneyMap> = fc.tuple(journeyMapArbitrary, fc.array(visibleName, { minLength: 1, maxLength: 6 })).map(([map, names]) => renamed(map, names));

function checkImport(text: string) {
  const result = bounded("fromMermaid", () => fromMermaid(text));
  expectImportContract(result, lineCount(text));
  return result;
}

describe("fromMermaid fuzzing", () => {
  it(
    "keeps its contract on arbitrary text",
    () => {
      fc.assert(
        fc.property(fc.oneof(anyText, fc.string({ unit: "binary", maxLength: 400 })), (text) => void checkImport(text)),
        fuzzParameters(),
      );
    },
    fuzzTimeout(),
  );

  it(
    "keeps its contract on text shaped like a journey diagram",
    () => {
      fc.assert(
        fc.property(diagram, (text) => void checkImport(text)),
        fuzzParameters(),
      );
    },
    fuzzTimeout(),
  );

  it(
    "reads each task as a touchpoint of the section above it, with its score",
    () => {
      fc.assert(
        fc.property(
          fc.array(fc.tuple(fc.stringMatching(/^[A-Za-z][A-Za-z ]{0,10}[A-Za-z]$/), fc.array(fc.integer({ min: 1, max: 5 }), { maxLength: 4 })), {
            minLength: 1,
            maxLength: 5,
          }),
          (sections) => {
            const text = ["journey", ...sections.flatMap(([name, scores], s) => [`section ${name}`, ...scores.map((score, t) => `  Task ${s}.${t}: ${score}: Me`)])].join("\n");
            const data = checkImport(text).data!;
            expect(data.stages.map((stage) => stage.name)).toEqual(sections.map(([name]) => name));
            expect(data.touchpoints.map((tp) => [data.stages.findIndex((s) => s.id === tp.stageId), tp.emotion])).toEqual(
              sections.flatMap(([, scores], s) => scores.map((score) => [s, score])),
            );
          },
        ),
        fuzzParameters(0.25),
      );
    },
    fuzzTimeout(0.25),
  );
});

/** The actors toMermaid promises for a touchpoint: its personaEmotions, after the first persona where `emotion` alone stands for it. */
function expectedActors(map: JourneyMap, tp: JourneyMap["touchpoints"][number]): string[] {
  const first = map.personas[0]?.id;
  const ids = ownActors(map, tp);
  // The first task with actors names the first persona first (Mermaid orders personas as they appear).
  const ordered = map.stages.flatMap((stage) => map.touchpoints.filter((t) => t.stageId === stage.id));
  const lead = ordered.find((t) => ownActors(map, t).length > 0);
  if (first !== undefined && lead === tp && ids[0] !== first) return names(map, [first, ...ids.filter((id) => id !== first)]);
  return names(map, ids);
}

function names(map: JourneyMap, ids: readonly string[]): string[] {
  return ids
    .map((id) =>
      map.personas
        .find((p) => p.id === id)!
        .name.replace(/\r\n?/g, "\n")
        .trim(),
    )
    .filter(Boolean);
}

function ownActors(map: JourneyMap, tp: JourneyMap["touchpoints"][number]): string[] {
  const first = map.personas[0]?.id;
  const ids = tp.personaEmotions.map((pe) => pe.personaId);
  const implied = first !== undefined && !map.touchpoints.some((t) => t.personaEmotions.some((pe) => pe.personaId === first));
  if (implied && tp.emotion !== undefined && !ids.includes(first)) ids.unshift(first);
  // Other actors but not the first persona, with an emotion: the first persona is written first so the emotion survives.
  else if (first !== undefined && tp.emotion !== undefined && ids.length > 0 && !ids.includes(first)) ids.unshift(first);
  return ids;
}

describe("toMermaid → fromMermaid", () => {
  it(
    "keeps the title, stage names, touchpoint names, their stages, scores and actors",
    () => {
      fc.assert(
        fc.property(namedMap, (map) => {
          const text = bounded("toMermaid", () => toMermaid(map));
          const result = checkImport(text);
          expect(result.error?.issues ?? []).toEqual([]);
          expect(result.warnings).toEqual([]);
          const back = result.data!;
          expect(back.title).toBe(map.title);
          expect(back.stages.map((s) => s.name)).toEqual(map.stages.map((s) => s.name));
          const stageIndex = (m: JourneyMap, id: string) => m.stages.findIndex((s) => s.id === id);
          const ordered = map.stages.flatMap((stage) => map.touchpoints.filter((tp) => tp.stageId === stage.id));
          const score = (tp: JourneyMap["touchpoints"][number]) => tp.emotion ?? tp.personaEmotions[0]?.emotion;
          const name = (m: JourneyMap, id: string) => m.personas.find((p) => p.id === id)!.name;
          expect(back.touchpoints.map((tp) => [stageIndex(back, tp.stageId), tp.name, score(tp), tp.personaEmotions.map((pe) => name(back, pe.personaId))])).toEqual(
            ordered.map((tp) => [stageIndex(map, tp.stageId), tp.name, score(tp) ?? 3, expectedActors(map, tp)]),
          );
          // A second trip changes nothing.
          expect(toMermaid(back)).toBe(text);
        }),
        fuzzParameters(),
      );
    },
    fuzzTimeout(),
  );
});

describe("fromMermaid → toMermaid → fromMermaid", () => {
  it(
    "gives the same map and the same warnings again: nothing Mermaid holds is lost or made up",
    () => {
      fc.assert(
        fc.property(diagram, (text) => {
          const first = checkImport(text);
          if (!first.success) return;
          for (const warning of first.warnings) {
            expect(["invalid_type", "too_small", "too_big"]).toContain(warning.code);
            expect(warning.line).toBeGreaterThan(0);
            expect(warning.column).toBeGreaterThan(0);
          }
          const again = checkImport(bounded("toMermaid", () => toMermaid(first.data)));
          expect(again.error?.issues ?? []).toEqual([]);
          expect(again.data).toEqual(first.data);
          expect(again.warnings.map((w) => [w.code, w.path])).toEqual(first.warnings.map((w) => [w.code, w.path]));
        }),
        fuzzParameters(),
      );
    },
    fuzzTimeout(),
  );
});
