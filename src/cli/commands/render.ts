import { extname } from "node:path";
import { BUILT_IN_LANES } from "../../layout/index";
import { renderJourneyMapSvg } from "../../render/index";
import type { Command } from "../command";
import { UsageError } from "../context";
import { loadMap, parseFormat, writeOutput } from "../input";
import { svgToPng } from "../png/to-png";

type RenderOptions = NonNullable<Parameters<typeof renderJourneyMapSvg>[1]>;

const THEMES: Record<string, RenderOptions["theme"]> = { light: "light", dark: "dark", "high-contrast": "highContrast", highContrast: "highContrast" };

/** The flag behind each layout and render option, for messages. */
const FLAGS: Record<string, string> = { lanes: "--lanes", personaIds: "--personas", maxLines: "--max-lines", idPrefix: "--id-prefix", theme: "--theme" };

const list = (value: unknown) =>
  typeof value === "string"
    ? value
        .split(",")
        .map((item) => item.trim())
        .filter(Boolean)
    : undefined;

function positiveNumber(value: unknown, flag: string, integer: boolean): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!Number.isFinite(number) || number <= 0 || (integer && !Number.isInteger(number))) {
    throw new UsageError(`invalid ${flag}: "${String(value)}" (expected a positive ${integer ? "integer" : "number"})`);
  }
  return number;
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

/** `journeykit render <file>`: the map as a standalone SVG, or PNG with the optional renderer. */
export const renderCommand: Command = {
  name: "render",
  summary: "Render a journey map to a standalone SVG (or PNG).",
  usage: "journeykit render <file|-> [-o out.svg|out.png|-] [--theme light|dark|high-contrast] [--lanes a,b] [--max-lines n]",
  options: {
    output: { type: "string", short: "o" },
    format: { type: "string", short: "f" },
    theme: { type: "string" },
    lanes: { type: "string" },
    personas: { type: "string" },
    "max-lines": { type: "string" },
    "id-prefix": { type: "string" },
    scale: { type: "string" },
    from: { type: "string" },
  },
  help: `
Options:
  -o, --output <file>   where to write (default: standard output); .svg or .png
  -f, --format <fmt>    svg (default) or png; by default taken from the output's extension
  --theme <name>        light (default), dark or high-contrast
  --lanes <ids>         the rows to show, in order, comma-separated:
                        ${laneList()}
  --personas <ids>      draw one emotion curve per persona, comma-separated persona ids
  --max-lines <n>       cut long texts at n lines with an ellipsis (full text in a tooltip)
  --id-prefix <prefix>  prefix of every id inside the SVG, for several maps in one page
  --scale <n>           PNG only: pixels per SVG unit (default 2)
  --from <format>       read input as json, mermaid or csv (default: by extension)

PNG needs the optional package @resvg/resvg-js (npm install @resvg/resvg-js).

Examples:
  journeykit render journey.json -o journey.svg
  journeykit render journey.json --theme dark --lanes stages,touchpoints,emotion,painPoints -o exec.svg
  journeykit render journey.mmd -o journey.png --scale 3
  cat journey.json | journeykit render - > journey.svg`,
  async run({ values, positionals }, ctx) {
    const [file = "-", ...extra] = positionals;
    if (extra.length) throw new UsageError(`render takes one file, got ${positionals.length}; write to a file with -o`);
    const output = values.output as string | undefined;
    const format = (values.format as string | undefined) ?? (output && extname(output).toLowerCase() === ".png" ? "png" : "svg");
    if (format !== "svg" && format !== "png") throw new UsageError(`invalid --format: "${format}" (expected svg or png)`);
    const themeName = values.theme as string | undefined;
    const theme = themeName === undefined ? undefined : THEMES[themeName];
    if (themeName !== undefined && theme === undefined) throw new UsageError(`invalid --theme: "${themeName}" (expected light, dark or high-contrast)`);
    const scale = positiveNumber(values.scale, "--scale", false) ?? 2;
    const options: RenderOptions = {};
    if (theme !== undefined) options.theme = theme;
    const lanes = list(values.lanes);
    if (lanes) options.lanes = lanes as RenderOptions["lanes"];
    const personaIds = list(values.personas);
    if (personaIds) options.personaIds = personaIds;
    const maxLines = positiveNumber(values["max-lines"], "--max-lines", true);
    if (maxLines !== undefined) options.maxLines = maxLines;
    if (typeof values["id-prefix"] === "string") options.idPrefix = values["id-prefix"];

    const map = await loadMap(file, ctx, parseFormat(values.from as string | undefined, "--from"));
    let svg: string;
    try {
      svg = renderJourneyMapSvg(map, options);
    } catch (error) {
      // Bad options (an unknown lane, a persona id the map lacks, a bad prefix) name themselves.
      if (error instanceof TypeError || error instanceof RangeError) {
        throw new UsageError(error.message.replace(/^invalid (\w+)/, (_, name: string) => `invalid ${FLAGS[name] ?? `--${name}`}`));
      }
      throw error;
    }
    await writeOutput(output, format === "png" ? await svgToPng(svg, scale, ctx) : svg, ctx);
    return 0;
  },
};
