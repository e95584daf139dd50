import { formatCount } from "../../analysis/format";
import { type JourneyMapFormat, MissingPeerDependencyError, type PdfPageSize } from "../../io/formats/journey-map-format";
import { MissingFontError } from "../../io/formats/missing-font-error";
import { PNG_MAX_PIXELS, PNG_MAX_SCALE, type WritePngOptions } from "../../io/formats/png";
import { svgFormat } from "../../io/formats/svg";
import type { JourneyMap } from "../../model/journey-map";
import type { RenderJourneyMapSvgOptions as RenderOptions } from "../../render/render-journey-map-svg";
import { BUILT_IN_LANES } from "../../layout/index";
import type { Command } from "../command";
import { CommandFailed, type CliContext, UsageError } from "../context";
import { formatHelp, formatNames, formatsFor, parseFormatFlag, outputFormat } from "../formats";
import { escapeTerminal } from "../escape-terminal";
import { inputFile, loadMap, readText } from "../input";
import { refuseOverwritingInput, writeOutput } from "../output";
import { refuseWatchingOutput, watchRuns } from "../watch";

const READABLE = formatsFor("map", "read");
const WRITABLE = formatsFor("render", "write");

const THEMES: Record<string, RenderOptions["theme"]> = { light: "light", dark: "dark", "high-contrast": "highContrast", highContrast: "highContrast" };

/** The flag behind each layout and render option, for messages. */
const FLAGS: Record<string, string> = {
  lanes: "--lanes",
  view: "--view",
  personaIds: "--personas",
  maxLines: "--max-lines",
  idPrefix: "--id-prefix",
  theme: "--theme",
  scale: "--scale",
  maxPixels: "--max-pixels",
  "wrap.maxWidth": "--wrap",
  responsive: "--responsive",
};

/** A comma-separated list; one that names nothing (`""`, `","`) is a usage error, not an empty map. */
function list(value: unknown, flag: string): string[] | undefined {
  if (typeof value !== "string") return undefined;
  const items = value
    .split(",")
    .map((item) => item.trim())
    .filter(Boolean);
  if (items.length === 0) throw new UsageError(`invalid ${flag}: ${JSON.stringify(value)} (expected one or more ids, comma-separated)`);
  return items;
}

function positiveNumber(value: unknown, flag: string, integer: boolean, maximum = Number.MAX_SAFE_INTEGER): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!Number.isFinite(number) || number <= 0 || number > maximum || (integer && !Number.isInteger(number))) {
    const range = maximum < Number.MAX_SAFE_INTEGER ? ` at most ${maximum}` : "";
    throw new UsageError(`invalid ${flag}: "${String(value)}" (expected a positive ${integer ? "integer" : "number"}${range})`);
  }
  return number;
}

/** Reads `--analytics`: a JSON file of measurements; a file that is not one fails with its name. */
async function loadAnalytics(path: string, ctx: Parameters<Command["run"]>[1]): Promise<RenderOptions["analytics"]> {
  const read = await readText(path, ctx);
  let value: unknown;
  try {
    value = read.ok ? JSON.parse(read.text) : undefined;
  } catch (error) {
    value = error;
  }
  const a = value as { cases?: unknown; touchpoints?: unknown; stages?: unknown; transitions?: unknown } | undefined;
  if (a && typeof a.cases === "number" && Array.isArray(a.touchpoints) && Array.isArray(a.stages) && Array.isArray(a.transitions)) return a as RenderOptions["analytics"];
  ctx.stderr(`${path}: ${read.ok ? "not analytics JSON (expected the output of journeykit measure)" : read.issue.message} [invalid_analytics]\n`);
  throw new CommandFailed(path);
}

/** The built-in lane ids (from the lane registry) and custom lanes, wrapped for the help's second column. */
function laneList(): string {
  const lines = [""];
  for (const word of [...Object.keys(BUILT_IN_LANES).map((id) => `${id},`), "or", "a", "custom", "lane's", "id"]) {
    const line = lines[lines.length - 1] as string;
    if (line && line.length + word.length + 1 > 64) lines.push(word);
    else lines[lines.length - 1] = line ? `${line} ${word}` : word;
  }
  return lines.join(`\n${" ".repeat(24)}`);
}

