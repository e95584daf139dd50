import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromMermaid } from "../../src/io/mermaid/from-mermaid";
import { toMermaid } from "../../src/io/mermaid/to-mermaid";
import { flowGraph } from "../../src/model/flow-graph";
import type { JourneyMap } from "../../src/model/journey-map";
import { buildMap, stage, tp, valid } from "../support/map-builder";
import { branchingMapArbitrary, flowByPosition } from "./branching-map-arbitrary";

/** Pay in the app or at the counter; a failed payment loops back; the loyalty card is optional. */
const branching = (): JourneyMap =>
  valid(
    buildMap({
      stages: [stage("s-order", { name: "Order" }), stage("s-after", { name: "After" })],
      touchpoints: [
        tp("tp-menu", "s-order", {
          name: "Reads the menu",
          emotion: 3,
          next: [
            { touchpointId: "tp-app", label: "In the app", share: 0.4 },
            { touchpointId: "tp-counter", label: "50%% {at} the counter", share: 0.6 },
          ],
        }),
        tp("tp-app", "s-order", { name: "Pays in the app", emotion: 4, next: [{ touchpointId: "tp-pickup" }, { touchpointId: "tp-menu", label: "payment failed" }] }),
        tp("tp-counter", "s-order", { name: "Pays at the counter", emotion: 2 }),
        tp("tp-pickup", "s-after", { name: "Picks up the drink", emotion: 4 }),
        tp("tp-card", "s-after", { name: "Gets a loyalty card", emotion: 3, optional: true, terminal: false }),
        tp("tp-leave", "s-after", { name: "Leaves", emotion: 4, terminal: true }),
      ],
    }),
  );

const edges = (map: JourneyMap) => {
  const position = new Map(map.touchpoints.map((t, i) => [t.id, i]));
  return flowGraph(map).edges.map((e) => ({ ...e, from: position.get(e.from), to: position.get(e.to) }));
};

describe("Mermaid and the flow", () => {
  it("writes the touchpoints as the main path and the rest of the flow as journeykit:flow comments", () => {
    const text = toMermaid(branching());
    const lines = text.split("\n");
    expect(lines.filter((l) => l.startsWith("    ")).map((l) => l.trim().split(":")[0])).toEqual([
      "Reads the menu",
      "Pays in the app",
      "Pays at the counter",
      "Picks up the drink",
      "Gets a loyalty card",
      "Leaves",
    ]);
    expect(lines.filter((l) => l.includes("journeykit:flow"))).toEqual([
      '  %% journeykit:flow {"task":1,"next":[{"task":2,"label":"In the app","share":0.4},{"task":3,"label":"50\\u0025\\u0025 {at} the counter","share":0.6}]}',
      '  %% journeykit:flow {"task":2,"next":[{"task":4},{"task":1,"label":"payment failed"}]}',
      '  %% journeykit:flow {"task":5,"optional":true,"terminal":false}',
      '  %% journeykit:flow {"task":6,"terminal":true}',
    ]);
    expect(text).not.toContain("%%{");
  });

  it("reads the flow back: fromMermaid(toMermaid(map)) keeps next with labels and shares, optional and terminal", () => {
    const map = branching();
    const back = fromMermaid(toMermaid(map));
    expect(back.warnings).toEqual([]);
    expect(back.success).toBe(true);
    expect(flowByPosition(back.data!)).toEqual(flowByPosition(map));
    expect(edges(back.data!)).toEqual(edges(map));
  });

  it("writes no flow comment for a map without flow fields, and imports a diagram without one as a chain", () => {
    const plain = valid(buildMap({ stages: [stage("s")], touchpoints: [tp("a", "s", { emotion: 2 }), tp("b", "s", { emotion: 4 })] }));
    expect(toMermaid(plain)).not.toContain("journeykit:flow");
    const back = fromMermaid("journey\n  section S\n    A: 2\n    B: 4\n  %% an ordinary comment\n");
    expect(back.data!.touchpoints.map((t) => [t.next, t.optional, t.terminal])).toEqual([
      [undefined, undefined, undefined],
      [undefined, undefined, undefined],
    ]);
    expect(flowGraph(back.data!).edges.map((e) => e.kind)).toEqual(["sequence"]);
  });

  it("leaves out a flow comment it cannot read, with a warning at its line and column, and imports the rest", () => {
    const text = [
      "journey",
      "  section S",
      "    A: 2",
      "    B: 4",
      '  %% journeykit:flow {"task":1,"next":[{"task":9}]}',
      "  %% journeykit:flow {not json",
      '  %% journeykit:flow {"task":2,"terminal":"yes"}',
      '  %% journeykit:flow {"task":1,"nxt":[]}',
      '  %% journeykit:flow {"task":2,"optional":true}',
    ].join("\n");
    const back = fromMermaid(text);
    expect(back.success).toBe(true);
    expect(back.warnings.map((w) => [w.code, w.line, w.column])).toEqual([
      ["invalid_format", 5, 3],
      ["invalid_format", 6, 3],
      ["invalid_format", 7, 3],
      ["invalid_format", 8, 3],
    ]);
    expect(back.warnings[0]!.message).toBe('the journeykit:flow comment is left out: a step of "next" must name a task number from 1 to 2');
    expect(back.warnings[3]!.message).toContain('unknown key "nxt"');
    expect(back.data!.touchpoints.map((t) => [t.next, t.optional])).toEqual([
      [undefined, undefined],
      [undefined, true],
    ]);
  });

  it("refuses a flow comment that breaks the document's rules, at the comment's line", () => {
    const back = fromMermaid('journey\n  section S\n    A: 2\n    B: 4\n  %% journeykit:flow {"task":1,"next":[{"task":2,"share":0.5},{"task":1,"share":0.2}]}\n');
    expect(back.success).toBe(false);
    expect(back.error!.issues.map((i) => [i.code, i.path.join("."), i.line])).toEqual([["custom", "touchpoints.0.next", 5]]);
  });

  it("keeps the flow of generated branching maps through the round trip, and a second trip changes nothing", () => {
    fc.assert(
      fc.property(branchingMapArbitrary, (map) => {
        const text = toMermaid(map);
        const back = fromMermaid(text);
        expect(back.warnings).toEqual([]);
        expect(back.success).toBe(true);
        expect(flowByPosition(back.data!)).toEqual(flowByPosition(map));
        expect(edges(back.data!)).toEqual(edges(map));
        expect(toMermaid(back.data!)).toBe(text);
      }),
      { numRuns: 150 },
    );
  });
});
