import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main";
import { memoryCli } from "../fuzz/memory-cli";

const bank = readFileSync(new URL("../../examples/bank-account-opening.json", import.meta.url), "utf8");

describe("journeykit render --view", () => {
  it("blueprint draws the blueprint lanes and their lines", async () => {
    const cli = memoryCli({}, bank);
    expect(await main(["render", "-", "--view", "blueprint"], cli.ctx)).toBe(0);
    const svg = cli.stdout();
    for (const lane of ["props", "frontstage", "backstage", "support", "time"]) expect(svg).toContain(`data-lane="${lane}"`);
    expect(svg).toContain("Line of visibility");
    expect(svg).toContain('class="jk-arrow"');
  });

  it("journey (the default) leaves them out, and --lanes wins over the view", async () => {
    const plain = memoryCli({}, bank);
    expect(await main(["render", "-"], plain.ctx)).toBe(0);
    expect(plain.stdout()).not.toContain('data-lane="frontstage"');
    const listed = memoryCli({}, bank);
    expect(await main(["render", "-", "--view", "blueprint", "--lanes", "stages,backstage"], listed.ctx)).toBe(0);
    expect(listed.stdout()).toContain('data-lane="backstage"');
    expect(listed.stdout()).not.toContain('data-lane="frontstage"');
  });

  it("refuses an unknown view as a usage error naming the flag", async () => {
    const cli = memoryCli({}, bank);
    expect(await main(["render", "-", "--view", "bluprint"], cli.ctx)).toBe(2);
    expect(cli.stderr()).toContain('invalid --view: "bluprint"; did you mean "blueprint"?');
  });
});
