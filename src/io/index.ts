export { JOURNEY_MAP_SCHEMA_ID, journeyMapJsonSchema } from "./json-schema";
export { toMarkdownReport, type MarkdownReportOptions } from "./markdown-report";
