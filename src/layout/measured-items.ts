import { baselineOffset, ceil2, PARAGRAPH_GAP, pitch, round2 } from "./cell";
import { linesInk, markInsetOrAscii } from "./text/ink-extent";
import { sanitizeText } from "./text/index";
import type { FontSpec, WrappedText } from "./text/types";
import type { CellKind, LayoutCell, LayoutGlyph, LayoutLine } from "./types";
import type { Wrap } from "./wrap";

/**
 * Receives the boxes of one lane as a lane module makes them: a box starts in a column
 * (`col`) or across a stage (`span`, by group index of the column plan), and each `text`
 * that follows adds a paragraph to it. Nothing is handed over as an object, so nothing per
 * box or paragraph is made only to be taken apart again.
 */
export interface ItemSink<Kind extends string = string> {
  col(column: number, kind: Kind, entityId: string): void;
  span(group: number, kind: Kind, entityId: string): void;
  text(text: string, font: FontSpec, muted?: boolean): void;
}

/**
 * Boxes in a lane from which on its cells, lines and their arrays are made at sites of
 * their own. V8 decides per allocation site, once, whether the objects made there are
 * allocated straight into the old generation: the cells of a small map die young and get
 * "no", which would stay for the cells of a large map, which all survive — and then every
 * scavenge during a large layout copies them, twice (on a 10,000-touchpoint map after
 * small ones, 46 MB copied per layout instead of 16 and three times the collector's time).
 */
export const MANY = 2048;

/** The room of the common cell, whose glyphs all stay within their lines. */
const NO_ROOM = { top: 0, bottom: 0 } as const;

/**
 * Boxes wrapped to one width, held flat until they get their place: one array per field
 * rather than an object per box, paragraph and line. On a 10,000-touchpoint map that is
 * some 150,000 small objects fewer that would live from the measure phase to placement and
 * be copied by every scavenge they survived. Box `i` has paragraphs
 * `firstParagraphOf(i) …` up to the next box's first; paragraph `p` keeps its wrapped
 * lines as the wrap gave them (shared with the wrap cache, so a line is never copied).
 *
 * The numbers and the few distinct kinds and fonts are kept in typed arrays (a kind or a
 * font as its index in a small table), whose contents V8 keeps outside its heap: the
 * measured lanes of a 10,000-touchpoint map, some 50,000 boxes and 65,000 paragraphs, live
 * through the whole layout, and every scavenge copied the nine arrays they were kept in;
 * only the entity ids, texts and wrapped results are arrays of the heap now.
 */
export class MeasuredItems {
  readonly entityIds: string[] = [];
  /** Each box's kind, as its index in {@link kindTable}. */
  private kindCodes = new Uint8Array(4);
  private readonly kindTable: CellKind[] = [];
  /** The column (or, for boxes across a stage, the group) of each box. */
  private slotArray = new Int32Array(4);
  private firstParagraph = new Int32Array(4);
  private boxes = 0;
  private readonly texts: string[] = [];
  /** Each paragraph's font, as its index in {@link fontTable}. */
  private fontCodes = new Int32Array(4);
  private readonly fontTable: FontSpec[] = [];
  private mutedFlags = new Uint8Array(4);
  /** 1 for a paragraph whose lines are printable ASCII only (so `inkOf` would give `null`). */
  private noInk = new Uint8Array(4);
  /** Room kept on each side of a paragraph's lines, for combining marks that reach past them. */
  private insets = new Float64Array(4);
  /** Each paragraph wrapped: its lines, and whether `maxLines` cut it short. */
  private readonly wrapped: WrappedText[] = [];
  /** The lines of the cell being made, before they get an array of their own (see linesOf). */
  private readonly made: LayoutLine[] = [];
  /** The last font {@link pitchOf} was asked about, its pitch and its baseline offset. */
  private font: FontSpec | undefined;
  private pitch = 0;
  private offset = 0;

