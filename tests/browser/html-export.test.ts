import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderJourneyMapHtml } from "../../src/io/html/render-journey-map-html";
import { parseJourneyMap } from "../../src/validate/safe-parse-journey-map";
import { HOSTILE_TEXT } from "../support/hostile-text";
import { hostileMap } from "../support/hostile-map";
import { launchChromium } from "./browser";

const root = join(import.meta.dirname, "..", "..");
const coffee = parseJourneyMap(readFileSync(join(root, "examples", "coffee-shop.json"), "utf8"));

/** What the browser saw wrong on a page: console errors, requests, clipped text, content wider than the page. */
interface HtmlReport {
  cells: number;
  clipped: string[];
  overflowing: string[];
  active: string[];
}

/**
 * Runs in the page (through the debugger, which JavaScript being disabled does not stop):
 * every text line of the map lies inside its cell's box as drawn at the page's scale, no
 * element of the page sticks out of the page's width, and nothing active is present.
 */
function checkHtmlInPage(): HtmlReport {
  const report: HtmlReport = { cells: 0, clipped: [], overflowing: [], active: [] };
  const tol = 0.5;
  for (const cell of Array.from(document.querySelectorAll("svg g.jk-cell"))) {
    report.cells++;
    const box = cell.querySelector("rect.jk-box")?.getBoundingClientRect();
    if (!box) continue;
    for (const line of Array.from(cell.querySelectorAll("text.jk-line"))) {
      const r = line.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      if (r.left < box.left - tol || r.right > box.right + tol || r.top < box.top - tol || r.bottom > box.bottom + tol) {
        report.clipped.push(`${cell.getAttribute("data-id")}: ${(line.textContent ?? "").slice(0, 30)}`);
      }
    }
  }
  const width = document.documentElement.clientWidth;
  for (const el of Array.from(document.querySelectorAll("main *"))) {
    const r = el.getBoundingClientRect();
    if (r.right > width + tol && !el.closest(".jk-map svg")) report.overflowing.push(`${el.tagName} ${(el.textContent ?? "").slice(0, 30)}`);
  }
  if (document.documentElement.scrollWidth > width + tol) report.overflowing.push(`page ${document.documentElement.scrollWidth} > ${width}`);
  for (const el of Array.from(document.querySelectorAll("*"))) {
    const tag = el.localName.toLowerCase();
    if (["script", "iframe", "object", "embed", "foreignobject", "base", "form"].includes(tag)) report.active.push(tag);
    for (const attr of Array.from(el.attributes)) if (attr.name.toLowerCase().startsWith("on")) report.active.push(`${tag}[${attr.name}]`);
  }
  return report;
}

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Opens a page with JavaScript disabled and no network, and collects console errors and every request it tries. */
async function openHtml(html: string, width = 1280): Promise<{ page: Page; errors: string[]; requests: string[] }> {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  await page.route("**/*", (route) => {
    requests.push(route.request().url());
    return route.abort();
  });
  await page.setContent(html, { waitUntil: "load" });
  return { page, errors, requests };
}

describe("the HTML export in Chromium, JavaScript disabled", () => {
  it("shows the coffee-shop map and its findings with no console error, no request, nothing clipped", async () => {
    const html = renderJourneyMapHtml(coffee, { analyze: { asOf: "2026-11-01" } });
    const { page, errors, requests } = await openHtml(html);
    const report = await page.evaluate(checkHtmlInPage);
    expect(report.cells).toBeGreaterThan(coffee.touchpoints.length);
    expect(report.clipped).toEqual([]);
    expect(report.overflowing).toEqual([]);
    expect(report.active).toEqual([]);
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    expect(await page.locator("h1").textContent()).toBe(coffee.title);
    mkdirSync(join(root, "docs", "images"), { recursive: true });
    await page.screenshot({ path: join(root, "docs", "images", "coffee-shop-html.png"), fullPage: true });
    await page.context().close();
  });

  it("really runs with JavaScript disabled (a script in the page does not run; the checks still do)", async () => {
    const { page } = await openHtml("<!DOCTYPE html><title>before</title><script>document.title = 'ran'</script>");
    expect(await page.title()).toBe("before");
    expect(await page.evaluate(() => document.title)).toBe("before");
    await page.context().close();
  });

  it("prints: each section after the first starts a page, the map fits the page's width, nothing clipped", async () => {
    const { page } = await openHtml(renderJourneyMapHtml(coffee, { analyze: { asOf: "2026-11-01" } }), 1000);
    await page.emulateMedia({ media: "print" });
    const breaks = await page.evaluate(() => Array.from(document.querySelectorAll("section")).map((s) => getComputedStyle(s).breakBefore));
    expect(breaks[0]).toBe("auto");
    expect(breaks.slice(1).every((b) => b === "page")).toBe(true);
    expect(breaks.length).toBeGreaterThanOrEqual(3);
    const report = await page.evaluate(checkHtmlInPage);
    expect(report.clipped).toEqual([]);
    expect(report.overflowing).toEqual([]);
    const pdf = await page.pdf({ format: "A4", landscape: true });
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    await page.context().close();
  });

  it("fits a phone-wide window too", async () => {
    const { page } = await openHtml(renderJourneyMapHtml(coffee), 420);
    const report = await page.evaluate(checkHtmlInPage);
    expect(report.overflowing).toEqual([]);
    expect(report.clipped).toEqual([]);
    await page.context().close();
  });

  it("keeps every hostile string inert: no script ran, no request, no active element", async () => {
    const { page, errors, requests } = await openHtml("<!DOCTYPE html><title>x</title>");
    for (const text of HOSTILE_TEXT.filter((t) => t.trim() !== "")) {
      await page.setContent(renderJourneyMapHtml(hostileMap(text), { analyze: { asOf: "2026-06-01" }, analytics: [{ [text]: text }] }), { waitUntil: "load" });
      const report = await page.evaluate(checkHtmlInPage);
      expect(report.active, JSON.stringify(text)).toEqual([]);
      expect(report.overflowing, JSON.stringify(text)).toEqual([]);
      expect(await page.title(), JSON.stringify(text)).not.toMatch(/^(ran|1)$/);
    }
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