/** The layout, render and PNG options the flags ask for; a bad value is a usage error naming its flag. */
function pngOptions(values: Record<string, unknown>): WritePngOptions {
  const themeName = values.theme as string | undefined;
  const theme = themeName === undefined ? undefined : THEMES[themeName];
  if (themeName !== undefined && theme === undefined) throw new UsageError(`invalid --theme: "${themeName}" (expected light, dark or high-contrast)`);
  const options: RenderOptions = {};
  if (theme !== undefined) options.theme = theme;
  const lanes = list(values.lanes, "--lanes");
  if (lanes) options.lanes = lanes.length === 1 && lanes[0] === "auto" ? "auto" : (lanes as RenderOptions["lanes"]);
  if (values.view !== undefined) options.view = values.view as RenderOptions["view"];
  const maxWidth = positiveNumber(values.wrap, "--wrap", false);
  if (maxWidth !== undefined) options.wrap = { maxWidth };
  if (values.compact === true) options.density = "compact";
  if (values.responsive === true) options.responsive = true;
  const personaIds = list(values.personas, "--personas");
  if (personaIds) options.personaIds = personaIds;
  const maxLines = positiveNumber(values["max-lines"], "--max-lines", true);
  if (maxLines !== undefined) options.maxLines = maxLines;
  if (typeof values["id-prefix"] === "string") options.idPrefix = values["id-prefix"];
  const page = (values.page as string | undefined) ?? "fit";
  if (!["fit", "a4", "a3"].includes(page)) throw new UsageError(`invalid --page: "${page}" (expected fit, a4 or a3)`);
  const written: WritePngOptions = { render: options, scale: positiveNumber(values.scale, "--scale", false, PNG_MAX_SCALE) ?? 2, page: page as PdfPageSize };
  const maxPixels = positiveNumber(values["max-pixels"], "--max-pixels", true);
  if (maxPixels !== undefined) written.maxPixels = maxPixels;
  return written;
}

/** The drawn map; a missing package or font fails with one line, a bad option is a usage error naming its flag. */
async function draw(map: JourneyMap, format: JourneyMapFormat, options: WritePngOptions, ctx: CliContext): Promise<string | Uint8Array> {
  try {
    return await format.write!(map, options);
  } catch (error) {
    if (error instanceof MissingFontError) {
      ctx.stderr(`${escapeTerminal(error.message.replace(/, or pass fontDirs$/, ""))}; or render SVG instead (--format svg).\n`);
      throw new CommandFailed(error.name);
    }
    if (error instanceof MissingPeerDependencyError) {
      ctx.stderr(`${error.message}; or render SVG instead (--format svg).\n`);
      throw new CommandFailed(error.packageName);
    }
    // Bad options (an unknown lane, a persona id the map lacks, a bad prefix, a PNG too large) name themselves.
    if (error instanceof TypeError || error instanceof RangeError) {
      const flag = (name: string) => FLAGS[name] ?? `--${name}`;
      throw new UsageError(error.message.replace(/^invalid ([\w.]+)/, (_, name: string) => `invalid ${flag(name)}`).replace(/\boptions\.(\w+)/g, (_, name: string) => flag(name)));
    }
    throw error;
  }
}

