import { describe, expect, it } from "vitest";
import { layoutJourneyMap } from "../../src/layout/layout-journey-map";
import { renderSvg } from "../../src/render/render-svg";
import { THEMES } from "../../src/render/themes";
import { parseJourneyMap } from "../../src/validate/safe-parse-journey-map";
import { usePage } from "./use-page";

const page = usePage();

/** A map whose personas all felt exactly the same: their curves lie on top of each other. */
function sameFeelings(personas: number) {
  const ids = Array.from({ length: personas }, (_, i) => `p${i}`);
  return parseJourneyMap({
    schemaVersion: 1,
    id: "m",
    title: "Same",
    personas: ids.map((id) => ({ id, name: id })),
    stages: [{ id: "s", name: "Stage" }],
    touchpoints: [1, 4, 2, 5, 3].map((e, i) => ({ id: `t${i}`, stageId: "s", name: `T${i}`, personaEmotions: ids.map((personaId) => ({ personaId, emotion: e })) })),
  });
}

/**
 * Runs in the page: draws the SVG on a canvas and counts, per colour, the pixels of that
 * colour in the plot, away from the points (whose fill would count without any line).
 */
async function countColours(svg: string, colours: string[], plot: { x: number; y: number; width: number; height: number }, pointXs: number[]): Promise<number[]> {
  return page().evaluate(
    async ({ svg, colours, plot, pointXs }) => {
      const img = new Image();
      img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
      await img.decode();
      const canvas = document.createElement("canvas");
      canvas.width = img.naturalWidth;
      canvas.height = img.naturalHeight;
      const ctx = canvas.getContext("2d")!;
      ctx.drawImage(img, 0, 0);
      const data = ctx.getImageData(plot.x, plot.y - 12, plot.width, plot.height + 24).data;
      const rgb = colours.map((c) => [1, 3, 5].map((i) => Number.parseInt(c.slice(i, i + 2), 16)));
      const counts = colours.map(() => 0);
      for (let i = 0; i < data.length; i += 4) {
        const x = plot.x + ((i / 4) % plot.width);
        if (pointXs.some((p) => Math.abs(p - x) < 10)) continue;
        rgb.forEach((c, k) => {
          if (Math.abs(data[i]! - c[0]!) + Math.abs(data[i + 1]! - c[1]!) + Math.abs(data[i + 2]! - c[2]!) < 30) counts[k]!++;
        });
      }
      return counts;
    },
    { svg, colours, plot, pointXs },
  );
}

describe("emotion curves in Chromium", () => {
  it.each([2, 3, 5])("%i personas with the same emotions: every persona's line shows, in every theme", async (personas) => {
    const layout = layoutJourneyMap(sameFeelings(personas), { lanes: ["stages", "touchpoints", "emotion"] });
    const e = layout.emotion!;
    const pointXs = e.series[0]!.points.map((p) => p.x);
    for (const [name, theme] of Object.entries(THEMES)) {
      const colours = theme.curves.slice(0, personas);
      const counts = await countColours(renderSvg(layout, { theme: name as keyof typeof THEMES }), colours, e.plot, pointXs);
      // Each line runs some 400 px between the points; at least a tenth of it must show.
      for (const [k, count] of counts.entries()) expect(count, `${name}: persona ${k} of ${personas}`).toBeGreaterThan(40);
    }
  });
});
