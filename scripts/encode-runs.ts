/**
 * Encodes values by code point as runs `start:v1,v2,…` separated by ";": the first code
 * point and the values of consecutive code points, all base 36 (non-negative integers).
 * The format of the generated font metrics (decoded in src/layout/text/advance-table.ts).
 */
export function encodeRuns(values: Map<number, number>): string {
  const points = [...values.keys()].sort((a, b) => a - b);
  const runs: string[] = [];
  let run: string[] = [];
  let start = -1;
  let previous = -2;
  for (const cp of points) {
    if (cp !== previous + 1) {
      if (run.length) runs.push(`${start.toString(36)}:${run.join(",")}`);
      run = [];
      start = cp;
    }
    run.push((values.get(cp) as number).toString(36));
    previous = cp;
  }
  if (run.length) runs.push(`${start.toString(36)}:${run.join(",")}`);
  return runs.join(";");
}
