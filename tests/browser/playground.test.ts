import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { extname, join, normalize } from "node:path";
import type { Browser, Page } from "playwright-core";
import { build } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toCsv } from "../../src/io/csv/to-csv";
import { THEMES } from "../../src/render/themes";
import { parseJourneyMap } from "../../src/validate/safe-parse-journey-map";
import { launchChromium } from "./browser";

const root = join(import.meta.dirname, "..", "..");
const TYPES: Record<string, string> = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".svg": "image/svg+xml" };

/** Serves `dir` on 127.0.0.1 at a free port; resolves to the server once it listens. */
function serve(dir: string): Promise<Server> {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname)).replace(/^(\.\.[/\\])+/, "");
    try {
      const body = readFileSync(join(dir, path.endsWith("/") ? `${path}index.html` : path));
      response.writeHead(200, { "content-type": TYPES[extname(path) || ".html"] ?? "application/octet-stream" }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

let out = "";
let server: Server | undefined;
let browser: Browser | undefined;
let page: Page;
const problems: string[] = [];

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), "journeykit-playground-"));
  await build({ configFile: join(root, "examples", "playground", "vite.config.ts"), logLevel: "silent", build: { outDir: out, emptyOutDir: true } });
  server = await serve(out);
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1600, height: 1000 }, acceptDownloads: true });
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(message.text());
  });
  page.on("pageerror", (error) => problems.push(error.message));
  await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve) ?? resolve(undefined));
  if (out) rmSync(out, { recursive: true, force: true });
});

const mapText = () => page.locator("#map svg").textContent();

async function downloaded(selector: string): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent("download"), page.click(selector)]);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: readFileSync(path) };
}

