/*
 * The analyzer's memory: one entry per matched event in three typed columns (case index,
 * touchpoint index, time), allocated in fixed chunks so that growing never copies, and per
 * case only its event count and segment. 16 bytes an event, nothing per event on the heap.
 */

const CHUNK_BITS = 16;
const CHUNK = 1 << CHUNK_BITS;
const MASK = CHUNK - 1;

/** Matched events, compactly: see the file comment. */
export class EventStore {
  /** Matched events stored. */
  size = 0;
  /** Cases registered. */
  cases = 0;
  private readonly caseChunks: Int32Array[] = [];
  private readonly touchpointChunks: Int32Array[] = [];
  private readonly timeChunks: Float64Array[] = [];
  private readonly caseIndex = new Map<string, number>();
  /** Events of each case. */
  counts = new Int32Array(1024);
  /** Segment index of each case (−1 none), from its earliest event. */
  segments = new Int32Array(1024).fill(-1);
  private segmentTimes = new Float64Array(1024).fill(Number.POSITIVE_INFINITY);

  /** The index of a case, registered when new. */
  caseOf(id: string): number {
    let index = this.caseIndex.get(id);
    if (index === undefined) {
      index = this.cases++;
      this.caseIndex.set(id, index);
      if (index === this.counts.length) this.grow();
    }
    return index;
  }

  private grow(): void {
    const size = this.counts.length * 2;
    const counts = new Int32Array(size);
    counts.set(this.counts);
    const segments = new Int32Array(size).fill(-1);
    segments.set(this.segments);
    const times = new Float64Array(size).fill(Number.POSITIVE_INFINITY);
    times.set(this.segmentTimes);
    [this.counts, this.segments, this.segmentTimes] = [counts, segments, times];
  }

  /** Stores one matched event. */
  push(caseIndex: number, touchpoint: number, time: number): void {
    const at = this.size & MASK;
    if (at === 0) {
      this.caseChunks.push(new Int32Array(CHUNK));
      this.touchpointChunks.push(new Int32Array(CHUNK));
      this.timeChunks.push(new Float64Array(CHUNK));
    }
    const chunk = this.size >>> CHUNK_BITS;
    (this.caseChunks[chunk] as Int32Array)[at] = caseIndex;
    (this.touchpointChunks[chunk] as Int32Array)[at] = touchpoint;
    (this.timeChunks[chunk] as Float64Array)[at] = time;
    this.size++;
    this.counts[caseIndex]!++;
  }

  /** Gives a case the segment of its earliest event (ties: the first seen). */
  setSegment(caseIndex: number, segment: number, time: number): void {
    if (time < (this.segmentTimes[caseIndex] as number)) {
      this.segmentTimes[caseIndex] = time;
      this.segments[caseIndex] = segment;
    }
  }

  /** Calls `visit` for every stored event, in the order stored. */
  forEach(visit: (caseIndex: number, touchpoint: number, time: number) => void): void {
    for (let c = 0; c < this.caseChunks.length; c++) {
      const cases = this.caseChunks[c] as Int32Array;
      const tps = this.touchpointChunks[c] as Int32Array;
      const times = this.timeChunks[c] as Float64Array;
      const end = Math.min(CHUNK, this.size - c * CHUNK);
      for (let i = 0; i < end; i++) visit(cases[i] as number, tps[i] as number, times[i] as number);
    }
  }
}
