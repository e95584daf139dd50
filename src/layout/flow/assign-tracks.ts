/*
 * Interval partitioning: intervals that share a point must not share a track, and the
 * fewest tracks are used. Taken in order of their start (ties: the earlier given first),
 * each interval goes on the lowest track whose last interval ended before it starts. For
 * intervals on a line this greedy colouring is optimal: it opens a new track only when
 * every open one holds an interval that contains the new start, so the number of tracks
 * equals the largest number of intervals sharing one point.
 */

/** A closed interval `[start, end]` of columns (`start ≤ end`). */
export interface TrackInterval {
  start: number;
  end: number;
}

/**
 * Returns the track (0, 1, …) of each interval, in the order given: intervals that share a
 * point (ends included) never share a track, and the fewest tracks are used. Throws a
 * `RangeError` naming the interval when one ends before it starts.
 */
export function assignTracks(intervals: readonly TrackInterval[]): number[] {
  intervals.forEach((interval, i) => {
    if (!(interval.start <= interval.end)) throw new RangeError(`invalid intervals[${i}]: ${JSON.stringify(interval)}; expected start ≤ end`);
  });
  const order = intervals.map((_, i) => i).sort((a, b) => (intervals[a] as TrackInterval).start - (intervals[b] as TrackInterval).start || a - b);
  const tracks = new Array<number>(intervals.length).fill(0);
  /** The end of the last interval on each track. */
  const ends: number[] = [];
  for (const i of order) {
    const { start, end } = intervals[i] as TrackInterval;
    let track = ends.findIndex((last) => last < start);
    if (track < 0) track = ends.length;
    ends[track] = end;
    tracks[i] = track;
  }
  return tracks;
}
