/** What the browser found wrong with one rendered SVG. */
export interface PageReport {
  parseError: boolean;
  cells: number;
  lines: number;
  clipped: string[];
  overlaps: string[];
  outside: string[];
  active: string[];
}

/**
 * Runs in the page: parses the SVG as XML, puts it in the document and checks it with the
 * browser's own geometry. Every text line must lie inside its cell's box (0.5 px
 * tolerance), no two boxes of one lane may overlap (touching is fine), nothing may stick
 * out of the SVG, and nothing active (script, event attribute, foreignObject, external
 * reference) may be present. Passed to `page.evaluate`, so it must not close over anything.
 */
export function checkSvgInPage(svgText: string): PageReport {
  const report: PageReport = { parseError: false, cells: 0, lines: 0, clipped: [], overlaps: [], outside: [], active: [] };
  const doc = new DOMParser().parseFromString(svgText, "image/svg+xml");
  if (doc.getElementsByTagName("parsererror").length > 0) {
    report.parseError = true;
    return report;
  }
  const svg = document.importNode(doc.documentElement, true) as unknown as SVGSVGElement;
  const host = document.getElementById("host")!;
  host.replaceChildren(svg);
  const tol = 0.5;
  const frame = svg.getBoundingClientRect();
  const describe = (el: Element) => `${el.closest("[data-id]")?.getAttribute("data-id") ?? "?"}/${el.closest("[data-lane]")?.getAttribute("data-lane") ?? "?"}`;
  const byLane = new Map<string, { box: DOMRect; id: string }[]>();
  for (const cell of Array.from(svg.querySelectorAll("g.jk-cell"))) {
    report.cells++;
    const rectEl = cell.querySelector("rect.jk-box");
    if (!rectEl) {
      report.clipped.push(`${describe(cell)}: no box`);
      continue;
    }
    const box = rectEl.getBoundingClientRect();
    const lane = cell.getAttribute("data-lane") ?? "?";
    if (!byLane.has(lane)) byLane.set(lane, []);
    byLane.get(lane)!.push({ box, id: describe(cell) });
    for (const line of Array.from(cell.querySelectorAll("text.jk-line"))) {
      report.lines++;
      const r = line.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      if (r.left < box.left - tol || r.right > box.right + tol || r.top < box.top - tol || r.bottom > box.bottom + tol) {
        report.clipped.push(
          `${describe(cell)}: "${(line.textContent ?? "").slice(0, 30)}" text [${r.left.toFixed(1)},${r.top.toFixed(1)},${r.right.toFixed(1)},${r.bottom.toFixed(1)}] box [${box.left.toFixed(1)},${box.top.toFixed(1)},${box.right.toFixed(1)},${box.bottom.toFixed(1)}]`,
        );
      }
    }
  }
  for (const [lane, boxes] of byLane) {
    boxes.sort((a, b) => a.box.left - b.box.left);
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length && boxes[j]!.box.left < boxes[i]!.box.right - tol; j++) {
        const a = boxes[i]!.box;
        const b = boxes[j]!.box;
        const overlapX = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const overlapY = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (overlapX > tol && overlapY > tol) report.overlaps.push(`${lane}: ${boxes[i]!.id} and ${boxes[j]!.id}`);
      }
    }
  }
  for (const el of Array.from(svg.querySelectorAll("text, rect, path, circle, polygon"))) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    if (r.left < frame.left - tol || r.right > frame.right + tol || r.top < frame.top - tol || r.bottom > frame.bottom + tol) {
      report.outside.push(`${el.tagName} ${describe(el)}`);
    }
  }
  for (const el of Array.from(svg.querySelectorAll("*"))) {
    const tag = el.localName.toLowerCase();
    if (tag === "script" || tag === "foreignobject" || tag === "iframe" || tag === "object") report.active.push(tag);
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      if (name.startsWith("on")) report.active.push(`${tag}[${name}]`);
      if ((name === "href" || name === "xlink:href" || name === "src") && !attr.value.startsWith("#")) report.active.push(`${tag}[${name}=${attr.value}]`);
    }
  }
  return report;
}
