/**
 * Characters joined into one block: past V8's largest regular object (128 KiB), so that a
 * block lives in the large-object space, which the scavenger promotes by moving its page
 * rather than copying its bytes.
 */
const BLOCK = 1 << 18;
/** Pieces joined into one block at most, so that a sink of tiny pieces (a curve's path) keeps few of them alive. */
const MAX_PIECES = 1 << 14;

/**
 * Collects the pieces of a large string: the SVG document, and the path data of a curve.
 * Pieces are joined into a flat block of some 256K characters as they come, so the young
 * generation holds only the pieces of the current block: a 10,000-touchpoint map makes a
 * million short strings, and if all of them stayed alive until the end every scavenge
 * would copy them (at that size the collector, not the string building, sets the pace).
 * A block is large enough to be promoted without being copied, so each character is
 * copied twice: into its block, and into the whole string. The pieces of a block go into
 * one array, reused from block to block: grown by `push` only on the way to the first
 * block's size, so that a short string (one curve's path, one cell) does not pay for a
 * block's array up front.
 */
export class StringSink {
  private readonly pieces: string[] = [];
  private count = 0;
  /** Characters in the pieces not yet joined. */
  private length = 0;
  private readonly blocks: string[] = [];

  /** Appends one piece. */
  push(piece: string): void {
    if (this.count < this.pieces.length) this.pieces[this.count] = piece;
    else this.pieces.push(piece);
    this.length += piece.length;
    if (++this.count === MAX_PIECES || this.length >= BLOCK) this.block();
  }

  /** Returns everything appended, as one string, and starts afresh. */
  toString(): string {
    if (this.count > 0) this.block();
    const blocks = this.blocks;
    const text = blocks.length === 1 ? (blocks[0] as string) : blocks.join("");
    blocks.length = 0;
    return text;
  }

  private block(): void {
    const pieces = this.pieces;
    this.blocks.push(this.count === pieces.length ? pieces.join("") : pieces.slice(0, this.count).join(""));
    this.count = 0;
    this.length = 0;
  }
}
