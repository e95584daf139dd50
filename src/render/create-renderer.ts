import { LayoutCache } from "../layout/cache/layout-cache";
import { layoutWithCache } from "../layout/layout-journey-map";
import type { LayoutJourneyMapOptions } from "../layout/options";
import type { JourneyLayout } from "../layout/types";
import type { JourneyMap } from "../model/journey-map";
import type { RenderSvgOptions } from "./options";
import { type RenderJourneyMapSvgOptions, splitRenderOptions } from "./render-journey-map-svg";
import { writeSvg } from "./render-svg";
import { type DocumentParts, SvgPartCache } from "./svg-part-cache";
import { sameOptions, snapshotOptions } from "./same-options";

/** Options of {@link createRenderer}: those of {@link renderJourneyMapSvg}, layout and renderer together. */
export interface CreateRendererOptions extends RenderJourneyMapSvgOptions {}

/**
 * What changed in the SVG since the renderer's previous render. With `full`, replace the
 * whole SVG; otherwise replace, in the SVG element on the page, each top-level cell group
 * `:scope > g > g.jk-cell[data-id="…"]` of the ids in `ids` (one for one, in document order,
 * with {@link Renderer.groups}) and, with `emotion`, each `:scope > g > g.jk-emotion` (with
 * {@link Renderer.emotionGroups}). Everything else is byte for byte what it was.
 */
export interface RenderChanges {
  /**
   * Whether the SVG must be replaced as a whole: on the first render, after new options, and
   * when anything but the cells and emotion drawings changed (the size, the `<title>` or
   * `<desc>`, a lane's band, the stage rules, the flow's edges, a blueprint's lines, arrows
   * and badges) or cells were added, removed or reordered.
   */
  full: boolean;
  /** The `data-id` of every top-level cell group whose markup changed, in document order; empty with `full`. */
  ids: string[];
  /** Whether an emotion drawing (`g.jk-emotion`) changed; `false` with `full`. */
  emotion: boolean;
}

/** One render of a {@link Renderer}: the SVG, the layout it draws, and what changed since the previous render. */
export interface RendererResult {
  /** The SVG, byte for byte what {@link renderJourneyMapSvg} returns for the same map and options. */
  svg: string;
  /** The layout, equal to what {@link layoutJourneyMap} returns; it shares unchanged objects with earlier renders' layouts, so treat it as read-only. */
  layout: JourneyLayout;
  changed: RenderChanges;
}

/** A renderer that keeps what it measured, laid out and drew between calls; see {@link createRenderer}. */
export interface Renderer {
  /**
   * Returns `map` laid out and drawn with the renderer's options (or `options`, which
   * replace them from this call on; options equal in value to the current ones keep the
   * caches), and what changed since the previous render. Throws like
   * {@link renderJourneyMapSvg} on invalid options.
   */
  render(map: JourneyMap, options?: CreateRendererOptions): RendererResult;
  /** Returns the markup of each top-level cell group with this `data-id` in the last render, in document order (empty before the first). */
  groups(id: string): string[];
  /** Returns the markup of each emotion drawing (`g.jk-emotion`) in the last render, in document order. */
  emotionGroups(): string[];
}