  /** `width` is the room for text of every box, inside the padding. */
  constructor(
    private readonly wrap: Wrap,
    private readonly width: number,
  ) {}

  /** The number of boxes. */
  get length(): number {
    return this.boxes;
  }

  /** The column (or, for boxes across a stage, the group) of each box, as a view of {@link length} entries. */
  get slots(): Int32Array {
    return this.slotArray.subarray(0, this.boxes);
  }

  /** Returns the column (or group) of box `i`. */
  slotOf(i: number): number {
    return this.slotArray[i] as number;
  }

  /** Returns the kind of box `i`. */
  kindOf(i: number): CellKind {
    return this.kindTable[this.kindCodes[i] as number] as CellKind;
  }

  /** Starts box number {@link length}. */
  start(kind: CellKind, entityId: string, slot: number): void {
    const i = this.boxes++;
    if (i === this.slotArray.length) {
      this.kindCodes = grown(this.kindCodes, new Uint8Array(8 * i));
      this.slotArray = grown(this.slotArray, new Int32Array(8 * i));
      this.firstParagraph = grown(this.firstParagraph, new Int32Array(8 * i));
    }
    let code = this.kindTable.indexOf(kind);
    if (code < 0) code = this.kindTable.push(kind) - 1;
    this.kindCodes[i] = code;
    this.slotArray[i] = slot;
    this.firstParagraph[i] = this.texts.length;
    this.entityIds.push(entityId);
  }

  /** Wraps a paragraph of the last box started and returns its widest line, with the room kept for marks. */
  text(text: string, font: FontSpec, muted: boolean): number {
    const found = markInsetOrAscii(text, font);
    const inset = Math.max(0, found); // +0 for -0
    const wrapped = this.wrap(text, this.width - 2 * inset, font);
    // Printable ASCII lines have no ink beyond their box: the lookup of their ink is left out.
    this.add(text, font, muted, inset, wrapped, Object.is(found, -0) && !wrapped.truncated);
    return wrapped.width + 2 * inset;
  }

  /** Appends box `j` of `other` (measured to the same width) as box number {@link length}, its wrapped lines shared rather than wrapped again. */
  copyBox(other: MeasuredItems, j: number): void {
    this.start(other.kindOf(j), other.entityIds[j] as string, other.slotOf(j));
    const end = other.firstParagraphOf(j + 1);
    for (let p = other.firstParagraphOf(j); p < end; p++) {
      this.add(other.texts[p] as string, other.fontOf(p), other.mutedFlags[p] === 1, other.insets[p] as number, other.wrapped[p] as WrappedText, other.noInk[p] === 1);
    }
  }

  /** Returns the widest line of box `i` with the room kept for marks, as {@link text} returned for its paragraphs. */
  widest(i: number): number {
    let widest = 0;
    const end = this.firstParagraphOf(i + 1);
    for (let p = this.firstParagraphOf(i); p < end; p++) {
      const inset = this.insets[p] as number;
      const w = this.wrap(this.texts[p] as string, this.width - 2 * inset, this.fontOf(p)).width + 2 * inset;
      if (w > widest) widest = w;
    }
    return widest;
  }