describe("the playground, driven as a person would", () => {
  it("opens an example: the map, its findings, no issues", async () => {
    await page.selectOption("#example", "coffee-shop");
    await page.click("#open-example");
    await expect.poll(() => page.locator("#map svg").count()).toBe(1);
    expect(await mapText()).toContain("Morning coffee at Bean There");
    expect(await page.locator("#findings button.finding").count()).toBeGreaterThan(0);
    expect(await page.locator("#issues").textContent()).toContain("No issues.");
  });

  it("edits a touchpoint's name in the side panel, undoes and redoes it with the keyboard", async () => {
    const cell = page.locator('#map .jk-cell[data-lane="touchpoints"]:not([data-id="touchpoints"])').first();
    const id = await cell.getAttribute("data-id");
    await cell.click();
    const name = page.locator(`#panel form[data-entity="${id}"] input[name="name"]`);
    const before = await name.inputValue();
    expect(before.length).toBeGreaterThan(0);
    await name.fill("Renamed in the browser");
    await name.press("Enter");
    await expect.poll(mapText).toContain("Renamed in the browser");
    await page.locator("h1").click();
    await page.keyboard.press("Control+z");
    await expect.poll(mapText).not.toContain("Renamed in the browser");
    expect(await mapText()).toContain(before.split(" ")[0]);
    await page.keyboard.press("Shift+Control+z");
    await expect.poll(mapText).toContain("Renamed in the browser");
    await page.keyboard.press("Control+z");
    await expect.poll(mapText).not.toContain("Renamed in the browser");
  });

  it("highlights a finding's subjects on the map", async () => {
    const ids = await page.$$eval("#map [data-id]", (nodes) => nodes.map((node) => node.getAttribute("data-id")));
    const subjects = await page.$$eval("#findings button.finding", (nodes) => nodes.map((node) => node.getAttribute("data-subjects") ?? ""));
    const index = subjects.findIndex((list) => list.split(" ").some((id) => ids.includes(id)));
    expect(index).toBeGreaterThanOrEqual(0);
    await page.locator("#findings button.finding").nth(index).click();
    const marked = await page.$$eval("#map .jk-highlight", (nodes) => nodes.map((node) => node.getAttribute("data-id")));
    expect(marked.length).toBeGreaterThan(0);
    for (const id of marked) expect(subjects[index]!.split(" ")).toContain(id);
  });

  it("exports JSON, SVG and PNG downloads of the map", async () => {
    const json = await downloaded('[data-export="json"]');
    expect(json.name).toBe("map-coffee-shop.json");
    expect(JSON.parse(json.bytes.toString("utf8")).title).toBe("Morning coffee at Bean There");
    const svg = await downloaded('[data-export="svg"]');
    expect(svg.name).toBe("map-coffee-shop.svg");
    expect(svg.bytes.toString("utf8")).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    const png = await downloaded('[data-export="png"]');
    expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const mermaid = await downloaded('[data-export="mermaid"]');
    expect(mermaid.bytes.toString("utf8")).toMatch(/^journey/m);
  });

  it("switches theme and lanes", async () => {
    await page.selectOption("#theme", "dark");
    await page.uncheck('#lanes input[value="emotion"]');
    expect(await page.locator('#map [data-lane="emotion"]').count()).toBe(0);
    expect(await page.locator("#map svg").innerHTML()).toContain(THEMES.dark.background);
    await page.check('#lanes input[value="emotion"]');
    await page.selectOption("#theme", "light");
  });

  it("lists a pasted broken document's issue with its path, and selects it in the source on click", async () => {
    const broken = JSON.parse(readFileSync(join(root, "examples", "coffee-shop.json"), "utf8"));
    broken.touchpoints[1].stageId = "s-nowhere";
    await page.fill("#source", JSON.stringify(broken, null, 2));
    await page.dispatchEvent("#source", "paste");
    const issue = page.locator("#issues button.issue").first();
    await expect.poll(() => issue.textContent()).toContain("touchpoints[1].stageId");
    expect(await issue.textContent()).toContain("unknown_reference");
    await issue.click();
    const selected = await page.$eval("#source", (area) => {
      const text = area as HTMLTextAreaElement;
      return text.value.slice(text.selectionStart, text.selectionEnd);
    });
    expect(selected).toBe('"stageId"');
  });

  it("reads Mermaid text, detected by its content", async () => {
    await page.fill("#source", "journey\n  title Tea at home\n  section Make\n    Boil water: 3: Me\n    Brew: 5: Me\n");
    await page.click("#load");
    await expect.poll(mapText).toContain("Tea at home");
    expect(await page.locator("#format").textContent()).toBe("read as mermaid");
  });

  it("reads a dropped CSV file, detected by its extension", async () => {
    const csv = toCsv(parseJourneyMap(readFileSync(join(root, "examples", "saas-onboarding.json"), "utf8")));
    const transfer = await page.evaluateHandle((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], "onboarding.csv", { type: "text/csv" }));
      return data;
    }, csv);
    await page.dispatchEvent("#source", "drop", { dataTransfer: transfer });
    await expect.poll(() => page.locator("#format").textContent()).toBe("read as csv");
    expect(await page.inputValue("#source")).toBe(csv.replace(/\r\n/g, "\n"));
    expect(await page.locator('#map .jk-cell[data-lane="touchpoints"]').count()).toBeGreaterThan(1);
  });

  it("logged no console error", async () => {
    await page.selectOption("#example", "coffee-shop");
    await page.click("#open-example");
    await page.locator('#map .jk-cell[data-lane="touchpoints"][data-id="tp-queue"]').click();
    await page.locator('#findings button.finding[data-subjects~="tp-queue"]').first().click();
    expect(await page.locator('#map .jk-cell[data-lane="touchpoints"][data-id="tp-queue"].jk-selected.jk-highlight').count()).toBe(1);
    await page.$eval(".side", (side) => side.scrollTo(0, 0));
    const shot = await page.screenshot({ fullPage: false });
    expect([...shot.subarray(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
    if (process.env.UPDATE_SCREENSHOTS) writeFileSync(join(root, "docs", "images", "playground.png"), shot);
    expect(problems).toEqual([]);
  });
});
