/**
 * Returns `value` rounded to 2 decimals, without trailing zeros (`12.5`, `3`, never
 * `-0`): every number in the SVG goes through here, so output is byte-identical across runs.
 */
export function formatNumber(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return rounded === 0 ? "0" : String(rounded);
}
