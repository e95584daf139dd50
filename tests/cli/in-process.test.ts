import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main";
import { memoryCli } from "../fuzz/memory-cli";

const map = readFileSync(new URL("../../examples/coffee-shop.json", import.meta.url), "utf8");
const errno = (code: string) => Object.assign(new Error(`${code}: operation failed, raw detail`), { code });

describe("the CLI in a terminal", () => {
  it.each(["render", "validate", "analyze"])("%s with no file while stdin is a terminal shows the usage instead of waiting", async (command) => {
    const cli = memoryCli({}, map);
    cli.ctx.stdinIsTerminal = true;
    let read = false;
    cli.ctx.readStdin = async () => {
      read = true;
      return map;
    };
    const code = await main([command], cli.ctx);
    expect(code).toBe(2);
    expect(read).toBe(false);
    expect(cli.stderr()).toContain("standard input is a terminal");
    expect(cli.stderr()).toContain(`Usage: journeykit ${command} <file|->`);
  });

  it("with - while stdin is a terminal says it reads standard input, then reads it", async () => {
    const cli = memoryCli({}, map);
    cli.ctx.stdinIsTerminal = true;
    const code = await main(["validate", "-"], cli.ctx);
    expect(code).toBe(0);
    expect(cli.stderr()).toContain("reading a journey map from standard input");
  });

  it("reads a pipe without a word when no file is given", async () => {
    const cli = memoryCli({}, map);
    expect(await main(["validate"], cli.ctx)).toBe(0);
    expect(cli.stderr()).toBe("");
  });
});

describe("file errors come out as one clean line", () => {
  it.each([
    ["EACCES", "permission denied"],
    ["ENOENT", "no such directory"],
    ["EROFS", "read-only file system"],
    ["ENOSPC", "no space left on the device"],
  ])("%s on -o: the path and %s, exit 1", async (code, reason) => {
    const cli = memoryCli({ "map.json": map });
    cli.ctx.writeFile = async () => {
      throw errno(code);
    };
    expect(await main(["render", "map.json", "-o", "locked/out.svg"], cli.ctx)).toBe(1);
    expect(cli.stderr()).toBe(`locked/out.svg: cannot write: ${reason}\n`);
  });

  it("EACCES on the input: the path, permission denied, exit 1", async () => {
    const cli = memoryCli({ "map.json": map });
    cli.ctx.readFile = async () => {
      throw errno("EACCES");
    };
    expect(await main(["validate", "map.json"], cli.ctx)).toBe(1);
    expect(cli.stderr()).toBe("map.json: permission denied [unreadable]\n");
  });

  it("an unknown error keeps only its first line", async () => {
    const cli = memoryCli({ "map.json": map });
    cli.ctx.readFile = async () => {
      throw new Error("something odd\n    at stack frame");
    };
    expect(await main(["validate", "map.json"], cli.ctx)).toBe(1);
    expect(cli.stderr()).toBe("map.json: something odd [unreadable]\n");
  });
});
