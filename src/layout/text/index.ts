export { FONT_FAMILY, LINE_HEIGHT_EM, ascent, descent, lineHeight } from "./font";
export { measureText } from "./measure-text";
export { escapeXml, sanitizeText } from "./sanitize";
export type { FontSpec, MeasureText, WrappedText, WrapTextOptions } from "./types";
export { wrapText } from "./wrap-text";
