import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromCsv } from "../../src/io/csv/from-csv";
import { toCsv } from "../../src/io/csv/to-csv";
import { flowGraph } from "../../src/model/flow-graph";
import type { JourneyMap } from "../../src/model/journey-map";
import { buildMap, stage, tp, valid } from "../support/map-builder";
import { branchingMapArbitrary, flowByPosition } from "./branching-map-arbitrary";

/** A map the grid holds but for its flow: bare stage names, no other fields. */
const branching = (): JourneyMap =>
  valid(
    buildMap({
      title: "Imported journey",
      stages: [stage("s-order", { name: "Order" })],
      touchpoints: [
        tp("tp-menu", "s-order", {
          name: "Menu",
          next: [
            { touchpointId: "tp-app", label: "In the app", share: 0.4 },
            { touchpointId: "tp-counter", share: 0.6 },
          ],
        }),
        tp("tp-app", "s-order", { name: "App", next: [{ touchpointId: "tp-menu", label: "payment failed" }] }),
        tp("tp-counter", "s-order", { name: "Counter" }),
      ],
    }),
  );

const rows = (text: string) => text.split("\r\n");

describe("CSV and the flow", () => {
  it("writes next as a column after tags, one edge per line: id, (share), label", () => {
    const text = toCsv(branching());
    expect(rows(text)[0]).toBe("id,stage,touchpoint,description,channel,owner,actions,thoughts,feelings,emotion,expected emotion,moment of truth,pain points,tags,next");
    expect(text).toContain('tp-menu,Order,Menu,,,,,,,,,,,,"tp-app (0.4) In the app\r\ntp-counter (0.6)"'.replace("\r\n", "\n"));
    expect(text).toContain("tp-app,Order,App,,,,,,,,,,,,tp-menu payment failed\r\n");
    expect(text).not.toContain("data");
  });

  it("keeps the header it always had for a map without edges", () => {
    const plain = valid(buildMap({ stages: [stage("s", { name: "S" })], touchpoints: [tp("a", "s", { name: "A", next: [] })] }));
    expect(rows(toCsv(plain))[0]).toBe("id,stage,touchpoint,description,channel,owner,actions,thoughts,feelings,emotion,expected emotion,moment of truth,pain points,tags");
  });

  it("reads the column back into the same map", () => {
    const map = branching();
    const back = fromCsv(toCsv(map), { id: "map" });
    expect(back.error?.issues).toBeUndefined();
    expect(back.data).toEqual(map);
  });

  it("keeps labels a cell cannot hold exactly in data, and lets an edited cell win over data", () => {
    const odd = valid(
      buildMap({
        stages: [stage("s", { name: "S" })],
        touchpoints: [
          tp("a", "s", {
            name: "A",
            next: [
              { touchpointId: "b", label: "(maybe)\nlater " },
              { touchpointId: "a", label: "" },
            ],
          }),
          tp("b", "s", { name: "B" }),
        ],
      }),
    );
    const text = toCsv(odd);
    expect(fromCsv(text, { id: "map" }).data).toEqual(odd);
    expect(text).toContain('"b\na"');
    const edited = fromCsv(text.replace('"b\na"', "b"), { id: "map" });
    expect(edited.data!.touchpoints[0]!.next).toEqual([{ touchpointId: "b" }]);
    const cleared = fromCsv('id,touchpoint,next,data\na,A,,"{""next"":[{""touchpointId"":""a""}]}"\n');
    expect(cleared.data!.touchpoints[0]!.next).toBeUndefined();
  });

  it("maps a file's own column onto next and reads edges written by people", () => {
    const result = fromCsv(
      'id,Step,Goes to\nmenu,Reads the menu,"app (0.7) in the app\ncounter (0.3)"\napp,Pays in the app,\ncounter,Pays at the counter,menu back to the menu\n',
      {
        columns: { Step: "touchpoint", "Goes to": "next" },
      },
    );
    expect(result.error?.issues).toBeUndefined();
    expect(result.data!.touchpoints.map((t) => t.next)).toEqual([
      [
        { touchpointId: "app", share: 0.7, label: "in the app" },
        { touchpointId: "counter", share: 0.3 },
      ],
      undefined,
      [{ touchpointId: "menu", label: "back to the menu" }],
    ]);
    expect(
      flowGraph(result.data!)
        .edges.filter((e) => e.kind === "loop")
        .map((e) => [e.from, e.to]),
    ).toEqual([["counter", "menu"]]);
  });

  it("reports a malformed share with the row and column of the cell", () => {
    const result = fromCsv('id,touchpoint,next\na,A,"b (0.5)\nb (half)"\nb,B,c (0.5\n');
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => [i.code, i.line, i.column])).toEqual([
      ["invalid_type", 2, 3],
      ["invalid_type", 3, 3],
    ]);
    expect(result.error!.issues[0]!.message).toBe(
      'row 2, column 3 (next): line 2 of the cell: expected the share of the edge to "b" as a number in parentheses, as in "b (0.5)", got "(half)"',
    );
  });

  it("reports an id that names no touchpoint, and shares that do not sum to 1, at the next cell", () => {
    const result = fromCsv('id,touchpoint,next\na,A,b\nb,B,"a (0.5)\nb (0.2)"\nc,C,zz\n');
    expect(result.error!.issues.map((i) => [i.code, i.line, i.column])).toEqual([
      ["custom", 3, 3],
      ["unknown_reference", 4, 3],
    ]);
    expect(result.error!.issues[1]).toMatchObject({ id: "zz", expected: "touchpoint" });
  });

  it("round-trips generated branching maps exactly, flow included (an empty next is no next, as in the flow)", () => {
    fc.assert(
      fc.property(branchingMapArbitrary, (map) => {
        const back = fromCsv(toCsv(map), { id: map.id });
        expect(back.error?.issues).toBeUndefined();
        const touchpoints = map.touchpoints.map(({ next, ...t }) => (next?.length === 0 ? t : { ...t, next }));
        expect(back.data).toEqual({ ...map, touchpoints });
        expect(flowByPosition(back.data!)).toEqual(flowByPosition({ ...map, touchpoints }));
        expect(flowGraph(back.data!)).toEqual(flowGraph(map));
      }),
      { numRuns: 150 },
    );
  });
});
