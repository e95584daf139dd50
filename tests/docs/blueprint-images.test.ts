import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { blueprintImages } from "../../scripts/blueprint-images";

describe("the pictures of docs/service-blueprints.md", () => {
  it("are what scripts/blueprint-images.ts draws today (run it after changing the drawing)", () => {
    for (const { path, svg } of blueprintImages()) expect(readFileSync(path, "utf8"), path).toBe(svg);
  });
});
