import { availableParallelism, cpus, totalmem } from "node:os";
import type { BenchRow } from "./measure";
import { SIZES } from "./sizes";

/**
 * Runs every benchmark suite (each `bench/<area>.ts` exports `bench()`), then prints one
 * Markdown table of medians by map size with the targets beside them, and a second one of
 * the measurements that have no size column (examples, ratios, the browser side by side).
 * `npm run bench -- validate edit` runs only the named suites.
 */
const SUITES: Record<string, () => Promise<{ bench: () => Promise<BenchRow[]> }>> = {
  validate: () => import("./validate"),
  edit: () => import("./edit"),
  analysis: () => import("./analysis"),
  layout: () => import("./layout"),
  keystroke: () => import("./keystroke"),
  events: () => import("./events"),
  cli: () => import("./cli"),
  browser: () => import("./browser"),
  sql: () => import("./sql"),
};

function figure(value: number, ratio = false): string {
  if (ratio) return `${value.toFixed(value < 10 ? 2 : 1)}×`;
  return value < 1 ? value.toFixed(3) : value < 100 ? value.toFixed(2) : value.toFixed(0);
}

const size = (n: number) => n.toLocaleString("en-US");

function table(header: string[], body: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i > 0 && i < cells.length - 1 ? c.padStart(widths[i] as number) : c.padEnd(widths[i] as number))).join(" | ")} |`;
  return [line(header), `|${widths.map((w, i) => (i > 0 && i < widths.length - 1 ? `${"-".repeat(w + 1)}:` : "-".repeat(w + 2))).join("|")}|`, ...body.map(line)].join("\n");
}

/** "yes" when every target is met, "NO" when one is missed, "" without targets. */
function met(rows: BenchRow[]): string {
  const targeted = rows.filter((r) => r.targetMs !== undefined);
  if (targeted.length === 0) return "";
  return targeted.every((r) => r.medianMs <= (r.targetMs as number)) ? "yes" : "NO";
}

/** A target as written in the issues: 0.2, 5, 300. */
const goal = (value: number) => String(Number(value.toPrecision(3)));

function targets(rows: BenchRow[]): string {
  const targeted = rows.filter((r) => r.targetMs !== undefined);
  if (targeted.length === 0) return "";
  const unit = targeted[0]?.ratio ? "×" : " ms";
  const values = new Set(targeted.map((r) => r.targetMs));
  if (values.size === 1 && targeted.length === rows.length) return `≤ ${goal(targeted[0]?.targetMs as number)}${unit}`;
  return targeted.map((r) => `≤ ${goal(r.targetMs as number)}${unit} at ${size(r.touchpoints ?? 0)}`).join(", ");
}

function sizeTable(rows: BenchRow[]): string {
  const names = [...new Set(rows.map((r) => r.name))];
  const body = names.map((name) => {
    const own = rows.filter((r) => r.name === name);
    const cell = (n: number) => {
      const row = own.find((r) => r.touchpoints === n);
      return row ? figure(row.medianMs, row.ratio) : "";
    };
    const note = [...own].reverse().find((r) => r.note)?.note ?? "";
    return [name, ...SIZES.map(cell), targets(own), met(own), note];
  });
  return table(["median ms, by touchpoints", ...SIZES.map(size), "target", "met", "note"], body);
}

function otherTable(rows: BenchRow[]): string {
  const body = rows.map((r) => [r.name, figure(r.medianMs, r.ratio), r.targetMs === undefined ? "" : `≤ ${goal(r.targetMs)}${r.ratio ? "×" : " ms"}`, met([r]), r.note ?? ""]);
  return table(["other measurements", "median", "target", "met", "note"], body);
}

function machine(): string {
  const cpu = cpus()[0]?.model.trim() ?? "unknown CPU";
  return `Node ${process.version}, ${process.platform}/${process.arch}, ${availableParallelism()} × ${cpu}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB`;
}

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const unknown = only.filter((name) => !(name in SUITES));
  if (unknown.length) throw new Error(`unknown suite ${unknown.join(", ")}; suites: ${Object.keys(SUITES).join(", ")}`);
  const rows: BenchRow[] = [];
  for (const [name, load] of Object.entries(SUITES)) {
    if (only.length && !only.includes(name)) continue;
    const suite = await load();
    for (const row of await suite.bench()) {
      rows.push(row);
      const at = row.touchpoints === undefined ? "" : `, ${size(row.touchpoints)} touchpoints`;
      process.stdout.write(`  ${row.name}${at}: ${figure(row.medianMs, row.ratio)}${row.ratio ? "" : " ms"}\n`);
    }
  }
  const sized = rows.filter((r) => r.touchpoints !== undefined);
  const other = rows.filter((r) => r.touchpoints === undefined);
  const parts = [sized.length ? sizeTable(sized) : "", other.length ? otherTable(other) : "", machine()].filter(Boolean);
  process.stdout.write(`\n${parts.join("\n\n")}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