/** `journeykit render <file>`: the map as a standalone SVG, or PNG with the optional renderer. */
export const renderCommand: Command = {
  name: "render",
  summary: `Render a journey map as ${formatNames(WRITABLE)}, by the output's extension.`,
  usage: `journeykit render <file|-> [-o ${WRITABLE.map((f) => `out${f.extensions[0]}`).join("|")}|-] [--theme light|dark|high-contrast] [--lanes a,b] [--view journey|blueprint] [--max-lines n] [--wrap px] [--compact] [--responsive] [--watch]`,
  options: {
    output: { type: "string", short: "o" },
    format: { type: "string", short: "f" },
    theme: { type: "string" },
    lanes: { type: "string" },
    view: { type: "string" },
    personas: { type: "string" },
    "max-lines": { type: "string" },
    "id-prefix": { type: "string" },
    analytics: { type: "string" },
    wrap: { type: "string" },
    compact: { type: "boolean" },
    responsive: { type: "boolean" },
    scale: { type: "string" },
    "max-pixels": { type: "string" },
    page: { type: "string" },
    from: { type: "string" },
    force: { type: "boolean" },
    watch: { type: "boolean", short: "w" },
  },
  help: `
Options:
  -o, --output <file>   where to write (default: standard output); the format follows its extension
  -f, --format <fmt>    ${formatNames(WRITABLE)}; by default from the output's extension, else svg
  --theme <name>        light (default), dark or high-contrast
  --lanes <ids>         the rows to show, in order, comma-separated (default: auto, the
                        default lanes that have something in them):
                        ${laneList()}
  --view <name>         journey (default) or blueprint: the service blueprint's lanes (physical
                        evidence, actions, frontstage, backstage, support, time) with its lines;
                        --lanes wins over it
  --personas <ids>      draw one emotion curve per persona, comma-separated persona ids
  --max-lines <n>       cut long texts at n lines with an ellipsis (full text in a tooltip)
  --id-prefix <prefix>  prefix of every id inside the SVG, for several maps in one page
  --wrap <px>           lay the stages out in rows at most px wide (e.g. 880 for a README)
  --compact             smaller paddings and gaps, same fonts
  --responsive          SVG only: width="100%" with its viewBox, to scale to its container
  --analytics <file>    a JourneyAnalytics JSON file (journeykit measure): adds the observed lane
  --scale <n>           PNG only: pixels per SVG unit, above 0 and at most ${PNG_MAX_SCALE} (default 2)
  --max-pixels <n>      PNG only: refuse an image of more pixels than this, before drawing it
                        (default ${formatCount(PNG_MAX_PIXELS)}, 50 megapixels)
  --page <size>         PDF only: fit (one page the map's size, default), a4 or a3 (landscape, scaled to fit)
  --from <format>       read input as ${formatNames(READABLE)} (default: by extension, else by content)
  --force               write even when the output is the input file
  -w, --watch           render again whenever the input file changes, one line per run on
                        standard error; an invalid state is reported and watching goes on;
                        Ctrl-C stops (exit 0)

Formats it writes:
${formatHelp(WRITABLE)}

${WRITABLE.filter((f) => f.peer)
  .map((f) => `${f.name.toUpperCase()} needs the optional package ${f.peer} (npm install ${f.peer}).`)
  .join("\n")}

Examples:
  journeykit render journey.json -o journey.svg
  journeykit render journey.json --theme dark --lanes stages,touchpoints,emotion,painPoints -o exec.svg
  journeykit render journey.mmd -o journey.png --scale 3
  journeykit render journey.json -o journey.svg --watch
  journeykit render journey.json -o journey.pdf --page a4
  journeykit render journey.json -o journey.html
  journeykit render journey.json --wrap 880 --compact -o readme.svg
  cat journey.json | journeykit render - > journey.svg`,
  async run({ values, positionals }, ctx) {
    const file = inputFile(positionals, renderCommand.usage, ctx);
    if (positionals.length > 1) throw new UsageError(`render takes one file, got ${positionals.length}; write to a file with -o`);
    const output = values.output as string | undefined;
    const format = outputFormat(output, parseFormatFlag(values.format, "--format", WRITABLE), "--format", WRITABLE, svgFormat);
    const from = parseFormatFlag(values.from, "--from", READABLE);
    refuseOverwritingInput(output, [file], values.force === true, ctx);
    if (values.watch === true) refuseWatchingOutput(file, output, ctx);
    const writeOptions = pngOptions(values);
    const once = async (print: boolean) => {
      const map = await loadMap(file, ctx, from);
      if (typeof values.analytics === "string") (writeOptions.render as RenderOptions).analytics = await loadAnalytics(values.analytics, ctx);
      return writeOutput(output, await draw(map, format, writeOptions, ctx), ctx, { report: format.name, print });
    };
    if (values.watch === true) return watchRuns(file, ctx, () => once(false));
    await once(true);
    return 0;
  },
};
