import { describe, expect, it } from "vitest";
import { DEFAULT_LANES } from "../../src/layout/lanes";
import { layoutJourneyMap } from "../../src/layout/layout-journey-map";
import type { JourneyLayout, LayoutCell } from "../../src/layout/types";
import { createJourneyMap } from "../../src/model/create-journey-map";
import type { JourneyMapInput } from "../../src/model/journey-map";
import { parseJourneyMap } from "../../src/validate/safe-parse-journey-map";
import { generateJourneyMap } from "../support/generate-map";
import { layoutProblems } from "./check-layout";
import { exampleMap, smallMap, smallMapInput } from "./fixtures";

const cellsOf = (layout: JourneyLayout, laneId: string) => layout.cells.filter((c) => c.laneId === laneId);
const cellOf = (layout: JourneyLayout, laneId: string, entityId: string) => layout.cells.find((c) => c.laneId === laneId && c.entityId === entityId) as LayoutCell;
const columnOf = (layout: JourneyLayout, touchpointId: string) => layout.columns.find((c) => c.touchpointId === touchpointId)!;
const lane = (layout: JourneyLayout, id: string) => layout.lanes.find((l) => l.id === id)!;
const text = (cell: LayoutCell) => cell.lines.map((l) => l.text).join(" ");

describe("layoutJourneyMap", () => {
  it("lays out the default lanes in order, with the label of each", () => {
    const layout = layoutJourneyMap(smallMap);
    expect(layout.lanes.map((l) => l.id)).toEqual([...DEFAULT_LANES]);
    expect(layout.lanes.map((l) => text(l.label))).toEqual(["Stages", "Touchpoints", "Actions", "Thoughts", "Feelings", "Emotion", "Pain points", "Opportunities", "Owners"]);
    for (let i = 1; i < layout.lanes.length; i++) {
      const prev = layout.lanes[i - 1]!;
      expect(layout.lanes[i]!.y).toBeCloseTo(prev.y + prev.height, 2);
    }
    expect(layoutProblems(layout)).toEqual([]);
  });

  it("is plain data: JSON round-trips it", () => {
    const layout = layoutJourneyMap(exampleMap("coffee-shop"));
    expect(JSON.parse(JSON.stringify(layout))).toEqual(layout);
  });

  it("is deterministic", () => {
    expect(JSON.stringify(layoutJourneyMap(smallMap))).toBe(JSON.stringify(layoutJourneyMap(parseJourneyMap(smallMapInput))));
  });

  it("makes a column per touchpoint, stage by stage, and keeps one for an empty stage", () => {
    const layout = layoutJourneyMap(smallMap);
    expect(layout.columns.map((c) => c.touchpointId ?? `${c.kind}:${c.stageId ?? ""}`)).toEqual(["tp-email", "tp-form", "tp-desk", "tp-card", "empty-stage:s-empty", "journey:"]);
    for (let i = 1; i < layout.columns.length; i++) {
      const a = layout.columns[i - 1]!;
      expect(layout.columns[i]!.x).toBeGreaterThan(a.x + a.width);
    }
    const empty = layout.stages.find((s) => s.stageId === "s-empty")!;
    expect(empty.width).toBeGreaterThanOrEqual(140);
    expect(cellOf(layout, "stages", "s-empty").width).toBe(empty.width);
  });

  it("spans a stage header over the columns of its touchpoints", () => {
    const layout = layoutJourneyMap(smallMap);
    const header = cellOf(layout, "stages", "s-renew");
    const first = columnOf(layout, "tp-form");
    const last = columnOf(layout, "tp-card");
    expect(header.x).toBe(first.x);
    expect(header.x + header.width).toBe(last.x + last.width);
  });

  it("shows a touchpoint's channel under its name, muted", () => {
    const cell = cellOf(layoutJourneyMap(smallMap), "touchpoints", "tp-email");
    expect(cell.lines.map((l) => [l.text, l.muted ?? false])).toEqual([
      ["Reminder email", false],
      ["Email", true],
    ]);
  });

  it("grows every row to fit its tallest cell", () => {
    const short = layoutJourneyMap(smallMap);
    const long = layoutJourneyMap(
      parseJourneyMap({
        ...smallMapInput,
        touchpoints: smallMapInput.touchpoints!.map((t) => (t.id === "tp-desk" ? { ...t, actions: ["word ".repeat(80), "another action"] } : t)),
      }),
    );
    expect(lane(long, "actions").height).toBeGreaterThan(lane(short, "actions").height + 50);
    const tallest = Math.max(...cellsOf(long, "actions").map((c) => c.y + c.height));
    expect(lane(long, "actions").y + lane(long, "actions").height).toBeGreaterThanOrEqual(tallest);
    expect(layoutProblems(long)).toEqual([]);
  });

  it("stacks several items of one cell vertically, each in its own box", () => {
    const layout = layoutJourneyMap(smallMap);
    const actions = cellsOf(layout, "actions").filter((c) => c.entityId === "tp-form");
    expect(actions.map(text)).toEqual(["Fills in the form", "Uploads a photo"]);
    expect(actions[1]!.x).toBe(actions[0]!.x);
    expect(actions[1]!.y).toBeGreaterThanOrEqual(actions[0]!.y + actions[0]!.height);
  });

  it("places pain points and opportunities by the touchpoints they name, their stage, or the journey column", () => {
    const layout = layoutJourneyMap(smallMap);
    // Several touchpoints: the leftmost column among them.
    expect(cellOf(layout, "painPoints", "pp-upload").x).toBe(columnOf(layout, "tp-form").x);
    // A stage only: across the stage, above the column items.
    const renew = layout.stages.find((s) => s.stageId === "s-renew")!;
    const across = cellOf(layout, "painPoints", "pp-renew");
    expect([across.x, across.width]).toEqual([renew.x, renew.width]);
    expect(across.y).toBeLessThan(cellOf(layout, "painPoints", "pp-upload").y);
    // Neither: the trailing journey column, which has a header.
    const journey = layout.columns.at(-1)!;
    expect(cellOf(layout, "painPoints", "pp-anywhere").x).toBe(journey.x);
    expect(text(cellOf(layout, "stages", "map-small"))).toBe("Across the journey");
    // Opportunities follow their first pain point.
    expect(cellOf(layout, "opportunities", "opp-check").x).toBe(columnOf(layout, "tp-form").x);
    expect(cellOf(layout, "opportunities", "opp-fee").width).toBe(renew.width);
    expect(cellOf(layout, "opportunities", "opp-loose").x).toBe(journey.x);
    expect(layoutProblems(layout)).toEqual([]);
  });

  it("stacks the items of a column in document order, whatever order the columns come in", () => {
    // Pain points listed right to left: the journey column first, then tp-card, tp-email, tp-card.
    const painPoints = [
      { id: "pp-z", title: "Opening hours unclear", severity: 3 },
      { id: "pp-c1", title: "Card arrives late", touchpointIds: ["tp-card"], severity: 2 },
      { id: "pp-e", title: "Reminder lands in spam", touchpointIds: ["tp-email"], severity: 2 },
      { id: "pp-c2", title: "Card has a typo", touchpointIds: ["tp-card"], severity: 4 },
    ];
    const layout = layoutJourneyMap(parseJourneyMap({ ...smallMapInput, painPoints, opportunities: [] }), { lanes: ["touchpoints", "painPoints"] });
    const pain = cellsOf(layout, "painPoints");
    // Cells are listed column by column, left to right, each column top to bottom.
    expect(pain.map((c) => c.entityId)).toEqual(["pp-e", "pp-c1", "pp-c2", "pp-z"]);
    const [email, c1, c2, z] = pain as [LayoutCell, LayoutCell, LayoutCell, LayoutCell];
    expect(email.x).toBe(columnOf(layout, "tp-email").x);
    expect([c1.x, c2.x]).toEqual([columnOf(layout, "tp-card").x, columnOf(layout, "tp-card").x]);
    expect(c2.y).toBeGreaterThanOrEqual(c1.y + c1.height);
    expect(z.x).toBe(layout.columns.at(-1)!.x);
    // The first item of every column starts at the same height.
    expect(new Set([email.y, c1.y, z.y]).size).toBe(1);
    expect(layoutProblems(layout)).toEqual([]);
  });

  it("adds no journey column when nothing needs it", () => {
    const layout = layoutJourneyMap(smallMap, { lanes: ["stages", "touchpoints"] });
    expect(layout.columns.some((c) => c.kind === "journey")).toBe(false);
  });

  it("describes pain points and opportunities in words, not only colour", () => {
    const layout = layoutJourneyMap(smallMap);
    expect(text(cellOf(layout, "painPoints", "pp-upload"))).toContain("Severity 4/5");
    expect(text(cellOf(layout, "painPoints", "pp-upload"))).toContain("30% of customers");
    expect(text(cellOf(layout, "opportunities", "opp-fee"))).toContain("Impact 2/5 · effort 1/5 · planned");
  });

  it("shows the lanes chosen, in the order chosen, custom lanes by id", () => {
    const layout = layoutJourneyMap(smallMap, { lanes: ["lane-systems", "emotion", "owners", "metrics", "evidence"] });
    expect(layout.lanes.map((l) => [l.id, l.custom, l.name])).toEqual([
      ["lane-systems", true, "Systems"],
      ["emotion", false, "Emotion"],
      ["owners", false, "Owners"],
      ["metrics", false, "Metrics"],
      ["evidence", false, "Evidence"],
    ]);
    expect(cellsOf(layout, "lane-systems").map((c) => [c.entityId, text(c)])).toEqual([
      ["tp-email", "Mailer"],
      ["tp-email", "Member database"],
    ]);
    expect(cellsOf(layout, "owners").map((c) => c.entityId)).toEqual(["team-desk"]);
    expect(layout.lanes[0]!.y).toBeLessThan(layout.lanes[1]!.y);
  });

  it("shows metrics of stages across them and of touchpoints in their column, and evidence by title", () => {
    const map = exampleMap("saas-onboarding");
    const layout = layoutJourneyMap(map, { lanes: ["metrics", "evidence"] });
    const withMetrics = map.stages.find((s) => s.metrics.length)!;
    const stageCell = cellOf(layout, "metrics", withMetrics.id);
    expect(stageCell.width).toBe(layout.stages.find((s) => s.stageId === withMetrics.id)!.width);
    expect(text(stageCell)).toContain(withMetrics.metrics[0]!.name);
    const cited = map.touchpoints.find((t) => t.evidenceIds.length)!;
    const evidence = map.evidence.find((e) => e.id === cited.evidenceIds[0])!;
    const cell = cellOf(layout, "evidence", evidence.id);
    expect(text(cell)).toContain(evidence.kind);
    expect(layoutProblems(layout)).toEqual([]);
  });

  it("lays out a map without touchpoints, and one without stages", () => {
    const empty = layoutJourneyMap(createJourneyMap({ title: "Empty" }));
    expect(empty.columns).toHaveLength(5);
    expect(empty.columns.every((c) => c.kind === "empty-stage")).toBe(true);
    // "auto" leaves out the empty lanes; a list shows them.
    expect(empty.lanes.map((l) => l.id)).toEqual(["stages", "touchpoints"]);
    expect(empty.emotion).toBeUndefined();
    const listed = layoutJourneyMap(createJourneyMap({ title: "Empty" }), { lanes: ["stages", "emotion", "actions"] });
    expect(listed.lanes.map((l) => l.id)).toEqual(["stages", "emotion", "actions"]);
    expect(listed.emotion?.series.map((s) => s.path)).toEqual([""]);
    expect(layoutProblems(empty)).toEqual([]);
    const bare = layoutJourneyMap(parseJourneyMap({ schemaVersion: 1, id: "m", title: "Nothing" }));
    expect(bare.columns).toEqual([]);
    expect(bare.width).toBeGreaterThan(0);
    expect(layoutProblems(bare)).toEqual([]);
  });

  it("keeps a stage of 200 touchpoints readable: a full-width column each, nothing overlapping", () => {
    const map = generateJourneyMap({ touchpoints: 200, stages: 1 });
    const layout = layoutJourneyMap(map);
    const columns = layout.columns.filter((c) => c.kind === "touchpoint");
    expect(columns).toHaveLength(200);
    expect(Math.min(...columns.map((c) => c.width))).toBeGreaterThanOrEqual(140);
    expect(layout.stages[0]!.width).toBeGreaterThan(200 * 140);
    expect(layoutProblems(layout)).toEqual([]);
  });

  it("truncates with maxLines and keeps the full text", () => {
    const long = "A very long pain point title that keeps going and going across many lines of a narrow column";
    const map = parseJourneyMap({ ...smallMapInput, painPoints: [...smallMapInput.painPoints!, { id: "pp-long", title: long, touchpointIds: ["tp-form"], severity: 3 }] });
    const cell = cellOf(layoutJourneyMap(map, { maxLines: 1, columnWidth: { min: 140, max: 140 } }), "painPoints", "pp-long");
    expect(cell.lines[0]!.text.endsWith("…")).toBe(true);
    expect(cell.fullText).toBe(`${long}\nSeverity 3/5 (moderate)`);
    expect(cellOf(layoutJourneyMap(map), "painPoints", "pp-long").fullText).toBeUndefined();
  });

  it("breaks lines at every kind of line break in the text, the next-line control (NEL) too", () => {
    const touchpoints = smallMapInput.touchpoints!.map((t) => (t.id === "tp-form" ? { ...t, actions: ["Order\u0085Pay", "Wait\r\nSit\u2028Drink"] } : t));
    const layout = layoutJourneyMap(parseJourneyMap({ ...smallMapInput, touchpoints }), { lanes: ["actions"] });
    const lines = cellsOf(layout, "actions")
      .filter((c) => c.entityId === "tp-form")
      .map((c) => c.lines.map((l) => l.text));
    expect(lines).toEqual([
      ["Order", "Pay"],
      ["Wait", "Sit", "Drink"],
    ]);
  });

  it("uses the measureText it is given", () => {
    const wide = layoutJourneyMap(smallMap, { measureText: (t, f) => t.length * f.size * 2 });
    const normal = layoutJourneyMap(smallMap);
    expect(cellOf(wide, "touchpoints", "tp-email").lines.length).toBeGreaterThan(cellOf(normal, "touchpoints", "tp-email").lines.length);
    expect(layoutProblems(wide, (t, f) => t.length * f.size * 2)).toEqual([]);
  });

  it("sizes text by fontSizes and boxes by padding", () => {
    const layout = layoutJourneyMap(smallMap, { fontSizes: { body: 16 }, padding: 12 });
    const cell = cellOf(layout, "actions", "tp-email");
    expect(cell.lines[0]!.font.size).toBe(16);
    expect(cell.lines[0]!.x - cell.x).toBe(12);
    expect(layoutProblems(layout)).toEqual([]);
  });

  it("draws the title unless told not to", () => {
    expect(layoutJourneyMap(smallMap).title?.lines.map((l) => l.text)).toEqual(["Renewing a library card"]);
    const untitled = layoutJourneyMap(smallMap, { title: false });
    expect(untitled.title).toBeUndefined();
    expect(untitled.lanes[0]!.y).toBe(16);
  });

  it("summarises the journey for a text description", () => {
    expect(layoutJourneyMap(smallMap).summary).toEqual({
      title: "Renewing a library card",
      stageNames: ["Notice", "Renew", "Borrow again"],
      touchpointCount: 4,
      painPointCount: 3,
      opportunityCount: 3,
      lowest: { touchpointId: "tp-form", name: "Online form", emotion: 1 },
      highest: { touchpointId: "tp-card", name: "New card", emotion: 5 },
    });
  });

  it("sanitises text: characters XML cannot hold never reach a line", () => {
    const input: JourneyMapInput = { ...smallMapInput, title: "Bad\u0000 title \ud800" };
    const layout = layoutJourneyMap(parseJourneyMap(input));
    expect(layout.title?.lines.map((l) => l.text).join(" ")).toBe("Bad title");
    expect(layout.summary.title).not.toMatch(/[\u0000\ud800]/);
  });
});
