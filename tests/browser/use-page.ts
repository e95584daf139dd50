import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { launchChromium, openPage } from "./browser";

/**
 * Opens one Chromium page for the tests of the calling file, before they run, with
 * `scripts` loaded and `setup` run in it, and closes the browser after them. Returns a
 * getter, since the page exists only once the tests start.
 */
export function usePage(scripts: () => string[] = () => [], setup?: (page: Page) => Promise<unknown>): () => Page {
  let browser: Browser | undefined;
  let page: Page | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
    page = await openPage(browser, scripts());
    await setup?.(page);
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!page) throw new Error("usePage: the page opens in beforeAll; use it inside a test");
    return page;
  };
}
