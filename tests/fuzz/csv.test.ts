import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CSV_COLUMNS } from "../../src/io/csv/csv-columns";
import { fromCsv } from "../../src/io/csv/from-csv";
import { toCsv } from "../../src/io/csv/to-csv";
import type { JourneyMap } from "../../src/model/journey-map";
import { journeyMapArbitrary } from "../analysis/arbitraries";
import { anyText, nameText } from "./arbitraries";
import { expectImportContract, lineCount } from "./contract";
import { bounded, fuzzParameters, fuzzTimeout } from "./fuzz-config";

/** A CSV cell: plain, quoted (with doubled quotes), or broken. */
const cell: fc.Arbitrary<string> = fc.oneof(
  anyText.map((t) => t.replace(/[",\r\n]/g, "")),
  anyText.map((t) => `"${t.replace(/"/g, '""')}"`),
  fc.oneof(fc.integer({ min: -1, max: 7 }), fc.double()).map(String),
  fc.constantFrom("yes", "no", "x", "maybe", "'=1", "", '"', '"unterminated', 'a"b'),
  anyText,
);

/** Text shaped like journeykit's CSV: a header of known (any case) and unknown columns, then rows. */
const csvText: fc.Arbitrary<string> = fc
  .tuple(
    fc.shuffledSubarray([...CSV_COLUMNS, "stage", "touchpoint", "Emotoin", "notes"], { minLength: 1 }),
    fc.boolean(),
    fc.array(fc.array(cell, { maxLength: 16 }), { maxLength: 8 }),
    fc.constantFrom("\n", "\r\n", "\r"),
    fc.boolean(),
  )
  .map(([header, upper, rows, eol, bom]) => (bom ? "\ufeff" : "") + [header.map((h) => (upper ? h.toUpperCase() : h)).join(","), ...rows.map((r) => r.join(","))].join(eol));

/** Text as a single-value cell keeps it: no surrounding space, one visible character at least. */
const cellName = nameText.map((t) => t.trim() || "x");

/** Makes names unique by numbering repeats (CSV names stages and pain points by name). */
function unique(names: string[]): string[] {
  const seen = new Set<string>();
  return names.map((name) => {
    let out = name;
    for (let n = 2; seen.has(out); n++) out = `${name} ${n}`;
    seen.add(out);
    return out;
  });
}

/** Valid maps with hostile names, unique where CSV identifies things by name. */
const csvMap: fc.Arbitrary<JourneyMap> = fc
  .tuple(journeyMapArbitrary, fc.array(cellName, { minLength: 1, maxLength: 6 }), fc.array(anyText, { minLength: 1, maxLength: 4 }))
  .map(([map, names, texts]) => {
    let n = 0;
    const name = () => names[n++ % names.length]!;
    const text = () => texts[n++ % texts.length]!;
    const stageNames = unique(map.stages.map(name));
    const titles = unique(map.painPoints.map(name));
    return {
      ...map,
      stages: map.stages.map((s, i) => ({ ...s, name: stageNames[i]! })),
      channels: map.channels.map((c) => ({ ...c, name: name() })),
      teams: map.teams.map((t) => ({ ...t, name: name() })),
      touchpoints: map.touchpoints.map((t) => ({ ...t, name: name(), description: text(), actions: [text(), text()], feelings: [text()], tags: [text()] })),
      painPoints: map.painPoints.map((p, i) => ({ ...p, title: titles[i]! })),
    };
  });

/** A cell's text as CSV carries it: surrounding whitespace is not kept. */
const single = (text: string | undefined) => (text ?? "").trim();
/** A multi-value cell: an item per line, line breaks inside items as spaces, blank items dropped. */
const multi = (items: readonly string[]) => items.map((item) => item.replace(/\r\n?|\n/g, " ").trim()).filter(Boolean);

/** What CSV carries of a map (docs/interop.md), by names, in journey order. */
function carried(map: JourneyMap) {
  const nameOf = (list: { id: string; name: string }[], id?: string) => list.find((x) => x.id === id)?.name;
  return map.stages.flatMap((stage) =>
    map.touchpoints
      .filter((tp) => tp.stageId === stage.id)
      .map((tp) => ({
        id: tp.id,
        stage: stage.name,
        name: tp.name,
        description: single(tp.description),
        channel: nameOf(map.channels, tp.channelId),
        owner: nameOf(map.teams, tp.ownerId),
        actions: multi(tp.actions),
        thoughts: multi(tp.thoughts),
        feelings: multi(tp.feelings),
        emotion: tp.emotion,
        expectedEmotion: tp.expectedEmotion,
        momentOfTruth: tp.momentOfTruth ?? false,
        // Pain points are created in order of first appearance, so their order is not carried.
        painPoints: multi(map.painPoints.filter((pp) => pp.touchpointIds.includes(tp.id)).map((pp) => pp.title)).sort(),
        tags: multi(tp.tags),
      })),
  );
}

function checkImport(text: string) {
  const result = bounded("fromCsv", () => fromCsv(text));
  expectImportContract(result, lineCount(text));
  return result;
}

describe("fromCsv fuzzing", () => {
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
    "keeps its contract on text shaped like journeykit's CSV",
    () => {
      fc.assert(
        fc.property(csvText, (text) => void checkImport(text)),
        fuzzParameters(),
      );
    },
    fuzzTimeout(),
  );
});

describe("toCsv → fromCsv", () => {
  it(
    "keeps everything CSV carries, and no cell is a formula",
    () => {
      fc.assert(
        fc.property(csvMap, (map) => {
          const text = bounded("toCsv", () => toCsv(map));
          const result = checkImport(text);
          expect(result.error?.issues ?? []).toEqual([]);
          expect(carried(result.data!)).toEqual(carried(map));
        }),
        fuzzParameters(),
      );
    },
    fuzzTimeout(),
  );
});

describe("toCsv → fromCsv, the whole map", () => {
  it(
    "gives back every map as it was (touchpoints in journey order; title and id given where the grid alone holds the map): nothing dropped",
    () => {
      const byStage = (m: JourneyMap) => m.stages.flatMap((s) => m.touchpoints.filter((t) => t.stageId === s.id));
      fc.assert(
        fc.property(journeyMapArbitrary, (map) => {
          const text = bounded("toCsv", () => toCsv(map));
          const result = bounded("fromCsv", () => fromCsv(text, { title: map.title, id: map.id }));
          expectImportContract(result, lineCount(text));
          expect(result.error?.issues ?? []).toEqual([]);
          // JSON holds no -0: compare the map as a document holds it.
          const json = JSON.parse(JSON.stringify(map)) as JourneyMap;
          expect({ ...result.data!, touchpoints: byStage(result.data!) }).toEqual({ ...json, touchpoints: byStage(json) });
        }),
        fuzzParameters(),
      );
    },
    fuzzTimeout(),
  );
});

describe("fromCsv with a sheet's own header", () => {
  it(
    "keeps every unknown column's cells as lane notes, or ignores them, and never throws",
    () => {
      const known: string[] = [...CSV_COLUMNS, "kind", "data"];
      const header = fc.uniqueArray(
        nameText.map((t) => t.replace(/[",\r\n;\t|]/g, "").trim()).filter((t) => t !== "" && !/^'*[=+\-@]/.test(t) && !known.includes(t.toLowerCase())),
        { minLength: 2, maxLength: 5, comparator: (a, b) => a.toLowerCase() === b.toLowerCase() },
      );
      const word = fc.stringMatching(/^[A-Za-z][A-Za-z ]{0,8}[A-Za-z]$/);
      fc.assert(
        fc.property(
          header,
          fc.array(fc.array(word, { minLength: 5, maxLength: 5 }), { minLength: 1, maxLength: 5 }),
          fc.constantFrom("lane", "ignore"),
          (names, rows, unknownColumns) => {
            const text = [names.join(","), ...rows.map((row) => row.slice(0, names.length).join(","))].join("\n");
            const columns = { [names[0]!]: "touchpoint" } as const;
            const result = bounded("fromCsv", () => fromCsv(text, { columns, unknownColumns }));
            expectImportContract(result, lineCount(text));
            const data = result.data!;
            expect(data.touchpoints.map((t) => t.name)).toEqual(rows.map((row) => row[0]!.trim()));
            const laneName = new Map(data.lanes.map((l) => [l.id, l.name]));
            const kept = data.touchpoints.map((t) => t.notes.map((n) => [laneName.get(n.laneId), n.items]));
            const expected = rows.map((row) => (unknownColumns === "ignore" ? [] : names.slice(1).map((name, i) => [name, [row[i + 1]!.trim()]])));
            expect(kept).toEqual(expected);
          },
        ),
        fuzzParameters(0.5),
      );
    },
    fuzzTimeout(0.5),
  );
});
