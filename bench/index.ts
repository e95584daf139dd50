import type { BenchRow } from "./measure";

/**
 * Runs every benchmark suite (each `bench/<area>.ts` exports `bench()`), then prints one
 * table: median per call, the target beside it, and whether the target is met.
 * `npm run bench -- validate edit` runs only the named suites.
 */
const SUITES: Record<string, () => Promise<{ bench: () => Promise<BenchRow[]> }>> = {
  validate: () => import("./validate"),
  edit: () => import("./edit"),
  analysis: () => import("./analysis"),
  layout: () => import("./layout"),
  browser: () => import("./browser"),
};

function format(ms: number): string {
  return ms < 1 ? ms.toFixed(3) : ms < 100 ? ms.toFixed(2) : ms.toFixed(0);
}

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const rows: BenchRow[] = [];
  for (const [name, load] of Object.entries(SUITES)) {
    if (only.length && !only.includes(name)) continue;
    const suite = await load();
    for (const row of await suite.bench()) {
      rows.push(row);
      process.stdout.write(`  ${row.name}: ${format(row.medianMs)} ms\n`);
    }
  }
  const width = Math.max(...rows.map((r) => r.name.length), 9);
  const lines = [
    `| ${"benchmark".padEnd(width)} | median ms | target ms | met | note`,
    `|${"-".repeat(width + 2)}|-----------|-----------|-----|-----`,
    ...rows.map((r) => {
      const met = r.targetMs === undefined ? "" : r.medianMs <= r.targetMs ? "yes" : "NO";
      const target = r.targetMs === undefined ? "" : format(r.targetMs);
      return `| ${r.name.padEnd(width)} | ${format(r.medianMs).padStart(9)} | ${target.padStart(9)} | ${met.padEnd(3)} | ${r.note ?? ""}`;
    }),
  ];
  process.stdout.write(`\n${lines.join("\n")}\n`);
  process.stdout.write(`\nNode ${process.version}, ${process.platform}/${process.arch}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
