import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { flowIndexOf, reach } from "../../src/analysis/flow-paths";
import { type FlowEdge, flowGraph, journeyOrder } from "../../src/model/flow-graph";
import { indexFlow } from "../../src/model/flow-index";
import { flowMapArbitrary } from "../support/flow-map";

/** The oracle: marks spread along the string-keyed edges until nothing changes. */
function relaxed(edges: readonly FlowEdge[], from: readonly string[], backward: boolean): Set<string> {
  const reached = new Set(from);
  for (let changed = true; changed; ) {
    changed = false;
    for (const edge of edges) {
      const [a, b] = backward ? [edge.to, edge.from] : [edge.from, edge.to];
      if (reached.has(a) && !reached.has(b)) {
        reached.add(b);
        changed = true;
      }
    }
  }
  return reached;
}

const ids = (order: readonly { id: string }[], marks: Uint8Array) => order.filter((_, i) => marks[i] === 1).map((t) => t.id);

describe("the indexed flow", () => {
  it("reaches, forward from the starts and backward from the ends, what relaxing the edges of flowGraph reaches", () => {
    fc.assert(
      fc.property(flowMapArbitrary, (map) => {
        const graph = flowGraph(map);
        const flow = indexFlow(journeyOrder(map));
        const forward = reach(flow, flow.starts);
        const backward = reach(flow, flow.ends, true);
        const order = journeyOrder(map);
        const inOrder = (set: Set<string>) => order.filter((t) => set.has(t.id)).map((t) => t.id);
        expect(ids(order, forward.marks)).toEqual(inOrder(relaxed(graph.edges, graph.starts, false)));
        expect(ids(order, backward.marks)).toEqual(inOrder(relaxed(graph.edges, graph.ends, true)));
        expect(forward.count).toBe(inOrder(relaxed(graph.edges, graph.starts, false)).length);
      }),
      { numRuns: 500 },
    );
  });

  it("lists each touchpoint's edges out and in as flowGraph lists them, in its order", () => {
    fc.assert(
      fc.property(flowMapArbitrary, (map) => {
        const graph = flowGraph(map);
        const flow = indexFlow(journeyOrder(map));
        const id = (node: number) => flow.order[node]?.id;
        flow.order.forEach((touchpoint, i) => {
          const out: string[] = [];
          for (let e = flow.first[i] as number; e < (flow.first[i + 1] as number); e++) out.push(`${id(flow.from[e] as number)}>${id(flow.to[e] as number)}`);
          const into: string[] = [];
          for (let k = flow.inFirst[i] as number; k < (flow.inFirst[i + 1] as number); k++) {
            const e = flow.inEdge[k] as number;
            into.push(`${id(flow.from[e] as number)}>${id(flow.to[e] as number)}`);
          }
          expect(out).toEqual(graph.edges.filter((e) => e.from === touchpoint.id).map((e) => `${e.from}>${e.to}`));
          expect(into).toEqual(graph.edges.filter((e) => e.to === touchpoint.id).map((e) => `${e.from}>${e.to}`));
        });
        expect(flow.hasLoop).toBe(graph.edges.some((e) => e.kind === "loop"));
      }),
      { numRuns: 300 },
    );
  });

  it("is built once per analysis context and shared", () => {
    const context = { journey: journeyOrder({ stages: [{ id: "s", name: "S", goalIds: [], metrics: [] }], touchpoints: [] }) };
    expect(flowIndexOf(context)).toBe(flowIndexOf(context));
    expect(flowIndexOf({ journey: context.journey })).not.toBe(flowIndexOf(context));
  });

  it("finds nothing reachable in an empty flow and every node of a chain", () => {
    const empty = indexFlow([]);
    expect(reach(empty, empty.starts).count).toBe(0);
    const chain = indexFlow(
      journeyOrder({ stages: [{ id: "s", name: "S", goalIds: [], metrics: [] }], touchpoints: ["a", "b", "c"].map((id) => ({ id, stageId: "s", name: id }) as never) }),
    );
    expect(Array.from(chain.starts)).toEqual([0]);
    expect(Array.from(chain.ends)).toEqual([2]);
    expect(Array.from(reach(chain, chain.starts).marks)).toEqual([1, 1, 1]);
    expect(Array.from(reach(chain, Int32Array.of(2), true).marks)).toEqual([1, 1, 1]);
    expect(Array.from(reach(chain, Int32Array.of(1)).marks)).toEqual([0, 1, 1]);
  });
});
