import { StringSink } from "../layout/string-sink";
import type { LayoutCell, LayoutEmotion } from "../layout/types";
import type { SvgParts } from "./render-svg";

/** Parts joined into one piece of the document; a run of this many unchanged parts reuses the previous render's piece. */
const CHUNK = 64;

type Key = LayoutCell | LayoutEmotion;

/**
 * A run of consecutive parts of a document: the layout object each draws and its markup,
 * the variant of those drawn in one (by position in the run, when not 0), and the markup
 * of the whole run. A run the next render finds unchanged is that render's run too, as it is.
 */
export interface Piece {
  keys: Key[];
  markups: string[];
  variants: Map<number, number> | undefined;
  text: string;
}

/** The parts of one document: its head, and its cells and emotion drawings in runs, in order. */
export interface DocumentParts {
  head: string;
  /** The markup drawn between the parts that is not itself a part (the flow's edges, a blueprint's arrows and badges), in order. */
  between: string;
  pieces: Piece[];
  /** For each piece, whether it is the previous render's piece at the same place. */
  reused: boolean[];
}

const empty = (): DocumentParts => ({ head: "", between: "", pieces: [], reused: [] });

/**
 * The markup of cells and emotion drawings kept between renders, by the layout object drawn
 * (layouts made with a {@link LayoutCache} hand back the same objects for what did not
 * change): the previous render's, by position (an unchanged part sits where it sat), and
 * any earlier one by object. Parts are written in runs of {@link CHUNK}: a run whose parts
 * are all the previous render's, in place, is the previous render's run, so an unchanged
 * stretch of the document costs one comparison per part and one link in the document. One
 * cache belongs to one set of render options (the theme and id prefix are in the markup).
 */
export class SvgPartCache implements SvgParts {
  private readonly byObject = new WeakMap<Key, { variant: number; markup: string }>();
  /** What was drawn between the parts, by the layout object it was drawn from (a layout's `flow`). */
  private readonly betweens = new WeakMap<object, string>();
  private before: DocumentParts = empty();
  private parts: DocumentParts = empty();
  /** The run being written: the previous render's run at its place, how many parts it has so far, and its own arrays once a part differs. */
  private old: Piece | undefined;
  private count = 0;
  private keys: Key[] | undefined;
  private markups: string[] | undefined;
  private variants: Map<number, number> | undefined;
  /** Receives each finished run's markup; set by the sink of the document. */
  private write: (text: string) => void = () => {};

  /** Starts a document; returns the parts of the one before. */
  begin(): DocumentParts {
    this.before = this.parts;
    this.parts = empty();
    this.startRun();
    return this.before;
  }

  /** The parts of the document written last. */
  get current(): DocumentParts {
    return this.parts;
  }

  sink(): StringSink {
    const sink = new RunSink(this);
    this.write = (text) => sink.append(text);
    return sink;
  }

  head(out: StringSink, markup: string): void {
    this.parts.head = markup;
    out.push(markup);
  }

  between(out: StringSink, markup: string, key?: object): void {
    if (key !== undefined) this.betweens.set(key, markup);
    this.parts.between += markup;
    out.push(markup);
  }

  betweenOf(key: object): string | undefined {
    return this.betweens.get(key);
  }

  part(_out: StringSink, key: Key, variant: number): boolean {
    const { old, count: j } = this;
    if (old !== undefined && old.keys[j] === key && (old.variants?.get(j) ?? 0) === variant) {
      // The previous render's part in place: while the whole run is, nothing is copied.
      if (this.keys !== undefined) this.add(key, variant, old.markups[j] as string);
      else if (++this.count === CHUNK) this.write(this.flush());
      return true;
    }
    const known = this.byObject.get(key);
    if (known === undefined || known.variant !== variant) return false;
    this.add(key, variant, known.markup);
    return true;
  }

  drawn(_out: StringSink, key: Key, variant: number, markup: string): void {
    this.byObject.set(key, { variant, markup });
    this.add(key, variant, markup);
  }

  /** Ends the run being written and returns its markup (empty when it has no parts). */
  flush(): string {
    if (this.count === 0) return "";
    const { old, count } = this;
    let piece: Piece;
    const same = this.keys === undefined && old !== undefined && old.keys.length === count;
    if (same) piece = old as Piece;
    else {
      const { keys, markups } = this.own();
      let text = "";
      for (const m of markups) text += m;
      piece = { keys, markups, variants: this.variants, text };
    }
    this.parts.pieces.push(piece);
    this.parts.reused.push(same);
    this.startRun();
    return piece.text;
  }

  private startRun(): void {
    this.old = this.before.pieces[this.parts.pieces.length];
    this.count = 0;
    this.keys = undefined;
    this.markups = undefined;
    this.variants = undefined;
  }

  /** The run's own arrays, made on its first part that differs from the previous render's: the parts before it copied from there. */
  private own(): { keys: Key[]; markups: string[] } {
    if (this.keys === undefined || this.markups === undefined) {
      const old = this.old;
      this.keys = old ? old.keys.slice(0, this.count) : [];
      this.markups = old ? old.markups.slice(0, this.count) : [];
      for (const [j, v] of old?.variants ?? []) if (j < this.count) this.variant(j, v);
    }
    return { keys: this.keys, markups: this.markups };
  }

  private variant(j: number, variant: number): void {
    this.variants ??= new Map();
    this.variants.set(j, variant);
  }

  private add(key: Key, variant: number, markup: string): void {
    const { keys, markups } = this.own();
    if (variant !== 0) this.variant(keys.length, variant);
    keys.push(key);
    markups.push(markup);
    this.count++;
    if (this.count === CHUNK) this.write(this.flush());
  }
}

/**
 * Builds the document by concatenation, which V8 keeps as a rope of the pieces until the
 * string is read: a render that reuses most of its markup then costs one link per run of
 * parts, not a copy of every byte (the copy happens once, when the host reads the SVG).
 * Parts wait in the cache's current run; anything else written ends the run first, so the
 * order is kept.
 */
class RunSink extends StringSink {
  private text = "";

  constructor(private readonly cache: SvgPartCache) {
    super();
  }

  /** Appends a finished run. */
  append(text: string): void {
    this.text += text;
  }

  override push(piece: string): void {
    this.text += this.cache.flush() + piece;
  }

  override toString(): string {
    this.text += this.cache.flush();
    return this.text;
  }
}
