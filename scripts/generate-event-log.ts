/**
 * Writes an event log of customers walking the coffee-shop map with known probabilities
 * (seeded, no clock), so that a reader can check that the measured numbers come out right:
 * `npx tsx scripts/generate-event-log.ts --cases 300 --seed 1 > examples/coffee-shop-events.csv`.
 * The flow and matching rules it walks are {@link COFFEE_SHOP_FLOW}; the walk itself is
 * {@link simulateEventLog}, which the tests use with other maps.
 */
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import type { EventRow } from "../src/measure/event-row";
import { type FlowEdge, flowGraph } from "../src/model/flow-graph";
import type { JourneyMap } from "../src/model/journey-map";
import type { NextStep, ObserveRule } from "../src/model/touchpoint";
import { parseJourneyMap } from "../src/validate/index";

/** How each coffee-shop touchpoint flows on and shows up in the log: `next` with shares, `observe` rules, the event the simulation writes. */
export const COFFEE_SHOP_FLOW: Record<
  string,
  { next?: NextStep[]; observe: ObserveRule[]; terminal?: boolean; emit: { event: string; url?: string; properties?: Record<string, string> } }
> = {
  "tp-instagram-ad": {
    next: [{ touchpointId: "tp-maps-listing" }],
    observe: [{ event: "ad.click", where: { source: "instagram" } }],
    emit: { event: "ad.click", properties: { source: "instagram" } },
  },
  "tp-friend-tip": { next: [{ touchpointId: "tp-finding-shop" }], observe: [{ event: "referral.open" }], emit: { event: "referral.open" } },
  "tp-maps-listing": { observe: [{ url: "/places/:id" }], emit: { event: "page_view", url: "https://maps.example/places/bean-there?hl=en" } },
  "tp-finding-shop": {
    next: [
      { touchpointId: "tp-queue", label: "Queue at the counter", share: 0.7 },
      { touchpointId: "tp-order-ahead", label: "Order ahead in the app", share: 0.3 },
    ],
    observe: [{ event: "store.arrive" }],
    emit: { event: "store.arrive" },
  },
  "tp-queue": { observe: [{ event: "queue.join" }], emit: { event: "queue.join" } },
  "tp-ordering": { observe: [{ event: "order.*" }], emit: { event: "order.placed" } },
  "tp-payment": {
    next: [
      { touchpointId: "tp-barista", label: "chats", share: 0.4 },
      { touchpointId: "tp-pickup", label: "waits", share: 0.6 },
    ],
    observe: [{ event: "payment.success" }],
    emit: { event: "payment.success" },
  },
  "tp-order-ahead": { next: [{ touchpointId: "tp-pickup", label: "Skips the queue" }], observe: [{ event: "app.order" }], emit: { event: "app.order" } },
  "tp-barista": { next: [{ touchpointId: "tp-pickup" }], observe: [{ event: "staff.chat" }], emit: { event: "staff.chat" } },
  "tp-pickup": {
    next: [
      { touchpointId: "tp-coffee", label: "to go", share: 0.5 },
      { touchpointId: "tp-seating", label: "stays", share: 0.5 },
    ],
    observe: [{ event: "pickup.done" }],
    emit: { event: "pickup.done" },
  },
  "tp-coffee": { next: [{ touchpointId: "tp-loyalty-card" }], observe: [{ event: "drink.start" }], emit: { event: "drink.start" } },
  "tp-seating": { observe: [{ event: "wifi.connect" }], emit: { event: "wifi.connect" } },
  "tp-loyalty-card": {
    next: [
      { touchpointId: "tp-coming-back", share: 0.6 },
      { touchpointId: "tp-loyalty-app", share: 0.4 },
    ],
    terminal: true,
    observe: [{ event: "loyalty.card.issued" }],
    emit: { event: "loyalty.card.issued" },
  },
  "tp-coming-back": { next: [{ touchpointId: "tp-recommending" }], observe: [{ event: "visit.return" }], emit: { event: "visit.return" } },
  "tp-loyalty-app": { observe: [{ url: "/app/*" }], emit: { event: "screen_view", url: "/app/stamps/3" } },
  "tp-recommending": { observe: [{ event: "referral.send" }], emit: { event: "referral.send" } },
};

/** The share of customers who leave the journey at each touchpoint (the rest go on). */
export const COFFEE_SHOP_QUIT: Record<string, number> = { "tp-maps-listing": 0.3, "tp-queue": 0.15, "tp-loyalty-card": 0.5 };

