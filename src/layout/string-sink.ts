/** Pieces per chunk: enough to make joins cheap, few enough to die young. */
const CHUNK = 2048;

/**
 * Collects the pieces of a large string: the SVG document, and the path data of a curve.
 * Pieces are joined into a flat chunk every few thousand, so the young generation holds
 * only the pieces of the current chunk: a 10,000-touchpoint map makes a million short
 * strings, and if all of them stayed alive until the end every scavenge would copy them
 * (at that size the collector, not the string building, sets the pace). The pieces of a
 * chunk go into one array, reused from chunk to chunk: grown by `push` only on the way to
 * the first chunk's size, so that a short string (one curve's path, one cell) does not
 * pay for a chunk's array up front.
 */
export class StringSink {
  private readonly pieces: string[] = [];
  private count = 0;
  private readonly chunks: string[] = [];

  /** Appends one piece. */
  push(piece: string): void {
    if (this.count < this.pieces.length) this.pieces[this.count] = piece;
    else this.pieces.push(piece);
    if (++this.count === CHUNK) {
      this.chunks.push(this.pieces.join(""));
      this.count = 0;
    }
  }

  /** Returns everything appended, as one string, and starts afresh. */
  toString(): string {
    if (this.count > 0) {
      this.chunks.push(this.count === this.pieces.length ? this.pieces.join("") : this.pieces.slice(0, this.count).join(""));
      this.count = 0;
    }
    const text = this.chunks.length === 1 ? (this.chunks[0] as string) : this.chunks.join("");
    this.chunks.length = 0;
    return text;
  }
}