  /**
   * Returns box `i` as a cell at `x, y`, `width` wide, its lines set from the top, `indent`
   * px further right than the padding (room for a glyph). Each line's ink sits centred in
   * its line height; a paragraph whose combining marks may reach past its letters is set
   * its inset further in, and the box grows above the first line and below the last where
   * their glyphs reach beyond the line (see `inkAbove`).
   */
  cell(i: number, laneId: string, x: number, y: number, width: number, padding: number, indent = 0, glyphs?: LayoutGlyph[]): LayoutCell {
    const first = this.firstParagraphOf(i);
    const end = this.firstParagraphOf(i + 1);
    // Each object below is made at one of two sites, by the size of the lane (see MANY).
    const many = this.boxes >= MANY;
    // The lines are made into a scratch array first, then copied into the cell's (see linesOf).
    const lines = this.made;
    const room = this.inkRoom(first, end);
    let index = 0;
    let top = y + padding + room.top;
    let truncated = false;
    let paragraphs = 0;
    const left = x + padding + indent;
    for (let p = first; p < end; p++) {
      const wrapped = this.wrapped[p] as WrappedText;
      const texts = wrapped.lines;
      if (texts.length === 0) continue;
      if (paragraphs++ > 0) top += PARAGRAPH_GAP;
      if (wrapped.truncated) truncated = true;
      const font = this.fontOf(p);
      const h = this.pitchOf(font);
      const offset = this.offset;
      const inset = this.insets[p] as number;
      const lineX = inset ? round2(left + inset) : left;
      const muted = this.mutedFlags[p] === 1;
      for (let l = 0; l < texts.length; l++) {
        const text = texts[l] as string;
        const baseline = round2(top + offset);
        // Both shapes as literals: a property added afterwards would need a store of its own.
        if (many) lines[index++] = muted ? { x: lineX, y: baseline, text, font, muted: true } : { x: lineX, y: baseline, text, font };
        else lines[index++] = muted ? { x: lineX, y: baseline, text, font, muted: true } : { x: lineX, y: baseline, text, font };
        top += h;
      }
    }
    const kind = this.kindOf(i);
    const entityId = this.entityIds[i] as string;
    const height = round2(this.textHeight(first, end, padding) + room.top + room.bottom);
    const made = linesOf(lines, index, many);
    const cell: LayoutCell = many ? { kind, entityId, laneId, x, y, width, height, lines: made } : { kind, entityId, laneId, x, y, width, height, lines: made };
    if (truncated) cell.fullText = this.texts.slice(first, end).map(sanitizeText).join("\n");
    if (glyphs) cell.glyphs = glyphs;
    return cell;
  }

  /** Returns the height {@link cell} gives box `i` with this `padding`, without making the cell. */
  height(i: number, padding: number): number {
    const first = this.firstParagraphOf(i);
    const end = this.firstParagraphOf(i + 1);
    const room = this.inkRoom(first, end);
    return round2(this.textHeight(first, end, padding) + room.top + room.bottom);
  }

  /** The number of paragraphs of every box together; box `i`'s are {@link firstParagraphOf}`(i)` up to that of `i + 1`. */
  get paragraphCount(): number {
    return this.texts.length;
  }

  /** The index of box `i`'s first paragraph ({@link paragraphCount} for `i` = {@link length}). */
  firstParagraphOf(i: number): number {
    return i < this.boxes ? (this.firstParagraph[i] as number) : this.texts.length;
  }

  /** Returns paragraph `p`. */
  paragraph(p: number): TextSpec {
    return { text: this.texts[p] as string, font: this.fontOf(p), muted: this.mutedFlags[p] === 1 };
  }

  /** Returns whether paragraph `p` is `text` in `font`, muted or not. */
  sameParagraph(p: number, text: string, font: FontSpec, muted: boolean): boolean {
    if (p >= this.texts.length || this.texts[p] !== text || (this.mutedFlags[p] === 1) !== muted) return false;
    const f = this.fontOf(p);
    return f === font || (f.size === font.size && (f.weight ?? "normal") === (font.weight ?? "normal"));
  }

  /**
   * Returns whether box `i` holds what box `j` of `other` holds — kind, entity and every
   * paragraph's text, font and muting, wrapped to the same width — so that, set in the same
   * place, the two make equal cells.
   */
  sameBox(i: number, other: MeasuredItems, j: number): boolean {
    if (this.kindOf(i) !== other.kindOf(j) || this.entityIds[i] !== other.entityIds[j] || this.width !== other.width) return false;
    const a = this.firstParagraphOf(i);
    const b = other.firstParagraphOf(j);
    const count = this.firstParagraphOf(i + 1) - a;
    if (other.firstParagraphOf(j + 1) - b !== count) return false;
    for (let p = 0; p < count; p++) {
      if (this.texts[a + p] !== other.texts[b + p] || this.mutedFlags[a + p] !== other.mutedFlags[b + p]) return false;
      const f = this.fontOf(a + p);
      const g = other.fontOf(b + p);
      if (f !== g && (f.size !== g.size || (f.weight ?? "normal") !== (g.weight ?? "normal"))) return false;
    }
    return true;
  }

