import { describe, expect, it } from "vitest";
import { arcLevels, arcPath, arrowHead, type EndRequest, spreadEnds, trackPath } from "../../../src/layout/flow/arcs";

const box = { x: 100, width: 120 };

describe("arcs", () => {
  it("spread the ends meeting one side of a box evenly, ordered by the column they lead towards", () => {
    const requests: EndRequest[] = [
      { box: "b", side: "top", edge: 0, end: "start", towards: 9 },
      { box: "b", side: "top", edge: 1, end: "end", towards: 2 },
      { box: "b", side: "bottom", edge: 2, end: "start", towards: 5 },
      { box: "b", side: "top", edge: 3, end: "start", towards: 4 },
    ];
    expect(spreadEnds(requests, () => box)).toEqual([190, 130, 160, 160]);
  });

  it("put a loop's end left of its start on the same box", () => {
    const requests: EndRequest[] = [
      { box: "b", side: "top", edge: 0, end: "start", towards: 3 },
      { box: "b", side: "top", edge: 0, end: "end", towards: 3 },
    ];
    expect(spreadEnds(requests, () => box)).toEqual([180, 140]);
  });

  it("give arcs whose columns overlap, in either direction, different levels", () => {
    expect(
      arcLevels([
        { from: 5, to: 1 },
        { from: 2, to: 3 },
        { from: 6, to: 8 },
        { from: 5, to: 5 },
      ]),
    ).toEqual([0, 1, 0, 1]);
  });

  it("run out to their level and back, and along a track with a bend at either end", () => {
    expect(arcPath(10, 50, 20, 90.456, 50)).toBe("M10,50V20H90.46V50");
    expect(trackPath({ x: 1, y: 2 }, { x: 30, y: 2 }, "none")).toBe("M1,2H30");
    expect(trackPath({ x: 1, y: 2 }, { x: 30, y: 40 }, "entry")).toBe("M1,2V40H30");
    expect(trackPath({ x: 1, y: 2 }, { x: 30, y: 40 }, "exit")).toBe("M1,2H30V40");
  });

  it("end in an arrowhead whose tip is the end, pointing the way the line goes (rightwards when it has no length)", () => {
    expect(arrowHead({ x: 0, y: 10 }, { x: 20, y: 10 })).toBe("M20,10L12,14L12,6Z");
    expect(arrowHead({ x: 5, y: 0 }, { x: 5, y: 30 })).toBe("M5,30L1,22L9,22Z");
    expect(arrowHead({ x: 5, y: 30 }, { x: 5, y: 30 })).toBe("M5,30L-3,34L-3,26Z");
  });
});
