import type { CreateRendererOptions, JourneyMap, Renderer } from "journeykit";

/**
 * Draws `map` into `host` through `renderer`: when only some cells (or the emotion curve)
 * changed since the last draw, replaces just those groups of the SVG on the page, one for
 * one, with the renderer's markup for them; otherwise, or when the page does not hold the
 * SVG the renderer drew last, replaces the whole SVG. Returns whether it patched.
 */
export function drawMap(host: HTMLElement, renderer: Renderer, map: JourneyMap, options: CreateRendererOptions): boolean {
  const { svg, changed } = renderer.render(map, options);
  // The cells and emotion drawings are children of the SVG's one root group.
  const root = host.querySelector(":scope > svg > g");
  if (changed.full || !root || !patch(root, changed.ids, (id) => renderer.groups(id), changed.emotion ? renderer.emotionGroups() : undefined)) {
    host.innerHTML = svg;
    return false;
  }
  return true;
}

function patch(root: Element, ids: readonly string[], groups: (id: string) => string[], emotion: string[] | undefined): boolean {
  const swaps: [Element, string][] = [];
  const collect = (selector: string, markups: readonly string[]) => {
    const old = root.querySelectorAll(selector);
    if (old.length !== markups.length) return false;
    old.forEach((element, i) => {
      swaps.push([element, markups[i] as string]);
    });
    return true;
  };
  for (const id of ids) if (!collect(`:scope > g.jk-cell[data-id="${CSS.escape(id)}"]`, groups(id))) return false;
  if (emotion && !collect(":scope > g.jk-emotion", emotion)) return false;
  // Parsed with the SVG group as context, so the new elements are SVG elements.
  for (const [element, markup] of swaps) element.outerHTML = markup;
  return true;
}