  /** Returns the font of paragraph `p`. */
  private fontOf(p: number): FontSpec {
    return this.fontTable[this.fontCodes[p] as number] as FontSpec;
  }

  /** Appends a paragraph to the last box started. */
  private add(text: string, font: FontSpec, muted: boolean, inset: number, wrapped: WrappedText, noInk: boolean): void {
    const p = this.texts.length;
    if (p === this.fontCodes.length) {
      this.fontCodes = grown(this.fontCodes, new Int32Array(8 * p));
      this.mutedFlags = grown(this.mutedFlags, new Uint8Array(8 * p));
      this.noInk = grown(this.noInk, new Uint8Array(8 * p));
      this.insets = grown(this.insets, new Float64Array(8 * p));
    }
    const table = this.fontTable;
    let code = table.length > 0 && table[table.length - 1] === font ? table.length - 1 : table.indexOf(font);
    if (code < 0) code = table.push(font) - 1;
    this.fontCodes[p] = code;
    this.mutedFlags[p] = muted ? 1 : 0;
    this.noInk[p] = noInk ? 1 : 0;
    this.insets[p] = inset;
    this.texts.push(text);
    this.wrapped.push(wrapped);
  }

  /**
   * Returns {@link pitch}`(font)` and leaves {@link baselineOffset}`(font)` in `offset`,
   * worked out again only when the font object differs from the last one asked about.
   */
  private pitchOf(font: FontSpec): number {
    if (font !== this.font) {
      this.font = font;
      this.pitch = pitch(font);
      this.offset = baselineOffset(font);
    }
    return this.pitch;
  }

  /**
   * The height of a box's lines plus the padding, at least one line of its first
   * paragraph's font (without the room for glyphs that reach beyond their lines).
   */
  private textHeight(first: number, end: number, padding: number): number {
    let height = 0;
    let paragraphs = 0;
    for (let p = first; p < end; p++) {
      const n = (this.wrapped[p] as WrappedText).lines.length;
      if (n === 0) continue;
      if (paragraphs++ > 0) height += PARAGRAPH_GAP;
      height += n * this.pitchOf(this.fontOf(p));
    }
    if (height === 0 && first < end) height = pitch(this.fontOf(first));
    return round2(height + 2 * padding);
  }

  /**
   * The room to add above the first line and below the last one, in px, for glyphs that
   * reach beyond the lines' box (accented capitals, fallback fonts, stacked marks — a deep
   * enough stack on any line may reach past the whole box): zero for printable ASCII.
   */
  private inkRoom(first: number, end: number): { readonly top: number; readonly bottom: number } {
    let y = 0; // from the top of the first line
    let top = 0;
    let lowest = 0; // the deepest any line reaches, from the same top
    let paragraphs = 0;
    for (let p = first; p < end; p++) {
      const wrapped = this.wrapped[p] as WrappedText;
      const count = wrapped.lines.length;
      if (count === 0) continue;
      if (paragraphs++ > 0) y += PARAGRAPH_GAP;
      const font = this.fontOf(p);
      const h = this.pitchOf(font);
      const ink = this.noInk[p] === 1 ? null : inkOf(wrapped, font.weight);
      if (ink === null) {
        for (let l = 0; l < count; l++) y += h; // as the loop below adds, to the last bit
        continue;
      }
      const offset = this.offset;
      for (let l = 0; l < count; l++) {
        const above = ink[2 * l] as number;
        if (!Number.isNaN(above)) {
          top = Math.max(top, above * font.size - (y + offset));
          lowest = Math.max(lowest, y + offset + (ink[2 * l + 1] as number) * font.size);
        }
        y += h;
      }
    }
    if (top <= 0 && lowest <= y) return NO_ROOM;
    return { top: top > 0 ? ceil2(top) : 0, bottom: lowest > y ? ceil2(lowest - y) : 0 };
  }
}

