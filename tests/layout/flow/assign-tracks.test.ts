import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assignTracks, type TrackInterval } from "../../../src/layout/flow/assign-tracks";

const overlap = (a: TrackInterval, b: TrackInterval) => a.start <= b.end && b.start <= a.end;

/** The fewest tracks, by trying every assignment of k tracks for k = 1, 2, … (an oracle for small inputs). */
function fewestTracks(intervals: readonly TrackInterval[]): number {
  if (intervals.length === 0) return 0;
  for (let k = 1; ; k++) {
    const tracks = new Array<number>(intervals.length).fill(0);
    const place = (i: number): boolean => {
      if (i === intervals.length) return true;
      for (let t = 0; t < k; t++) {
        if (intervals.slice(0, i).some((other, j) => tracks[j] === t && overlap(other, intervals[i] as TrackInterval))) continue;
        tracks[i] = t;
        if (place(i + 1)) return true;
      }
      return false;
    };
    if (place(0)) return k;
  }
}

const intervals = fc.array(
  fc.tuple(fc.nat({ max: 12 }), fc.nat({ max: 6 })).map(([start, length]) => ({ start, end: start + length })),
  { maxLength: 8 },
);

describe("assignTracks", () => {
  it("puts intervals that share a column, ends included, on different tracks", () => {
    expect(
      assignTracks([
        { start: 0, end: 3 },
        { start: 1, end: 2 },
        { start: 3, end: 5 },
      ]),
    ).toEqual([0, 1, 1]);
  });

  it("reuses a track once the interval on it has ended", () => {
    expect(
      assignTracks([
        { start: 0, end: 1 },
        { start: 2, end: 4 },
        { start: 0, end: 5 },
        { start: 5, end: 6 },
      ]),
    ).toEqual([0, 0, 1, 0]);
  });

  it("takes intervals by start, the earlier given first on a tie", () => {
    expect(
      assignTracks([
        { start: 4, end: 6 },
        { start: 0, end: 9 },
        { start: 0, end: 1 },
      ]),
    ).toEqual([1, 0, 1]);
  });

  it("returns nothing for nothing, and refuses an interval that ends before it starts", () => {
    expect(assignTracks([])).toEqual([]);
    expect(() =>
      assignTracks([
        { start: 0, end: 1 },
        { start: 3, end: 2 },
      ]),
    ).toThrow(new RangeError('invalid intervals[1]: {"start":3,"end":2}; expected start ≤ end'));
  });

  it("never lets two overlapping intervals share a track, and uses as few tracks as a brute-force search", () => {
    fc.assert(
      fc.property(intervals, (list) => {
        const tracks = assignTracks(list);
        list.forEach((a, i) => {
          list.forEach((b, j) => {
            if (i < j && overlap(a, b)) expect(tracks[i]).not.toBe(tracks[j]);
          });
        });
        expect(new Set(tracks).size).toBe(fewestTracks(list));
        expect(Math.max(-1, ...tracks) + 1).toBe(fewestTracks(list));
      }),
      { numRuns: 300 },
    );
  });
});
