import type { EventRow } from "../../measure/event-row";
import type { JourneyMap } from "../../model/journey-map";
import type { ReadEventsCsvOptions } from "../events/event-columns";
import type { EventLogInput } from "../events/text-chunks";
import type { RenderJourneyMapSvgOptions } from "../../render/render-journey-map-svg";
import type { SafeParseJourneyMapResult } from "../../validate/safe-parse-journey-map";

/**
 * What a format is for: `"map"` formats hold a journey map (the CLI's `convert` reads and
 * writes them, every command reads them); `"render"` formats draw one (the CLI's `render`
 * writes them); `"events"` formats hold an event log (the CLI's `measure` reads them).
 */
export type JourneyMapFormatRole = "map" | "render" | "events";

/** Options every format's `write` receives; a format reads only the ones it needs. */
export interface WriteJourneyMapOptions {
  /** Layout and render options, for formats that draw the map. @defaultValue `{}` */
  render?: RenderJourneyMapSvgOptions;
  /** Pixels per SVG unit, for raster formats. @defaultValue 2 */
  scale?: number;
  /**
   * The page size of paged formats (PDF): `"fit"` makes one page the map's size, `"a4"` and
   * `"a3"` are landscape pages with the map scaled to fit. @defaultValue `"fit"`
   */
  page?: PdfPageSize;
}

/** The page sizes of PDF output: `"fit"` (one page the map's size), or A4 or A3 landscape. */
export type PdfPageSize = "fit" | "a4" | "a3";

/** What a format's `write` returns: text or bytes, at once or as a promise. */
export type WrittenJourneyMap = string | Uint8Array | Promise<string | Uint8Array>;

/**
 * One file format journeykit reads or writes, as registered in {@link JOURNEY_MAP_FORMATS}.
 * Everything the CLI says about formats (`--from`/`--to` values, extension detection,
 * errors and help text) is derived from these fields, so a new format is one module and one
 * registry line.
 */
export interface JourneyMapFormat {
  /** The name used by `--from`/`--to` (`"mermaid"`). */
  readonly name: string;
  /** Other names accepted for it (`"mmd"`). */
  readonly aliases: readonly string[];
  /** File extensions, lower case with the dot (`".mmd"`); the first is the one to suggest. */
  readonly extensions: readonly string[];
  /** One line for help texts. */
  readonly description: string;
  /** What the format is for. */
  readonly role: JourneyMapFormatRole;
  /** The optional package `write` or `read` loads lazily, when there is one. */
  readonly peer?: string;
  /** Whether text looks like this format, for input with no name (standard input). */
  readonly sniff?: (text: string) => boolean;
  /** Reads a map from text, with the result shape of `safeParseJourneyMap`. */
  readonly read?: (text: string) => SafeParseJourneyMapResult;
  /** Reads a map from a binary file (a workbook); may reject with {@link MissingPeerDependencyError}. */
  readonly readBytes?: (bytes: Uint8Array) => Promise<SafeParseJourneyMapResult>;
  /** Writes a valid map; may throw {@link MissingPeerDependencyError}. */
  readonly write?: (map: JourneyMap, options: WriteJourneyMapOptions) => WrittenJourneyMap;
  /** Reads an event log as rows, streaming; bad rows carry their line and are reported by the analyzer. */
  readonly readEvents?: (input: EventLogInput, options: ReadEventsCsvOptions) => AsyncIterable<EventRow>;
  /** How an embedded DuckDB reads files of this format directly, for event logs. */
  readonly engineSource?: "csv" | "jsonl" | "parquet";
}

/**
 * The error a format's `write` throws when the optional package it needs is not
 * installed; `packageName` says which one to install.
 */
export class MissingPeerDependencyError extends Error {
  override name = "MissingPeerDependencyError";
  /** The npm package to install. */
  readonly packageName: string;
  constructor(packageName: string, purpose: string) {
    super(`${purpose} needs the optional package ${packageName}, which is not installed (npm install ${packageName})`);
    this.packageName = packageName;
  }
}
