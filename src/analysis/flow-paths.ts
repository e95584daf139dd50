/*
 * Walks over the flow for the rules that judge what customers meet next. The rules share
 * one index of the flow per analysis (`flowIndexOf`: touchpoints as dense indices in
 * journey order, edges in compressed sparse rows; see model/flow-index.ts), so no rule
 * builds its own adjacency from the edge objects. `reach` is a breadth-first search from
 * a set of nodes, forward or backward, over typed arrays; `cycles` finds the strongly
 * connected components that hold a cycle (Tarjan's algorithm, iterative so a long flow
 * cannot overflow the stack).
 */
import { type FlowIndex, indexFlow } from "../model/flow-index";
import type { AnalysisContext } from "./analysis-context";

const indexes = new WeakMap<Pick<AnalysisContext, "journey">, FlowIndex>();

/**
 * Returns the flow of the context's map over touchpoint indices (node `i` is
 * `context.journey[i]`), built on first use and shared by every rule of the analysis.
 * Never throws.
 */
export function flowIndexOf(context: Pick<AnalysisContext, "journey">): FlowIndex {
  let flow = indexes.get(context);
  if (flow === undefined) {
    flow = indexFlow(context.journey);
    indexes.set(context, flow);
  }
  return flow;
}

/**
 * Returns the nodes reachable from `from` (included) along every edge of `flow`, backward
 * when `backward`, as marks (1 = reached) by node; also how many were reached. Never throws.
 */
export function reach(flow: FlowIndex, from: Int32Array, backward = false): { marks: Uint8Array; count: number } {
  const n = flow.order.length;
  const marks = new Uint8Array(n);
  const queue = new Int32Array(n);
  let tail = 0;
  for (const node of from) {
    if (marks[node] === 1) continue;
    marks[node] = 1;
    queue[tail++] = node;
  }
  const first = backward ? flow.inFirst : flow.first;
  for (let head = 0; head < tail; head++) {
    const node = queue[head] as number;
    const end = first[node + 1] as number;
    for (let k = first[node] as number; k < end; k++) {
      const other = (backward ? flow.from[flow.inEdge[k] as number] : flow.to[k]) as number;
      if (marks[other] === 1) continue;
      marks[other] = 1;
      queue[tail++] = other;
    }
  }
  return { marks, count: tail };
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
