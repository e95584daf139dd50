import type { AnalysisContext } from "./analysis-context";

/** Who a touchpoint's own emotion belongs to, for messages. */
export interface MainCustomer {
  /** The first persona's name, or `"customers"`. */
  name: string;
  /** The verb ending that agrees with `name`: `"s"` for a persona (`feels`), `""` for customers (`feel`). */
  s: string;
}

/**
 * Returns who a touchpoint's own `emotion` belongs to: the map's first persona (`"Leo
 * feels"`), or customers (`"customers feel"`) in a map without personas. Never throws.
 */
export function mainCustomer(context: AnalysisContext): MainCustomer {
  const persona = context.map.personas[0];
  return persona === undefined ? { name: "customers", s: "" } : { name: persona.name, s: "s" };
}
