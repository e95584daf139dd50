import { CommandFailed, type CliContext } from "../context";

/** The part of `@resvg/resvg-js` the CLI uses. */
interface ResvgModule {
  Resvg: new (
    svg: string,
    options: { fitTo: { mode: "zoom"; value: number }; font: { loadSystemFonts: boolean; defaultFontFamily: string }; background?: string },
  ) => { render(): { asPng(): Uint8Array } };
}

/** The optional package that turns SVG into PNG; not a dependency of journeykit. */
export const PNG_RENDERER = "@resvg/resvg-js";

/**
 * Converts an SVG to PNG with the optional `@resvg/resvg-js`, at `scale` times the SVG's
 * size. When the package is not installed, explains how to install it and fails.
 */
export async function svgToPng(svg: string, scale: number, ctx: CliContext): Promise<Uint8Array> {
  let resvg: ResvgModule;
  try {
    // A variable specifier keeps bundlers from resolving the optional package at build time.
    const specifier = PNG_RENDERER;
    resvg = (await import(specifier)) as ResvgModule;
  } catch {
    ctx.stderr(
      `journeykit: PNG output needs the optional package ${PNG_RENDERER}, which is not installed.\n` +
        `Install it next to journeykit (npm install ${PNG_RENDERER}), or render SVG instead (--format svg).\n`,
    );
    throw new CommandFailed(PNG_RENDERER);
  }
  const renderer = new resvg.Resvg(svg, {
    fitTo: { mode: "zoom", value: scale },
    font: { loadSystemFonts: true, defaultFontFamily: "Liberation Sans" },
  });
  return renderer.render().asPng();
}
