/** Input a reader of event logs accepts: text, or chunks of text or bytes from any iterable, async iterable or web stream. */
export type EventLogInput =
  | string
  | Uint8Array
  | Iterable<string | Uint8Array>
  | AsyncIterable<string | Uint8Array>
  | { getReader(): { read(): Promise<{ done?: boolean; value?: string | Uint8Array }>; releaseLock?(): void } };

/** Pieces of at most this many characters (or bytes), so that one large string or buffer is parsed in bounded steps. */
const PIECE = 1 << 16;

async function* chunksOf(input: EventLogInput): AsyncGenerator<string | Uint8Array> {
  if (typeof input === "string" || input instanceof Uint8Array) {
    yield input;
    return;
  }
  if (typeof input === "object" && input !== null) {
    if (Symbol.asyncIterator in input) {
      yield* input as AsyncIterable<string | Uint8Array>;
      return;
    }
    if (Symbol.iterator in input) {
      yield* input as Iterable<string | Uint8Array>;
      return;
    }
    if ("getReader" in input && typeof input.getReader === "function") {
      const reader = input.getReader();
      try {
        for (let r = await reader.read(); !r.done; r = await reader.read()) if (r.value !== undefined) yield r.value;
      } finally {
        reader.releaseLock?.();
      }
      return;
    }
  }
  throw new TypeError("invalid input: expected text, bytes, or an iterable, async iterable or stream of text or bytes");
}

/**
 * Yields the text of `input` in pieces of at most 64 Ki characters, bytes decoded as
 * UTF-8 across chunk boundaries, a leading byte-order mark removed. Throws a TypeError
 * for input of another kind.
 */
export async function* textChunks(input: EventLogInput): AsyncGenerator<string> {
  const decoder = new TextDecoder("utf-8");
  let first = true;
  for await (const chunk of chunksOf(input)) {
    if (typeof chunk !== "string" && !(chunk instanceof Uint8Array)) throw new TypeError("invalid input: a chunk is neither text nor bytes");
    for (let at = 0; at < chunk.length; at += PIECE) {
      let text = typeof chunk === "string" ? chunk.slice(at, at + PIECE) : decoder.decode(chunk.subarray(at, at + PIECE), { stream: true });
      if (first && text.length > 0) {
        if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
        first = false;
      }
      if (text.length > 0) yield text;
    }
  }
  const rest = decoder.decode();
  if (rest.length > 0) yield rest;
}