/**
 * Returns a {@link Renderer} for an editor: each `render(map)` returns exactly what
 * {@link renderJourneyMapSvg} and {@link layoutJourneyMap} return, but reuses what did not
 * change since its previous call — wrapped text by font, width and text; cells whose
 * content, place and width are unchanged (the same layout objects, and their markup); the
 * emotion drawing (measured points included) when its values, columns and surveys are
 * unchanged; a drawn flow's plan while no
 * touchpoint's `next`, `optional` or `terminal` changed, and its edges while the touchpoints
 * keep their heights and columns; a blueprint's lanes of steps and time, and its lines,
 * arrows and badges while the cells they connect are unchanged — so that an edit made through
 * the edit API (immer keeps untouched entities) costs about what it changed, plus a pass
 * over the map. `changed` says which cell groups to patch in the page. Throws a
 * `TypeError` or `RangeError` naming the option when an option is invalid.
 *
 * @example
 * ```ts
 * import { applyOperation, createRenderer, parseJourneyMap } from "journeykit";
 *
 * const renderer = createRenderer({ theme: "dark", lanes: ["stages", "touchpoints", "emotion"] });
 * const map = parseJourneyMap(json);
 * const first = renderer.render(map); // first.changed.full === true
 * const edit = applyOperation(map, { type: "updateTouchpoint", id: map.touchpoints[0].id, changes: { name: "Queue!" } });
 * if (edit.ok) {
 *   const { svg, changed } = renderer.render(edit.map);
 *   const patches = changed.full ? [] : changed.ids.map((id) => renderer.groups(id)); // markup to put in place
 * }
 * ```
 */
export function createRenderer(options?: CreateRendererOptions): Renderer {
  let state = freshState(snapshotOptions(options ?? {}));
  return {
    render(map, next) {
      if (next !== undefined && !sameOptions(next, state.options)) state = freshState(snapshotOptions(next));
      const layout = layoutWithCache(map, state.layout, state.layoutCache);
      const before = state.parts.begin();
      const svg = writeSvg(layout, state.render, state.parts);
      const changed = state.rendered ? changes(before, state.parts.current) : { full: true, ids: [], emotion: false };
      state.rendered = true;
      return { svg, layout, changed };
    },
    groups(id) {
      return markupsOf(state.parts.current, (key) => idOf(key) === id);
    },
    emotionGroups() {
      return markupsOf(state.parts.current, (key) => idOf(key) === undefined);
    },
  };
}

interface State {
  /** A copy of the options in force. */
  options: CreateRendererOptions;
  layout: LayoutJourneyMapOptions;
  render: RenderSvgOptions;
  layoutCache: LayoutCache;
  parts: SvgPartCache;
  rendered: boolean;
}

function freshState(options: CreateRendererOptions): State {
  const { layout, render } = splitRenderOptions(options);
  return { options, layout, render, layoutCache: new LayoutCache(), parts: new SvgPartCache(), rendered: false };
}

type Part = DocumentParts["pieces"][number]["keys"][number];

/** The `data-id` of a part: a cell's entity, or `undefined` for an emotion drawing. */
function idOf(key: Part): string | undefined {
  return "plot" in key ? undefined : key.entityId;
}

/** The markup of the parts `keep` selects, in document order. */
function markupsOf(parts: DocumentParts, keep: (key: Part) => boolean): string[] {
  const out: string[] = [];
  for (const piece of parts.pieces) {
    for (let j = 0; j < piece.keys.length; j++) if (keep(piece.keys[j] as Part)) out.push(piece.markups[j] as string);
  }
  return out;
}

/**
 * Compares two documents part by part: cells by position, since their order and ids must
 * match for a patch. Runs reused whole hold the same parts as before and are skipped.
 */
function changes(before: DocumentParts, after: DocumentParts): RenderChanges {
  const full: RenderChanges = { full: true, ids: [], emotion: false };
  if (before.head !== after.head || before.between !== after.between || before.pieces.length !== after.pieces.length) return full;
  const ids: string[] = [];
  const seen = new Set<string>();
  let emotion = false;
  for (let k = 0; k < after.pieces.length; k++) {
    if (after.reused[k]) continue;
    const now = after.pieces[k] as DocumentParts["pieces"][number];
    const then = before.pieces[k] as DocumentParts["pieces"][number];
    if (now.keys.length !== then.keys.length) return full;
    for (let j = 0; j < now.keys.length; j++) {
      if (now.markups[j] === then.markups[j]) continue;
      const id = idOf(now.keys[j] as Part);
      if (id !== idOf(then.keys[j] as Part)) return full;
      if (id === undefined) emotion = true;
      else if (!seen.has(id)) {
        seen.add(id);
        ids.push(id);
      }
    }
  }
  return { full: false, ids, emotion };
}
