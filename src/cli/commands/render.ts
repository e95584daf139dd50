import { MissingPeerDependencyError, type PdfPageSize } from "../../io/formats/journey-map-format";
import { MissingFontError } from "../../io/formats/pdf";
import { svgFormat } from "../../io/formats/svg";
import type { RenderJourneyMapSvgOptions as RenderOptions } from "../../render/render-journey-map-svg";
import type { Command } from "../command";
import { CommandFailed, UsageError } from "../context";
import { formatHelp, formatNames, formatsFor, parseFormatFlag, outputFormat } from "../formats";
import { inputFile, loadMap } from "../input";
import { refuseOverwritingInput, writeOutput } from "../output";

const READABLE = formatsFor("map", "read");
const WRITABLE = formatsFor("render", "write");

const THEMES: Record<string, RenderOptions["theme"]> = { light: "light", dark: "dark", "high-contrast": "highContrast", highContrast: "highContrast" };

/** The flag behind each layout and render option, for messages. */
const FLAGS: Record<string, string> = { lanes: "--lanes", personaIds: "--personas", maxLines: "--max-lines", idPrefix: "--id-prefix", theme: "--theme" };

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

function positiveNumber(value: unknown, flag: string, integer: boolean): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!Number.isFinite(number) || number <= 0 || (integer && !Number.isInteger(number))) {
    throw new UsageError(`invalid ${flag}: "${String(value)}" (expected a positive ${integer ? "integer" : "number"})`);
  }
  return number;
}

/** `journeykit render <file>`: the map as a standalone SVG, or PNG with the optional renderer. */
export const renderCommand: Command = {
  name: "render",
  summary: `Render a journey map as ${formatNames(WRITABLE)}, by the output's extension.`,
  usage: `journeykit render <file|-> [-o ${WRITABLE.map((f) => `out${f.extensions[0]}`).join("|")}|-] [--theme light|dark|high-contrast] [--lanes a,b] [--max-lines n]`,
  options: {
    output: { type: "string", short: "o" },
    format: { type: "string", short: "f" },
    theme: { type: "string" },
    lanes: { type: "string" },
    personas: { type: "string" },
    "max-lines": { type: "string" },
    "id-prefix": { type: "string" },
    scale: { type: "string" },
    page: { type: "string" },
    from: { type: "string" },
    force: { type: "boolean" },
  },
  help: `
Options:
  -o, --output <file>   where to write (default: standard output); the format follows its extension
  -f, --format <fmt>    ${formatNames(WRITABLE)}; by default from the output's extension, else svg
  --theme <name>        light (default), dark or high-contrast
  --lanes <ids>         the rows to show, in order, comma-separated: stages, touchpoints,
                        actions, thoughts, feelings, emotion, painPoints, opportunities,
                        owners, metrics, evidence, or a custom lane's id
  --personas <ids>      draw one emotion curve per persona, comma-separated persona ids
  --max-lines <n>       cut long texts at n lines with an ellipsis (full text in a tooltip)
  --id-prefix <prefix>  prefix of every id inside the SVG, for several maps in one page
  --scale <n>           PNG only: pixels per SVG unit (default 2)
  --page <size>         PDF only: fit (one page the map's size, default), a4 or a3 (landscape, scaled to fit)
  --from <format>       read input as ${formatNames(READABLE)} (default: by extension, else by content)
  --force               write even when the output is the input file

Formats it writes:
${formatHelp(WRITABLE)}

${WRITABLE.filter((f) => f.peer)
  .map((f) => `${f.name.toUpperCase()} needs the optional package ${f.peer} (npm install ${f.peer}).`)
  .join("\n")}

Examples:
  journeykit render journey.json -o journey.svg
  journeykit render journey.json --theme dark --lanes stages,touchpoints,emotion,painPoints -o exec.svg
  journeykit render journey.mmd -o journey.png --scale 3
  journeykit render journey.json -o journey.pdf --page a4
  journeykit render journey.json -o journey.html
  cat journey.json | journeykit render - > journey.svg`,
  async run({ values, positionals }, ctx) {
    const file = inputFile(positionals, renderCommand.usage, ctx);
    if (positionals.length > 1) throw new UsageError(`render takes one file, got ${positionals.length}; write to a file with -o`);
    const output = values.output as string | undefined;
    const format = outputFormat(output, parseFormatFlag(values.format, "--format", WRITABLE), "--format", WRITABLE, svgFormat);
    const from = parseFormatFlag(values.from, "--from", READABLE);
    refuseOverwritingInput(output, [file], values.force === true, ctx);
    const themeName = values.theme as string | undefined;
    const theme = themeName === undefined ? undefined : THEMES[themeName];
    if (themeName !== undefined && theme === undefined) throw new UsageError(`invalid --theme: "${themeName}" (expected light, dark or high-contrast)`);
    const scale = positiveNumber(values.scale, "--scale", false) ?? 2;
    const page = (values.page as string | undefined) ?? "fit";
    if (!["fit", "a4", "a3"].includes(page)) throw new UsageError(`invalid --page: "${page}" (expected fit, a4 or a3)`);
    const options: RenderOptions = {};
    if (theme !== undefined) options.theme = theme;
    const lanes = list(values.lanes, "--lanes");
    if (lanes) options.lanes = lanes as RenderOptions["lanes"];
    const personaIds = list(values.personas, "--personas");
    if (personaIds) options.personaIds = personaIds;
    const maxLines = positiveNumber(values["max-lines"], "--max-lines", true);
    if (maxLines !== undefined) options.maxLines = maxLines;
    if (typeof values["id-prefix"] === "string") options.idPrefix = values["id-prefix"];

    const map = await loadMap(file, ctx, from);
    let data: string | Uint8Array;
    try {
      data = await format.write!(map, { render: options, scale, page: page as PdfPageSize });
    } catch (error) {
      if (error instanceof MissingPeerDependencyError) {
        ctx.stderr(`${error.message}; or render SVG instead (--format svg).\n`);
        throw new CommandFailed(error.packageName);
      }
      if (error instanceof MissingFontError) {
        ctx.stderr(`${error.message}\n`);
        throw new CommandFailed("fonts");
      }
      // Bad options (an unknown lane, a persona id the map lacks, a bad prefix) name themselves.
      if (error instanceof TypeError || error instanceof RangeError) {
        throw new UsageError(error.message.replace(/\boptions\.(\w+)/g, (_, name: string) => FLAGS[name] ?? `--${name}`));
      }
      throw error;
    }
    await writeOutput(output, data, ctx, { report: format.name });
    return 0;
  },
};