/** The coffee-shop example map with {@link COFFEE_SHOP_FLOW} applied. */
export function coffeeShopMeasuredMap(): JourneyMap {
  const document = JSON.parse(readFileSync(new URL("../examples/coffee-shop.json", import.meta.url), "utf8"));
  for (const touchpoint of document.touchpoints) {
    const flow = COFFEE_SHOP_FLOW[touchpoint.id];
    if (!flow) continue;
    if (flow.next) touchpoint.next = flow.next;
    if (flow.terminal) touchpoint.terminal = true;
    touchpoint.observe = flow.observe;
  }
  return parseJourneyMap(document);
}

/** A small, seeded pseudo-random generator (mulberry32). */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Options of {@link simulateEventLog}. */
export interface SimulateEventLogOptions {
  cases: number;
  seed: number;
  /** Share of customers starting at each start touchpoint. @defaultValue equal shares */
  starts?: Record<string, number>;
  /** Share leaving at each touchpoint. @defaultValue none */
  quit?: Record<string, number>;
  /** The event a touchpoint writes. @defaultValue `{ event: id }` */
  emit?: (touchpointId: string) => { event: string; url?: string; properties?: Record<string, string> };
  /** Epoch ms of the first visit. @defaultValue 2026-03-02T08:00:00Z */
  from?: number;
}

function pick<T>(items: readonly T[], weights: readonly number[], r: number): T {
  const total = weights.reduce((a, b) => a + b, 0);
  let x = r * total;
  for (let i = 0; i < items.length; i++) {
    x -= weights[i] as number;
    if (x < 0) return items[i] as T;
  }
  return items[items.length - 1] as T;
}

/**
 * Customers walking the flow of `map`: each starts at a start, follows an edge by its
 * share (equal shares where none are given; skip edges not taken), leaves with the
 * `quit` probability or where no edge goes on, and writes one event per touchpoint 1–10
 * minutes after the last, plus an unmatched `page_view` now and then.
 */
export function simulateEventLog(map: JourneyMap, options: SimulateEventLogOptions): EventRow[] {
  const random = seeded(options.seed);
  const flow = flowGraph(map);
  const out = new Map<string, FlowEdge[]>();
  for (const e of flow.edges) if (e.kind !== "skip") out.set(e.from, [...(out.get(e.from) ?? []), e]);
  const starts = flow.starts;
  const startWeights = starts.map((id) => options.starts?.[id] ?? 1);
  const rows: EventRow[] = [];
  let time = options.from ?? Date.UTC(2026, 2, 2, 8);
  for (let c = 1; c <= options.cases; c++) {
    const caseId = `customer-${c}`;
    const segment = random() < 0.5 ? "regular" : "newcomer";
    time += Math.floor(random() * 20) * 60_000;
    let at = time;
    let current: string | undefined = pick(starts, startWeights, random());
    while (current !== undefined) {
      const emitted = options.emit?.(current) ?? { event: current };
      rows.push({ caseId, ...emitted, time: new Date(at).toISOString().replace(".000Z", "Z"), segment });
      if (random() < 0.1) rows.push({ caseId, event: "page_view", url: "/menu", time: new Date(at + 30_000).toISOString().replace(".000Z", "Z"), segment });
      at += (1 + Math.floor(random() * 10)) * 60_000;
      const edges: FlowEdge[] = out.get(current) ?? [];
      if (edges.length === 0 || random() < (options.quit?.[current] ?? 0)) break;
      current = pick(
        edges,
        edges.map((e) => e.share ?? 1),
        random(),
      ).to;
    }
  }
  return rows;
}

const csvField = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

/** The rows as CSV with the columns `customer_id,event,timestamp,url,segment,source`. */
export function eventLogCsv(rows: readonly EventRow[]): string {
  const lines = rows.map((r) => [r.caseId, r.event, String(r.time), r.url ?? "", r.segment ?? "", String(r.properties?.source ?? "")].map(csvField).join(","));
  return `customer_id,event,timestamp,url,segment,source\n${lines.join("\n")}\n`;
}

/** The coffee-shop log: {@link simulateEventLog} on {@link coffeeShopMeasuredMap}. */
export function coffeeShopEventLog(cases: number, seed: number): EventRow[] {
  return simulateEventLog(coffeeShopMeasuredMap(), {
    cases,
    seed,
    starts: { "tp-instagram-ad": 0.6, "tp-friend-tip": 0.4 },
    quit: COFFEE_SHOP_QUIT,
    emit: (id) => COFFEE_SHOP_FLOW[id]?.emit ?? { event: id },
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const arg = (name: string, fallback: number) => {
    const at = process.argv.indexOf(`--${name}`);
    return at === -1 ? fallback : Number(process.argv[at + 1]);
  };
  process.stdout.write(eventLogCsv(coffeeShopEventLog(arg("cases", 300), arg("seed", 1))));
}
