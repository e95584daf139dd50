import { StringSink } from "../layout/string-sink";
import type { LayoutCell, LayoutEmotion } from "../layout/types";
import type { SvgParts } from "./render-svg";

/** Parts joined into one piece of the document; a run of this many unchanged parts reuses the previous render's piece. */
const CHUNK = 64;

type Key = LayoutCell | LayoutEmotion;

/** The parts of one document, in order: the layout object each draws and its markup, the variant of those drawn in one (by index); and the head. */
export interface DocumentParts {
  head: string;
  keys: Key[];
  markups: string[];
  variants: Map<number, number>;
  /** The pieces of the document by the index of their first part: `count` parts, their markup, and whether it is the previous render's piece. */
  chunks: Map<number, { count: number; text: string; reused: boolean }>;
}

const empty = (): DocumentParts => ({ head: "", keys: [], markups: [], variants: new Map(), chunks: new Map() });

/**
 * The markup of cells and emotion drawings kept between renders, by the layout object drawn
 * (layouts made with a {@link LayoutCache} hand back the same objects for what did not
 * change): the previous render's, by position (an unchanged part sits where it sat), and
 * any earlier one by object. Parts are written in pieces of {@link CHUNK}: a piece of parts
 * all unchanged is the previous render's piece, so an unchanged stretch of the document
 * costs one link, not one per part. One cache belongs to one set of render options (the
 * theme and id prefix are in the markup).
 */
export class SvgPartCache implements SvgParts {
  private byObject = new WeakMap<Key, { variant: number; markup: string }>();
  private before: DocumentParts = empty();
  private parts: DocumentParts = empty();
  /** Where the current piece starts, and whether all its parts so far are the previous render's, in place. */
  private start = 0;
  private unchanged = true;

  /** Starts a document; returns the parts of the one before. */
  begin(): DocumentParts {
    this.before = this.parts;
    this.parts = empty();
    this.start = 0;
    this.unchanged = true;
    return this.before;
  }

  /** The parts of the document written last. */
  get current(): DocumentParts {
    return this.parts;
  }

  sink(): StringSink {
    return new PieceSink(this);
  }

  head(out: StringSink, markup: string): void {
    this.parts.head = markup;
    out.push(markup);
  }

  part(_out: StringSink, key: Key, variant: number): boolean {
    const i = this.parts.keys.length;
    const { before } = this;
    let markup: string | undefined;
    if (before.keys[i] === key && (before.variants.get(i) ?? 0) === variant) markup = before.markups[i] as string;
    else {
      this.unchanged = false;
      const known = this.byObject.get(key);
      if (known === undefined || known.variant !== variant) return false;
      markup = known.markup;
    }
    this.add(key, variant, markup);
    return true;
  }

  drawn(_out: StringSink, key: Key, variant: number, markup: string): void {
    this.unchanged = false;
    this.byObject.set(key, { variant, markup });
    this.add(key, variant, markup);
  }

  /** Returns the current piece's markup and starts the next; empty when no part is pending. */
  flush(): string {
    const { keys, markups, chunks } = this.parts;
    const count = keys.length - this.start;
    if (count === 0) return "";
    const old = this.unchanged ? this.before.chunks.get(this.start) : undefined;
    const reused = old !== undefined && old.count === count;
    let text = "";
    if (reused) text = old.text;
    else for (let i = this.start; i < keys.length; i++) text += markups[i] as string;
    chunks.set(this.start, { count, text, reused });
    this.start = keys.length;
    this.unchanged = true;
    return text;
  }

  private add(key: Key, variant: number, markup: string): void {
    const { parts } = this;
    if (variant !== 0) parts.variants.set(parts.keys.length, variant);
    parts.keys.push(key);
    parts.markups.push(markup);
    if (parts.keys.length - this.start === CHUNK) this.pending(this.flush());
  }

  /** Receives a finished piece; set by the sink it belongs to. */
  pending: (text: string) => void = () => {};
}

/**
 * Builds the document by concatenation, which V8 keeps as a rope of the pieces until the
 * string is read: a render that reuses most of its markup then costs one link per piece,
 * not a copy of every byte (the copy happens once, when the host reads the SVG). Parts wait
 * in the cache's current piece; anything else written flushes it first, so order is kept.
 */
class PieceSink extends StringSink {
  private text = "";

  constructor(private readonly cache: SvgPartCache) {
    super();
    cache.pending = (piece) => {
      this.text += piece;
    };
  }

  override push(piece: string): void {
    this.text += this.cache.flush() + piece;
  }

  override toString(): string {
    this.text += this.cache.flush();
    return this.text;
  }
}
