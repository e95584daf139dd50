import { invalid } from "../option-checks";
import type { FontSpec, MeasureText } from "./types";

/**
 * Returns `measure` guarded: each width it returns must be a finite number of 0 or more,
 * or the call throws a `RangeError` naming `name` and the text. A `NaN` or a negative width
 * from a host's measurer would otherwise surface far away, as a box of no size or as every
 * text on one line. Throws a `TypeError` naming `name` at once when `measure` is not a
 * function.
 */
export function checkedMeasure(name: string, measure: unknown): MeasureText {
  if (typeof measure !== "function") throw new TypeError(invalid(name, measure, "expected a function"));
  const fn = measure as MeasureText;
  return (text: string, font: FontSpec) => {
    const width = fn(text, font);
    if (typeof width !== "number" || !(width >= 0) || width === Number.POSITIVE_INFINITY) {
      throw new RangeError(invalid(name, width, `expected a finite width of 0 or more for ${JSON.stringify(text.slice(0, 40))}`));
    }
    return width;
  };
}