/** Returns `into` holding `from`'s values at its start: a typed array grown to twice the size. */
/**
 * Returns `into` holding `from`'s entries. The arrays grow eightfold: a typed array is
 * costly to make, and a small map's lanes (a few dozen boxes) would otherwise make one per
 * doubling, which cost the 50-touchpoint map a tenth of its time; at 10,000 touchpoints the
 * spare room is a few hundred kilobytes outside the heap.
 */
function grown<T extends Uint8Array | Int32Array | Float64Array>(from: T, into: T): T {
  into.set(from as never);
  return into;
}

/**
 * Returns the first `count` lines of `made` in an array of their own (`made` is reused
 * from cell to cell, so it stays as long as the longest cell's lines).
 * A cell's one, two or three lines (nearly every cell's) go into an array literal, which V8
 * can allocate straight into the old generation once it sees that the arrays of that site
 * live on (see MANY); an array made by `new Array(count)` never is, and on a
 * 10,000-touchpoint map every scavenge copied some 50,000 of them.
 */
function linesOf(made: LayoutLine[], count: number, many: boolean): LayoutLine[] {
  const a = made[0] as LayoutLine;
  const b = made[1] as LayoutLine;
  const c = made[2] as LayoutLine;
  let lines: LayoutLine[];
  if (count === 1) lines = many ? [a] : [a];
  else if (count === 2) lines = many ? [a, b] : [a, b];
  else if (count === 3) lines = many ? [a, b, c] : [a, b, c];
  else lines = made.slice(0, count);
  return lines;
}

/**
 * The ink of each wrapped paragraph's lines (see `linesInk`; `null`: printable ASCII only),
 * by font weight: a paragraph's wrapped result is shared with the wrap cache across calls,
 * so its lines are looked at once rather than on every layout.
 */
let inks: { regular: WeakMap<WrappedText, Float64Array | null>; bold: WeakMap<WrappedText, Float64Array | null> } | undefined;

function inkOf(wrapped: WrappedText, weight: FontSpec["weight"]): Float64Array | null {
  inks ??= { regular: new WeakMap(), bold: new WeakMap() };
  const byWeight = weight === "bold" ? inks.bold : inks.regular;
  let ink = byWeight.get(wrapped);
  if (ink === undefined) {
    ink = linesInk(wrapped.lines, weight) ?? null;
    byWeight.set(wrapped, ink);
  }
  return ink;
}

/** One paragraph of a box: text in a font, muted for secondary lines. */
export interface TextSpec {
  text: string;
  font: FontSpec;
  muted?: boolean;
}

/** Where a single box goes, and how it is set. */
export interface TextCellPlace {
  laneId: string;
  x: number;
  y: number;
  width: number;
  padding: number;
  /** Extra room left of the text, for a glyph. @defaultValue `0` */
  indent?: number;
  glyphs?: LayoutGlyph[];
}

/** Returns one box of `paragraphs` wrapped to its place and made there: the title, a lane label, a legend entry. */
export function textCell(wrap: Wrap, kind: CellKind, entityId: string, paragraphs: readonly TextSpec[], place: TextCellPlace): LayoutCell {
  const indent = place.indent ?? 0;
  const items = new MeasuredItems(wrap, place.width - 2 * place.padding - indent);
  items.start(kind, entityId, 0);
  for (const p of paragraphs) items.text(p.text, p.font, p.muted ?? false);
  return items.cell(0, place.laneId, place.x, place.y, place.width, place.padding, indent, place.glyphs);
}
