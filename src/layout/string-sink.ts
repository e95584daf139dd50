/** Pieces per chunk: enough to make joins cheap, few enough to die young. */
const CHUNK = 2048;

/**
 * Characters of chunks joined into one block: past V8's largest regular object (128 KiB),
 * so that a block lives in the large-object space, which the scavenger promotes by moving
 * its page rather than copying its bytes.
 */
const BLOCK = 1 << 18;

/**
 * Collects the pieces of a large string: the SVG document, and the path data of a curve.
 * Pieces are joined into a flat chunk every few thousand, so the young generation holds
 * only the pieces of the current chunk: a 10,000-touchpoint map makes a million short
 * strings, and if all of them stayed alive until the end every scavenge would copy them
 * (at that size the collector, not the string building, sets the pace). The pieces of a
 * chunk go into one array, reused from chunk to chunk: grown by `push` only on the way to
 * the first chunk's size, so that a short string (one curve's path, one cell) does not
 * pay for a chunk's array up front. Chunks in turn are joined into blocks of some 256K
 * characters: a chunk (a few dozen KB) would otherwise be copied by every scavenge it
 * survived, twice for most of a 20 MB document, while a block is never copied before
 * the final join.
 */
export class StringSink {
  private readonly pieces: string[] = [];
  private count = 0;
  /** Chunks not yet joined into a block, and their length in characters. */
  private readonly chunks: string[] = [];
  private chunked = 0;
  private readonly blocks: string[] = [];

  /** Appends one piece. */
  push(piece: string): void {
    if (this.count < this.pieces.length) this.pieces[this.count] = piece;
    else this.pieces.push(piece);
    if (++this.count === CHUNK) {
      this.chunk(this.pieces.join(""));
      this.count = 0;
    }
  }

  /** Returns everything appended, as one string, and starts afresh. */
  toString(): string {
    if (this.count > 0) {
      this.chunk(this.count === this.pieces.length ? this.pieces.join("") : this.pieces.slice(0, this.count).join(""));
      this.count = 0;
    }
    const blocks = this.blocks;
    if (blocks.length > 0 && this.chunks.length > 0) this.block();
    const parts = blocks.length > 0 ? blocks : this.chunks;
    const text = parts.length === 1 ? (parts[0] as string) : parts.join("");
    blocks.length = 0;
    this.chunks.length = 0;
    this.chunked = 0;
    return text;
  }

  private chunk(text: string): void {
    this.chunks.push(text);
    this.chunked += text.length;
    if (this.chunked >= BLOCK) this.block();
  }

  private block(): void {
    const chunks = this.chunks;
    this.blocks.push(chunks.length === 1 ? (chunks[0] as string) : chunks.join(""));
    chunks.length = 0;
    this.chunked = 0;
  }
}
