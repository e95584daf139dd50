/**
 * Collects the pieces of a large string: the SVG document, and the path data of a curve.
 * Pieces are joined into a flat chunk every few thousand, so the young generation holds
 * only the pieces of the current chunk: a 10,000-touchpoint map makes a million short
 * strings, and if all of them stayed alive until the end every scavenge would copy them
 * (at that size the collector, not the string building, sets the pace).
 */
export class StringSink {
  private pieces: string[] = [];
  private readonly chunks: string[] = [];

  /** Appends one piece. */
  push(piece: string): void {
    if (this.pieces.push(piece) >= 2048) {
      this.chunks.push(this.pieces.join(""));
      this.pieces = [];
    }
  }

  /** Returns everything appended, as one string. */
  toString(): string {
    this.chunks.push(this.pieces.join(""));
    this.pieces = [];
    return this.chunks.join("");
  }
}
