import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

/** The playground's Vite config: "journeykit" resolves to the sources, as tsconfig's `paths` do. */
export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  base: "./",
  resolve: { alias: { journeykit: fileURLToPath(new URL("../../src/index.ts", import.meta.url)) } },
  server: { host: "127.0.0.1", port: 5173, strictPort: false },
  preview: { host: "127.0.0.1" },
  build: { outDir: process.env.PLAYGROUND_OUT_DIR ?? "dist", emptyOutDir: true, target: "es2022", chunkSizeWarningLimit: 2048 },
});
