/*
 * Walks over the flow for the rules that judge what customers meet next. `successors`
 * keeps the kinds of edge a rule follows; `reachable` is a breadth-first search from a set
 * of touchpoints, forward or backward; `cycles` finds the strongly connected components
 * that hold a cycle (Tarjan's algorithm, iterative so a long flow cannot overflow the stack).
 */
import type { FlowEdge, FlowEdgeKind, FlowGraph } from "../model/flow-graph";

/** The touchpoints each touchpoint leads to along edges of the given kinds, in edge order. */
export function successors(flow: FlowGraph, kinds: readonly FlowEdgeKind[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const edge of flow.edges) {
    if (!kinds.includes(edge.kind)) continue;
    const list = out.get(edge.from);
    if (list) list.push(edge.to);
    else out.set(edge.from, [edge.to]);
  }
  return out;
}

/** The touchpoints reachable from `from` (included) along every edge, backward when `backward`. */
export function reachable(edges: readonly FlowEdge[], from: readonly string[], backward = false): Set<string> {
  const next = new Map<string, string[]>();
  for (const e of edges) {
    const [a, b] = backward ? [e.to, e.from] : [e.from, e.to];
    const list = next.get(a);
    if (list) list.push(b);
    else next.set(a, [b]);
  }
  const seen = new Set(from);
  const queue = [...from];
  for (let i = 0; i < queue.length; i++) {
    for (const id of next.get(queue[i] as string) ?? []) {
      if (seen.has(id)) continue;
      seen.add(id);
      queue.push(id);
    }
  }
  return seen;
}

/**
 * The cycles of a graph over `order` (ids): strongly connected components of two or more
 * nodes, or one node with an edge to itself. Each is listed once, its ids in `order`, the
 * cycles by their first id.
 */
export function cycles(order: readonly string[], next: ReadonlyMap<string, readonly string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: string[][] = [];
  let counter = 0;
  for (const root of order) {
    if (index.has(root)) continue;
    const work: [string, number][] = [[root, 0]];
    index.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (work.length > 0) {
      const top = work[work.length - 1] as [string, number];
      const [node, i] = top;
      const out = next.get(node) ?? [];
      if (i < out.length) {
        top[1]++;
        const to = out[i] as string;
        if (!index.has(to)) {
          index.set(to, counter);
          low.set(to, counter++);
          stack.push(to);
          onStack.add(to);
          work.push([to, 0]);
        } else if (onStack.has(to)) low.set(node, Math.min(low.get(node) as number, index.get(to) as number));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent[0], Math.min(low.get(parent[0]) as number, low.get(node) as number));
      if (low.get(node) !== index.get(node)) continue;
      const component: string[] = [];
      for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
        onStack.delete(id);
        component.push(id);
        if (id === node) break;
      }
      components.push(component);
    }
  }
  const position = new Map(order.map((id, i) => [id, i]));
  const closed: string[][] = [];
  for (const component of components) {
    const first = component[0] as string;
    const cyclic = component.length > 1 || (next.get(first) ?? []).includes(first);
    if (cyclic) closed.push(component.sort((a, b) => (position.get(a) ?? 0) - (position.get(b) ?? 0)));
  }
  return closed.sort((a, b) => (position.get(a[0] as string) ?? 0) - (position.get(b[0] as string) ?? 0));
}
