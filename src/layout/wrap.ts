import type { ResolvedLayoutOptions } from "./options";
import { sanitizeText, wrapText } from "./text/index";
import type { FontSpec, WrappedText } from "./text/types";

/** Wraps one paragraph: sanitised, to `width`, with the layout's `maxLines` and `measureText`. */
export type Wrap = (text: string, width: number, font: FontSpec) => WrappedText;

/** Paragraphs kept wrapped across calls, at most: a 10,000-touchpoint map has some 55,000. */
const CACHE_LIMIT = 1 << 17;

/**
 * Wrapped paragraphs of the built-in measurer, by width, font and `maxLines`, then by
 * text: the same map laid out again (an editor's next frame, a server's next request)
 * wraps each unchanged paragraph once. Wrapping is a pure function of these, so a result
 * may be shared; callers only read it. Bounded: when full it starts afresh.
 */
let cache: Map<string, Map<string, WrappedText>> | undefined;
let cached = 0;
/** How many times the cache was emptied: a call's own index of buckets is stale after one. */
let clears = 0;

function bucketOf(width: number, font: FontSpec, maxLines: number): Map<string, WrappedText> {
  cache ??= new Map();
  const key = `${width}|${font.size}|${font.weight ?? "normal"}|${maxLines}`;
  let bucket = cache.get(key);
  if (bucket === undefined) {
    bucket = new Map();
    cache.set(key, bucket);
  }
  return bucket;
}

/** Returns the {@link Wrap} function for the resolved options. */
export function makeWrap(options: ResolvedLayoutOptions): Wrap {
  const maxLines = options.maxLines;
  const measureText = options.measureText;
  // A host's measureText may change between calls: only the built-in one is cached.
  if (measureText) return (text, width, font) => wrapText(sanitizeText(text), { width, font, maxLines, measureText });
  // The buckets this call has used, by font object and width: a lane alternates between a
  // few fonts (a touchpoint's name, then its channel), so the shared key is built once each.
  const mine = new Map<FontSpec, Map<number, Map<string, WrappedText>>>();
  let generation = clears;
  const bucketFor = (width: number, font: FontSpec) => {
    if (generation !== clears) {
      mine.clear();
      generation = clears;
    }
    let byWidth = mine.get(font);
    if (byWidth === undefined) {
      byWidth = new Map();
      mine.set(font, byWidth);
    }
    let bucket = byWidth.get(width);
    if (bucket === undefined) {
      bucket = bucketOf(width, font, maxLines);
      byWidth.set(width, bucket);
    }
    return bucket;
  };
  return (text, width, font) => {
    const bucket = bucketFor(width, font);
    let wrapped = bucket.get(text);
    if (wrapped === undefined) {
      wrapped = wrapText(sanitizeText(text), { width, font, maxLines });
      if (cached >= CACHE_LIMIT) {
        cache?.clear();
        cached = 0;
        clears++;
      }
      bucketFor(width, font).set(text, wrapped);
      cached++;
    }
    return wrapped;
  };
}
