import type { FontSpec, WrappedText } from "../text/types";
import type { ResolvedLayoutOptions } from "../options";
import { makeWrap, type Wrap } from "../wrap";

interface Entry {
  wrapped: WrappedText;
  /** The last call that used it. */
  call: number;
}

/**
 * Wrapped paragraphs kept between layout calls, keyed on font, width and text (wrapping is
 * a pure function of the three for given `maxLines` and `measureText`). When the entries
 * outnumber twice the paragraphs the layout holds, those the last call did not use are
 * dropped, so that an editing session holds about one map's worth of paragraphs, not every
 * text it ever typed (a lane measured again after a sweep wraps its paragraphs once more).
 */
export class WrapMemo {
  private readonly byFont = new Map<string, Map<string, Entry>>();
  private call = 0;
  private size = 0;

  /**
   * Returns the memoised {@link Wrap} for one layout call. The memo belongs to one set of
   * options (`maxLines` and `measureText` are part of what wrapping means), as its cache does.
   */
  wrap(options: ResolvedLayoutOptions): Wrap {
    this.call++;
    const call = this.call;
    const wrap = makeWrap(options);
    let lastFont: FontSpec | undefined;
    let lastWidth = Number.NaN;
    let last: Map<string, Entry> | undefined;
    return (text, width, font) => {
      if (font !== lastFont || width !== lastWidth || last === undefined) {
        last = this.texts(font, width);
        lastFont = font;
        lastWidth = width;
      }
      let entry = last.get(text);
      if (entry === undefined) {
        entry = { wrapped: wrap(text, width, font), call };
        last.set(text, entry);
        this.size++;
      } else entry.call = call;
      return entry.wrapped;
    };
  }

  /** Drops the entries the last call did not use, once there are more than twice `live` (the paragraphs the layout holds). */
  sweep(live: number): void {
    if (this.size <= 2 * live + 1024) return;
    this.size = 0;
    for (const [key, texts] of this.byFont) {
      for (const [text, entry] of texts) {
        if (entry.call !== this.call) texts.delete(text);
        else this.size++;
      }
      if (texts.size === 0) this.byFont.delete(key);
    }
  }

  private texts(font: FontSpec, width: number): Map<string, Entry> {
    const key = `${font.size}|${font.weight ?? "normal"}|${width}`;
    let texts = this.byFont.get(key);
    if (texts === undefined) {
      texts = new Map();
      this.byFont.set(key, texts);
    }
    return texts;
  }
}
