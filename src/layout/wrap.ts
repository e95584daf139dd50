import type { ResolvedLayoutOptions } from "./options";
import { sanitizeText, wrapText } from "./text/index";
import type { FontSpec, WrappedText } from "./text/types";

/** Wraps one paragraph: sanitised, to `width`, with the layout's `maxLines` and `measureText`. */
export type Wrap = (text: string, width: number, font: FontSpec) => WrappedText;

/** Paragraphs kept wrapped across calls, at most: a 10,000-touchpoint map has some 55,000. */
const CACHE_LIMIT = 1 << 17;
/** Characters of text kept, at most: a cached line may keep its paragraph's string alive. */
const CACHE_CHARS = 1 << 22;
/** Longer paragraphs are wrapped every time: they are rare, and a lookup saves them little. */
const LONGEST_CACHED = 1024;

/**
 * Wrapped paragraphs of one font and width, by text; and the texts the last layout looked
 * up in it, in turn, with their results. A map laid out again looks up the same texts in
 * the same order, and checking the next one in turn reads two arrays from start to end,
 * where a lookup by text reads a table of some 50,000 entries (on a 10,000-touchpoint
 * map) at random, most of the time from memory rather than the processor's caches.
 */
interface Bucket {
  byText: Map<string, WrappedText>;
  texts: string[];
  results: WrappedText[];
  /** The layout (its {@link makeWrap} call) that looked the bucket up last, and how many times. */
  call: object | undefined;
  at: number;
}

/** Wrapped paragraphs by width, then by text. */
type ByWidth = Map<number, Bucket>;

/**
 * Wrapped paragraphs of the built-in measurer, by font and `maxLines` (`"14|bold|3"`), width
 * and text: the same map laid out again (an editor's next frame, a server's next request)
 * wraps each unchanged paragraph once. Wrapping is a pure function of these, so a result
 * may be shared; callers only read it. Bounded in paragraphs and in characters: when
 * full it starts afresh.
 */
let cache: Map<string, ByWidth> | undefined;
let cached = 0;
let cachedChars = 0;
/** How many times the cache was emptied: a call's own index of it is stale after one. */
let clears = 0;

function byWidthOf(font: FontSpec, maxLines: number): ByWidth {
  cache ??= new Map();
  const key = `${font.size}|${font.weight ?? "normal"}|${maxLines}`;
  let byWidth = cache.get(key);
  if (byWidth === undefined) {
    byWidth = new Map();
    cache.set(key, byWidth);
  }
  return byWidth;
}

/** Returns the cache's bucket of `font` at `width`, through this call's index `fonts` of it. */
function bucketIn(fonts: Map<FontSpec, ByWidth>, maxLines: number, width: number, font: FontSpec): Bucket {
  let byWidth = fonts.get(font);
  if (byWidth === undefined) {
    byWidth = byWidthOf(font, maxLines);
    fonts.set(font, byWidth);
  }
  let bucket = byWidth.get(width);
  if (bucket === undefined) {
    bucket = { byText: new Map(), texts: [], results: [], call: undefined, at: 0 };
    byWidth.set(width, bucket);
  }
  return bucket;
}

/** Returns the {@link Wrap} function for the resolved options. */
export function makeWrap(options: ResolvedLayoutOptions): Wrap {
  const maxLines = options.maxLines;
  const measureText = options.measureText;
  // A host's measureText may change between calls: only the built-in one is cached.
  if (measureText) return (text, width, font) => wrapText(sanitizeText(text), { width, font, maxLines, measureText });
  // This call's index of the cache by font object: a layout shares one object per font, so
  // the key of each is built once, and widths are looked up as numbers.
  const fonts = new Map<FontSpec, ByWidth>();
  let generation = clears;
  // The last bucket looked up: a lane's boxes mostly wrap their paragraphs in turn to one width.
  let lastFont: FontSpec | undefined;
  let lastWidth = Number.NaN;
  let lastBucket: Bucket | undefined;
  const call = {};
  const bucketFor = (width: number, font: FontSpec) => {
    if (generation !== clears) {
      fonts.clear();
      lastBucket = undefined;
      generation = clears;
    }
    if (lastBucket !== undefined && font === lastFont && width === lastWidth) return lastBucket;
    const bucket = bucketIn(fonts, maxLines, width, font);
    lastFont = font;
    lastWidth = width;
    lastBucket = bucket;
    return bucket;
  };
  return (text, width, font) => {
    if (text.length > LONGEST_CACHED) return wrapText(sanitizeText(text), { width, font, maxLines });
    const bucket = bucketFor(width, font);
    if (bucket.call !== call) {
      bucket.call = call;
      bucket.at = 0;
    }
    const k = bucket.at++;
    if (bucket.texts[k] === text) return bucket.results[k] as WrappedText;
    let wrapped = bucket.byText.get(text);
    if (wrapped === undefined) {
      wrapped = wrapText(sanitizeText(text), { width, font, maxLines });
      if (cached >= CACHE_LIMIT || cachedChars + text.length > CACHE_CHARS) {
        cache?.clear();
        cached = 0;
        cachedChars = 0;
        clears++;
      }
      bucketFor(width, font).byText.set(text, wrapped);
      cached++;
      cachedChars += text.length;
    }
    // The next layout's lookup number k checks this text first (emptied with the cache).
    if (k <= bucket.texts.length && k < CACHE_LIMIT) {
      bucket.texts[k] = text;
      bucket.results[k] = wrapped;
    }
    return wrapped;
  };
}
