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
 * a pure function of the three for given `maxLines` and `measureText`). Entries that a
 * call did not use are swept when they outnumber the used ones, so that an editing session
 * holds about one map's worth of paragraphs, not every text it ever typed.
 */
export class WrapMemo {
  private readonly byFont = new Map<string, Map<string, Entry>>();
  private call = 0;
  private used = 0;

  /**
   * Returns the memoised {@link Wrap} for one layout call. The memo belongs to one set of
   * options (`maxLines` and `measureText` are part of what wrapping means), as its cache does.
   */
  wrap(options: ResolvedLayoutOptions): Wrap {
    this.call++;
    this.used = 0;
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
        this.used++;
      } else if (entry.call !== call) {
        entry.call = call;
        this.used++;
      }
      return entry.wrapped;
    };
  }

  /** Drops the entries the last call did not use, once they are more than the ones it used. */
  sweep(): void {
    let size = 0;
    for (const texts of this.byFont.values()) size += texts.size;
    if (size <= 2 * this.used + 1024) return;
    for (const [key, texts] of this.byFont) {
      for (const [text, entry] of texts) if (entry.call !== this.call) texts.delete(text);
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
