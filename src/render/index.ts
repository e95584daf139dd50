export { contrastRatio, relativeLuminance } from "./contrast";
export { createRenderer, type CreateRendererOptions, type RenderChanges, type Renderer, type RendererResult } from "./create-renderer";
export { describeLayout } from "./describe-layout";
export { DEFAULT_RENDER_SVG_OPTIONS, type RenderSvgOptions } from "./options";
export { renderJourneyMapSvg, type RenderJourneyMapSvgOptions } from "./render-journey-map-svg";
export { renderSvg } from "./render-svg";
export { resolveTheme } from "./resolve-theme";
export { THEME_COLOR_TOKENS, THEME_TEXT_BACKGROUNDS, type Theme } from "./theme";
export { THEMES } from "./themes";
