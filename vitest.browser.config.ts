import { defineConfig } from "vitest/config";

/** The real-browser suite: Debian's Chromium driven by playwright-core (see tests/browser/). */
export default defineConfig({
  test: {
    include: ["tests/browser/**/*.test.ts"],
    environment: "node",
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
