import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { BUILT_IN_LANES, CUSTOM_LANE_MODULE, DEFAULT_LANES, LANE_CELL_FILLS, LANE_MODULES } from "../../../src/layout/lanes/index";
import type { LaneModule } from "../../../src/layout/lanes/lane";
import { layoutJourneyMap } from "../../../src/layout/layout-journey-map";
import { THEME_COLOR_TOKENS } from "../../../src/render/theme";
import { exampleMap, smallMap } from "../fixtures";

/** The lane table of docs/rendering.md: the ids in the first column of each row, and whether the row says "not shown by default". */
function docsLaneTable(): { ids: string[]; hidden: string[] } {
  const docs = readFileSync(join(import.meta.dirname, "../../../docs/rendering.md"), "utf8");
  const section = docs.slice(docs.indexOf("## Lanes"), docs.indexOf("\n## ", docs.indexOf("## Lanes") + 1));
  const rows = section.split("\n").filter((l) => l.startsWith("| `"));
  const ids: string[] = [];
  const hidden: string[] = [];
  for (const row of rows) {
    const [first = "", shows = ""] = row.split("|").slice(1);
    const inRow = [...first.matchAll(/`([^`]+)`/g)].map((m) => m[1] as string);
    ids.push(...inRow);
    if (shows.includes("not shown by default")) hidden.push(...inRow);
  }
  return { ids, hidden };
}

describe("the lane registry", () => {
  it("is the source of the lane ids, labels and defaults", () => {
    expect(Object.keys(BUILT_IN_LANES)).toEqual(LANE_MODULES.map((l) => l.id));
    expect(Object.values(BUILT_IN_LANES)).toEqual(LANE_MODULES.map((l) => l.label));
    expect([...DEFAULT_LANES]).toEqual(LANE_MODULES.filter((l) => l.default).map((l) => l.id));
    expect(layoutJourneyMap(smallMap).lanes.map((l) => l.id)).toEqual([...DEFAULT_LANES]);
  });

  it("gives every lane either items or a layout of its own, and fills every kind of box it draws with a theme token", () => {
    for (const lane of [...LANE_MODULES, CUSTOM_LANE_MODULE] as LaneModule[]) {
      expect(typeof (lane.items ?? lane.draw), lane.id).toBe("function");
      expect(Object.keys(lane.cells).length, lane.id).toBeGreaterThan(0);
      for (const fill of Object.values(lane.cells)) expect(THEME_COLOR_TOKENS, lane.id).toContain(fill);
    }
    // Every box a layout holds has a declared fill.
    const map = exampleMap("coffee-shop");
    const layout = layoutJourneyMap(map, { lanes: [...Object.keys(BUILT_IN_LANES), ...map.lanes.map((l) => l.id)] });
    const kinds = new Set([...layout.cells, ...(layout.emotion?.cells ?? [])].map((c) => c.kind));
    for (const kind of kinds) expect(Object.keys(LANE_CELL_FILLS)).toContain(kind);
  });

  it("matches the lane table of docs/rendering.md", () => {
    const { ids, hidden } = docsLaneTable();
    expect(ids.filter((id) => id !== "a custom lane's id")).toEqual(Object.keys(BUILT_IN_LANES));
    expect(hidden.filter((id) => id !== "a custom lane's id")).toEqual(LANE_MODULES.filter((l) => !l.default).map((l) => l.id));
  });

  it("takes a new lane as one module and one registry line: layout, options, fills and CLI help follow", async () => {
    const quotes: LaneModule<"quotes", "quote"> = {
      id: "quotes",
      label: "Quotes",
      default: true,
      cells: { quote: "momentFill" },
      items({ map, plan, fonts }, sink) {
        plan.touchpointOf.forEach((t, column) => {
          const tp = t === undefined ? undefined : map.touchpoints[t];
          if (!tp?.description) return;
          sink.col(column, "quote", tp.id);
          sink.text(tp.description, fonts.body);
        });
      },
    };
    vi.resetModules();
    vi.doMock("../../../src/layout/lanes/registry", async (importOriginal) => {
      const actual = await importOriginal<typeof import("../../../src/layout/lanes/registry")>();
      return { ...actual, LANE_MODULES: [...actual.LANE_MODULES, quotes] };
    });
    try {
      const lanes = await import("../../../src/layout/lanes/index");
      const { layoutJourneyMap: layout } = await import("../../../src/layout/layout-journey-map");
      const { renderJourneyMapSvg } = await import("../../../src/render/render-journey-map-svg");
      const { THEMES } = await import("../../../src/render/themes");
      const { renderCommand } = await import("../../../src/cli/commands/render");
      expect(lanes.BUILT_IN_LANES).toMatchObject({ quotes: "Quotes" });
      expect(lanes.DEFAULT_LANES.at(-1)).toBe("quotes");
      const map = exampleMap("coffee-shop");
      const described = map.touchpoints.filter((tp) => tp.description);
      expect(described.length).toBeGreaterThan(0);
      const shown = layout(map);
      expect(shown.lanes.at(-1)).toMatchObject({ id: "quotes", name: "Quotes", custom: false });
      expect(shown.cells.filter((c) => c.laneId === "quotes").map((c) => c.entityId)).toEqual(described.map((tp) => tp.id));
      const svg = renderJourneyMapSvg(map, { lanes: ["touchpoints", "quotes"] });
      const box = new RegExp(`data-lane="quotes"><rect class="jk-box"[^>]*fill="${THEMES.light.momentFill}"`);
      expect(svg).toMatch(box);
      expect(renderCommand.help).toMatch(new RegExp(`${lanes.LANE_MODULES.at(-2)?.id}, quotes,\\s+or\\s+a`));
      expect(() => layout(map, { lanes: ["quotse"] })).toThrow('invalid lanes: unknown lane "quotse"; did you mean "quotes"?');
    } finally {
      vi.doUnmock("../../../src/layout/lanes/registry");
      vi.resetModules();
    }
  });
});
