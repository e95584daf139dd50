/**
 * Makes layouts and SVG strings stable for snapshots: numbers rounded to 1 decimal, so that
 * a change of the last digit of a font metric does not churn every snapshot, and generated
 * ids renumbered in order of appearance.
 */
export function normalizeSvg(svg: string): string {
  const ids = new Map<string, string>();
  const renumber = (id: string) => {
    if (!ids.has(id)) ids.set(id, `id${ids.size}`);
    return ids.get(id) as string;
  };
  return svg
    .replace(/\bid="([^"]+)"/g, (_, id: string) => `id="${renumber(id)}"`)
    .replace(/(aria-labelledby|aria-describedby)="([^"]+)"/g, (_, attr: string, id: string) => `${attr}="${renumber(id)}"`)
    .replace(/url\(#([^)]+)\)/g, (_, id: string) => `url(#${renumber(id)})`)
    .replace(/href="#([^"]+)"/g, (_, id: string) => `href="#${renumber(id)}"`)
    .replace(/-?\d+\.\d+/g, (number) => String(Math.round(Number(number) * 10) / 10))
    .replace(/></g, ">\n<");
}

/** A deep copy of `value` with every number rounded to 1 decimal. */
export function roundNumbers<T>(value: T): T {
  return JSON.parse(JSON.stringify(value), (_, v) => (typeof v === "number" ? Math.round(v * 10) / 10 : v)) as T;
}
