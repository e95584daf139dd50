import type * as z from "zod";
import { COLLECTIONS, COLLECTION_NAMES, type CollectionName } from "../../model/entities";
import { JourneyMapSchema } from "../../model/journey-map";

/** How a field is kept in a cell: as text, a number, a boolean, or JSON text (arrays and objects). */
export type XlsxCellKind = "text" | "number" | "boolean" | "json";

/** One column of a sheet: the field it holds and how. */
export interface XlsxColumn {
  /** The field's name, also the column's header. */
  field: string;
  /** How the field is kept in a cell. */
  kind: XlsxCellKind;
}

/** The zod type underneath optional, default and other wrappers. */
function innerType(schema: z.core.$ZodType): string {
  let def = schema._zod.def as { type: string; innerType?: z.core.$ZodType; in?: z.core.$ZodType };
  for (let depth = 0; depth < 10; depth++) {
    const next = def.innerType ?? (def.type === "pipe" ? def.in : undefined);
    if (next === undefined) break;
    def = next._zod.def as typeof def;
  }
  if (def.type === "literal") {
    const values = (def as unknown as { values: unknown[] }).values;
    return typeof values[0] === "number" ? "number" : "string";
  }
  return def.type;
}

function kindOf(schema: z.core.$ZodType): XlsxCellKind {
  const type = innerType(schema);
  if (type === "number" || type === "int") return "number";
  if (type === "boolean") return "boolean";
  if (type === "string" || type === "enum" || type === "template_literal") return "text";
  return "json";
}

function columnsOf(shape: Record<string, z.core.$ZodType>, skip: ReadonlySet<string> = new Set()): XlsxColumn[] {
  return Object.entries(shape)
    .filter(([field]) => !skip.has(field))
    .map(([field, schema]) => ({ field, kind: kindOf(schema) }));
}

/** The name of the sheet that holds the map's own fields. */
export const MAP_SHEET = "map";

/**
 * Returns the columns of a collection's sheet, in schema order, derived from
 * {@link COLLECTIONS} so that a new collection or field gets its sheet or column without
 * code here. Never throws.
 */
export function xlsxColumns(collection: CollectionName): XlsxColumn[] {
  return columnsOf(COLLECTIONS[collection].schema.shape as Record<string, z.core.$ZodType>);
}

/** Returns the map's own fields (every field of the document but the collections), the rows of the "map" sheet. Never throws. */
export function xlsxMapFields(): XlsxColumn[] {
  return columnsOf(JourneyMapSchema.shape as Record<string, z.core.$ZodType>, new Set(COLLECTION_NAMES));
}
