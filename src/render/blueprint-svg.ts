import { formatNumber as n } from "../analysis/format";
import type { LayoutBlueprint } from "../layout/blueprint/types";
import type { StringSink } from "../layout/string-sink";
import { escapeText as esc } from "./escape";
import type { Theme } from "./theme";

/**
 * Writes the lines of a service blueprint: each `<g class="jk-blueprint-line" data-kind
 * data-lane>` with its `<path>` (solid, dashed or dotted by `stroke-dasharray`) and its
 * name as a `<text class="jk-line-label">`. Drawn under the boxes.
 */
export function blueprintLinesSvg(out: StringSink, blueprint: LayoutBlueprint, theme: Theme): void {
  for (const line of blueprint.lines) {
    const dash = line.dash.length ? ` stroke-dasharray="${line.dash.map(n).join(" ")}"` : "";
    const { label } = line;
    out.push(
      `<g class="jk-blueprint-line" data-kind="${line.kind}" data-lane="${esc(line.laneId)}"><path d="M${n(line.x1)} ${n(line.y)}H${n(line.x2)}" fill="none" stroke="${theme.text}" stroke-width="1.5"${dash}/><text class="jk-line-label" x="${n(label.x)}" y="${n(label.y)}" font-size="${n(label.font.size)}" fill="${theme.mutedText}">${esc(label.text)}</text></g>`,
    );
  }
}

/**
 * Writes the dependency arrows (`<g class="jk-arrow" data-from data-to data-mutual>` with
 * the route as `<path class="jk-arrow-line">` and its heads, one or two filled triangles,
 * as `<path class="jk-arrowhead">`) and the badges (`<g class="jk-badge" data-kind data-id>`: a
 * triangle for a fail point, a circle for a wait, each with a `!` and a `<title>` that
 * says why). Drawn over the boxes.
 */
export function blueprintMarksSvg(out: StringSink, blueprint: LayoutBlueprint, theme: Theme): void {
  if (blueprint.arrows.length > 0) {
    out.push(`<g class="jk-arrows" fill="none" stroke="${theme.text}" stroke-width="1.25">`);
    for (const a of blueprint.arrows) {
      const d = a.points.map((p, i) => `${i === 0 ? "M" : "L"}${n(p.x)} ${n(p.y)}`).join("");
      let heads = "";
      for (const h of a.heads) heads += h.map((p, i) => `${i === 0 ? "M" : "L"}${n(p.x)} ${n(p.y)}`).join("") + "Z";
      out.push(
        `<g class="jk-arrow" data-from="${esc(a.fromStepId)}" data-to="${esc(a.toStepId)}" data-mutual="${a.mutual}"><path class="jk-arrow-line" d="${d}"/><path class="jk-arrowhead" d="${heads}" fill="${theme.text}" stroke="none"/></g>`,
      );
    }
    out.push("</g>");
  }
  for (const b of blueprint.badges) {
    const { x, y, r } = b;
    const shape =
      b.kind === "fail-point"
        ? `<path d="M${n(x)} ${n(y - r)}L${n(x + 0.866 * r)} ${n(y + 0.5 * r)}H${n(x - 0.866 * r)}Z" fill="${theme.painFill}" stroke="${theme.text}" stroke-width="1"/>`
        : `<circle cx="${n(x)}" cy="${n(y)}" r="${n(r)}" fill="${theme.momentFill}" stroke="${theme.text}" stroke-width="1"/>`;
    const size = b.kind === "fail-point" ? r * 1.1 : r * 1.4;
    const baseline = b.kind === "fail-point" ? y + 0.4 * size : y + 0.36 * size;
    out.push(
      `<g class="jk-badge" data-kind="${b.kind}" data-id="${esc(b.entityId)}" data-lane="${esc(b.laneId)}"><title>${esc(b.title)}</title>${shape}<text x="${n(x)}" y="${n(baseline)}" font-size="${n(size)}" font-weight="bold" text-anchor="middle">!</text></g>`,
    );
  }
}
