/**
 * Measured journeys: say how the coffee-shop touchpoints show up in an event log (with
 * ordinary, undoable operations), read the log made by scripts/generate-event-log.ts, see
 * what customers actually did, and record the result in the map.
 * Run with `npx tsx examples/measure-events.ts`.
 */
import { createReadStream, readFileSync } from "node:fs";
import { type Operation, analyticsToOperations, analyzeEvents, applyOperations, flowGraph, parseJourneyMap, readEventsCsv } from "journeykit";

const map = parseJourneyMap(JSON.parse(readFileSync(new URL("./coffee-shop.json", import.meta.url), "utf8")));

// How each touchpoint flows on and shows up in the log (the same table the script walks).
const design: Record<
  string,
  { observe: { event?: string; url?: string; where?: Record<string, string> }[]; next?: { touchpointId: string; share?: number; label?: string }[]; terminal?: boolean }
> = {
  "tp-instagram-ad": { observe: [{ event: "ad.click", where: { source: "instagram" } }], next: [{ touchpointId: "tp-maps-listing" }] },
  "tp-friend-tip": { observe: [{ event: "referral.open" }], next: [{ touchpointId: "tp-finding-shop" }] },
  "tp-maps-listing": { observe: [{ url: "/places/:id" }] },
  "tp-finding-shop": { observe: [{ event: "store.arrive" }] },
  "tp-queue": { observe: [{ event: "queue.join" }] },
  "tp-ordering": { observe: [{ event: "order.*" }] },
  "tp-payment": {
    observe: [{ event: "payment.success" }],
    next: [
      { touchpointId: "tp-barista", label: "chats", share: 0.4 },
      { touchpointId: "tp-pickup", label: "waits", share: 0.6 },
    ],
  },
  "tp-barista": { observe: [{ event: "staff.chat" }], next: [{ touchpointId: "tp-pickup" }] },
  "tp-pickup": {
    observe: [{ event: "pickup.done" }],
    next: [
      { touchpointId: "tp-coffee", label: "to go", share: 0.5 },
      { touchpointId: "tp-seating", label: "stays", share: 0.5 },
    ],
  },
  "tp-coffee": { observe: [{ event: "drink.start" }], next: [{ touchpointId: "tp-loyalty-card" }] },
  "tp-seating": { observe: [{ event: "wifi.connect" }] },
  "tp-loyalty-card": {
    observe: [{ event: "loyalty.card.issued" }],
    next: [
      { touchpointId: "tp-coming-back", share: 0.6 },
      { touchpointId: "tp-loyalty-app", share: 0.4 },
    ],
    terminal: true,
  },
  "tp-coming-back": { observe: [{ event: "visit.return" }], next: [{ touchpointId: "tp-recommending" }] },
  "tp-loyalty-app": { observe: [{ url: "/app/*" }] },
  "tp-recommending": { observe: [{ event: "referral.send" }] },
};
const edits: Operation[] = Object.entries(design).map(([id, changes]) => ({ type: "updateTouchpoint", id, changes }));
const designed = applyOperations(map, edits);
if (!designed.ok) throw new Error(designed.issue.message);
console.log(`flow: ${flowGraph(designed.map).edges.length} edges, starts ${flowGraph(designed.map).starts.join(", ")}`);

// Stream the log from the file: rows are read, matched and counted as they arrive.
const log = createReadStream(new URL("./coffee-shop-events.csv", import.meta.url));
const analytics = await analyzeEvents(designed.map, readEventsCsv(log, { columns: { case: "customer_id", event: "event", time: "timestamp" } }), { segmentBy: "segment" });

console.log(`${analytics.cases} customers, ${analytics.matchedEvents} of ${analytics.events} events matched, ${analytics.rejectedCount} rejected`);
for (const stage of analytics.stages) {
  const name = designed.map.stages.find((s) => s.id === stage.stageId)?.name;
  console.log(`  ${name}: ${stage.entered} entered, ${stage.dropOff ?? "-"} dropped off, median ${stage.medianMinutes ?? "-"} min to the next stage`);
}
const paid = analytics.transitions.filter((t) => t.from === "tp-payment");
const total = paid.reduce((sum, t) => sum + t.count, 0);
for (const t of paid) console.log(`  payment → ${t.to}: ${((100 * t.count) / total).toFixed(0)}% (designed ${t.designed})`);
console.log(`fitness ${analytics.conformance.fitness?.toFixed(2)}; most common unmatched event: ${analytics.unmatched[0]?.event}`);

// Record the measurement in the map: an analytics evidence entry and metrics, undoable.
const measured = applyOperations(designed.map, analyticsToOperations(designed.map, analytics, { asOf: "2026-03-31" }));
if (!measured.ok) throw new Error(measured.issue.message);
console.log(measured.map.stages.map((s) => `${s.name}: ${s.metrics.map((m) => `${m.name} ${m.value}`).join(", ")}`).join("\n"));
