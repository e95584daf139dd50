import type { EventsSqlColumns } from "../../io/sql/events-sql-options";
import { suggestNearest } from "../../validate/suggest";
import { UsageError } from "../context";

const FIELDS = ["case", "event", "time", "url", "segment", "order"] as const;

/**
 * Reads `--columns case=user_id,event=name,time=ts`: which column holds each field of an
 * event row (`order` is read by SQL engines only: a stream keeps its own order). Properties
 * that `where` rules and `--segment-by` read are the columns of the same name. Anything
 * else is a usage error naming the key.
 */
export function parseColumnsFlag(value: unknown): EventsSqlColumns {
  if (value === undefined) return {};
  const columns: Record<string, string> = {};
  for (const part of String(value).split(",")) {
    const [key = "", column = ""] = part.split("=", 2).map((s) => s.trim());
    if (key === "" || column === "") throw new UsageError(`invalid --columns: "${part}" (expected field=column, e.g. case=user_id)`);
    if ((FIELDS as readonly string[]).includes(key)) columns[key] = column;
    else {
      const suggestion = suggestNearest(key, [...FIELDS]);
      throw new UsageError(`invalid --columns: unknown field "${key}" (expected ${FIELDS.join(", ")})${suggestion ? `; did you mean "${suggestion}"?` : ""}`);
    }
  }
  return columns;
}
