/**
 * journeykit: customer journey maps as a typed, validated data model, with immutable
 * edits and undo, gap analysis, a pure SVG layout engine and interop.
 *
 * @packageDocumentation
 */
export * from "./model/index";
export * from "./validate/index";
export * from "./edit/index";
export * from "./measure/index";
export * from "./analysis/index";
export * from "./layout/index";
export * from "./render/index";
export * from "./io/index";
