import { formatNumber as n } from "../analysis/format";
import type { FontSpec } from "../layout/text/types";
import { escapeText as esc } from "./escape";

/** The start of a line's `<text>` up to its `x` value. */
export const LINE_START = '<text class="jk-line" x="';

/** Entries kept per kind of box end (heights) and per point shape (y values) at most: a map has a handful. */
const LIMIT = 64;

/** A line's font attributes and the end of its start tag, plain and muted. */
interface LineTagEnds {
  plain: string;
  muted: string;
}

/**
 * Runs of markup made once per render rather than once per line or cell, so that the
 * document has fewer, longer pieces (joining them costs per piece more than per byte):
 * the attributes of a line's font with the end of its start tag (`" font-size="14"
 * font-weight="bold">`, muted or not) by font object — a layout shares one object per font
 * among all its lines; a layout read back from JSON has one object per line, so only the
 * first few are kept — the `data-lane` attribute of the last lane's cells, and the runs
 * between the numbers of a box and of a line, which repeat along a lane: every box of a
 * lane has its `y`, most share a height, and a line `k` of one box mostly has the
 * baseline and font of line `k` of the box before. Each run is looked up by the values
 * it shows, so the markup is the same as writing every piece; only the pieces are fewer.
 */
export class AttributeCache {
  private readonly known = new Map<FontSpec, LineTagEnds>();
  private lastFont: FontSpec | undefined;
  private lastEnds: LineTagEnds = { plain: "", muted: "" };
  private lastLane: string | undefined;
  private lastLaneAttribute = "";
  private lastLaneBox = "";
  private readonly mutedEnd: string;
  private boxY = Number.NaN;
  private boxYRun = "";
  /** The runs after a box's height, by the end of its `<rect>` (per kind of box), then by height; `[ending the box, ending it and starting its first line]`. */
  private readonly heights = new Map<string, Map<number, [string, string]>>();
  /** Line `k`'s baseline, font size, weight and muting, and the run from its `y` to its text, as the last box with a line `k` had them. */
  private readonly tailY: number[] = [];
  private readonly tailSize: number[] = [];
  private readonly tailWeight: (string | undefined)[] = [];
  private readonly tailMuted: boolean[] = [];
  private readonly tails: string[] = [];

  constructor(mutedText: string) {
    this.mutedEnd = `" fill="${mutedText}">`;
  }

  /** Returns what follows a line's `y` value up to its text. */
  lineTagEnd(font: FontSpec, muted: boolean | undefined): string {
    if (font !== this.lastFont) {
      let ends = this.known.get(font);
      if (ends === undefined) {
        const attributes = `" font-size="${n(font.size)}${font.weight === "bold" ? '" font-weight="bold' : ""}`;
        ends = { plain: `${attributes}">`, muted: attributes + this.mutedEnd };
        if (this.known.size < 16) this.known.set(font, ends);
      }
      this.lastFont = font;
      this.lastEnds = ends;
    }
    return muted ? this.lastEnds.muted : this.lastEnds.plain;
  }

  /**
   * Returns what follows a cell's `data-id` value up to the end of its start tag (`"
   * data-lane="…">`), and with `box` the start of its box up to the `x` value.
   */
  laneAttribute(laneId: string, box: boolean): string {
    if (laneId !== this.lastLane) {
      this.lastLane = laneId;
      this.lastLaneAttribute = `" data-lane="${esc(laneId)}">`;
      this.lastLaneBox = `${this.lastLaneAttribute}<rect class="jk-box" x="`;
    }
    return box ? this.lastLaneBox : this.lastLaneAttribute;
  }

  /** Returns what follows a box's `x` value up to its width: `" y="…" width="`. */
  boxYRunOf(y: number): string {
    if (y !== this.boxY) {
      this.boxY = y;
      this.boxYRun = `" y="${n(y)}" width="`;
    }
    return this.boxYRun;
  }

  /**
   * Returns what follows a box's width up to the end of its `<rect>` (`end`), and with
   * `line` the start of its first line up to the line's `x` value.
   */
  heightRun(height: number, end: string, line: boolean): string {
    let byHeight = this.heights.get(end);
    if (byHeight === undefined) {
      byHeight = new Map();
      if (this.heights.size < LIMIT) this.heights.set(end, byHeight);
    }
    let runs = byHeight.get(height);
    if (runs === undefined) {
      const run = `" height="${n(height)}${end}`;
      runs = [run, run + LINE_START];
      if (byHeight.size < LIMIT) byHeight.set(height, runs);
    }
    return runs[line ? 1 : 0];
  }

  /** Returns what follows line `k`'s `x` value up to its text: its `y` and font attributes. */
  lineTail(k: number, y: number, font: FontSpec, muted: boolean | undefined): string {
    const m = muted === true;
    if (this.tailY[k] === y && this.tailSize[k] === font.size && this.tailWeight[k] === font.weight && this.tailMuted[k] === m) return this.tails[k] as string;
    const tail = `" y="${n(y)}${this.lineTagEnd(font, m)}`;
    this.tailY[k] = y;
    this.tailSize[k] = font.size;
    this.tailWeight[k] = font.weight;
    this.tailMuted[k] = m;
    this.tails[k] = tail;
    return tail;
  }
}
